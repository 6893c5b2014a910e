import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { createProfile, launchBrowser, newPage, pageErrors, screenshot, SCREENSHOTS, startApp, tempDataDir } from './harness';
import { checklistOf, COURSE_ID, go, openModule, playedCourse, rate, writeReflection } from './play-module';

const onderzoeken = playedCourse.modules.find((m) => m.id === 'hefboom-onderzoeken')!;
const expressie = playedCourse.modules.find((m) => m.id === 'hefboom-expressie')!;
const welkom = playedCourse.modules.find((m) => m.id !== onderzoeken.id && m.id !== expressie.id && m.sections.some((s) => s.blocks.some((b) => b.kind === 'reflection')))!;
const FIRST = 'Lina meet zelf hoeveel water in de beker past. Ik wachtte met uitleggen en vroeg wat ze dacht dat er zou gebeuren.';
const SECOND = 'Bij het schilderen koos Yusuf zijn eigen kleuren. Ik gaf geen voorbeeld en hij bleef veel langer bezig dan anders.';
const PRIVATE = 'Persoonlijke notitie: vandaag was ik moe en ongeduldig, dat wil ik niet in mijn stagemap.';
const flat = (s: string) => s.replace(/\s+/g, ' ');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Mijn portfolio (issue 14, part 1)', () => {
  it('exports the chosen reflections, both kijkwijzer ratings and the lever progress as a PDF, without the reflection left out', async () => {
    const app = await startApp(tempDataDir());
    const { context, page } = await newPage(browser, { acceptDownloads: true });
    try {
      await page.goto(app.url);
      await createProfile(page, 'Amira');
      const k = checklistOf(onderzoeken);
      const ratingsStored = () =>
        app.core.db.prepare('SELECT COUNT(*) FROM checklist_rating_history h JOIN attempts a ON a.id = h.attempt_id WHERE a.module_id = ?').pluck().get(onderzoeken.id) as number;

      // Reflections in two modules (and a private note in a third); the kijkwijzer rated "Nog niet", later the first statement "Vaak".
      let frame = await writeReflection(page, onderzoeken, FIRST);
      await rate(frame, onderzoeken, () => 0);
      await expect.poll(ratingsStored, { timeout: 15_000 }).toBe(k.items.length);
      await writeReflection(page, expressie, SECOND);
      await writeReflection(page, welkom, PRIVATE);
      frame = await openModule(page, onderzoeken);
      await rate(frame, onderzoeken, (i) => (i === 0 ? 2 : 0));
      await expect.poll(ratingsStored, { timeout: 15_000 }).toBe(k.items.length + 1);

      // From Mijn voortgang to the portfolio.
      await go(page, `#/dashboard/${COURSE_ID}`);
      await page.getByRole('link', { name: 'Mijn portfolio' }).click();
      await page.getByRole('heading', { name: 'Mijn portfolio', level: 1 }).waitFor();
      for (const text of [FIRST, SECOND, PRIVATE]) await page.getByText(text).waitFor();
      const kijkwijzer = page.getByRole('table', { name: k.title });
      expect(flat((await kijkwijzer.getByRole('row', { name: new RegExp(k.items[0]!.text.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).textContent()) ?? '')).toContain(`van ${k.scale[0]} naar ${k.scale[2]}`);

      // The private note stays out; the choice is remembered for this profile.
      const privateCard = page.getByRole('article', { name: welkom.title });
      await privateCard.getByRole('checkbox', { name: 'Neem op in de export' }).uncheck();
      await page.getByText('Je export bevat 2 reflecties', { exact: false }).waitFor();
      await page.reload();
      await page.getByRole('heading', { name: 'Mijn portfolio', level: 1 }).waitFor();
      expect(await page.getByRole('article', { name: welkom.title }).getByRole('checkbox', { name: 'Neem op in de export' }).isChecked()).toBe(false);
      await expectAccessible(page, 'portfolio');
      await screenshot(page, 'portfolio');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als PDF' }).click()]);
      const work = tempDataDir();
      const pdf = path.join(work, download.suggestedFilename());
      await download.saveAs(pdf);
      expect(pdf).toMatch(/\.pdf$/);
      await page.getByText(`Je portfolio staat klaar: ${download.suggestedFilename()}.`).waitFor();

      const text = flat(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
      expect(text).toContain(FIRST);
      expect(text).toContain(SECOND);
      expect(text).not.toContain('Persoonlijke notitie');
      expect(text).toContain(k.items[0]!.text.slice(0, 40));
      expect(text).toContain(`eerst ${k.scale[0]}`);
      expect(text).toContain(`nu ${k.scale[2]}`);
      const serving = playedCourse.modules.filter((m) => m.levers.includes('onderzoeken')).length;
      expect(text).toContain('Onderzoeken');
      expect(text).toContain(`0 van ${serving} modules afgerond (0 %)`);

      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(SCREENSHOTS, 'portfolio-pdf-page1')]);
      expect(fs.statSync(path.join(SCREENSHOTS, 'portfolio-pdf-page1.png')).size).toBeGreaterThan(1000);

      // On a 320 px wide window nothing scrolls sideways.
      await page.setViewportSize({ width: 320, height: 800 });
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await screenshot(page, 'portfolio-320');
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await context.close();
      await app.close();
    }
  });
});
