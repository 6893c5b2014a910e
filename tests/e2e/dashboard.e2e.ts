import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { createProfile, launchBrowser, newPage, pageErrors, screenshot, startApp, tempDataDir } from './harness';
import { checklistOf, COURSE_ID, go, openModule, playedCourse, rate, writeReflection } from './play-module';

const onderzoeken = playedCourse.modules.find((m) => m.id === 'hefboom-onderzoeken')!;
const expressie = playedCourse.modules.find((m) => m.id === 'hefboom-expressie')!;
const FIRST = 'Lina meet zelf hoeveel water in de beker past.\nIk wachtte met uitleggen en vroeg wat ze dacht dat er zou gebeuren.';
const SECOND = 'Bij het schilderen koos Yusuf zijn eigen kleuren.\nIk gaf geen voorbeeld en hij bleef veel langer bezig dan anders.';
/** 1280×800 at 200 % zoom is 640×400 CSS pixels. */
const ZOOMED = { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Mijn voortgang', () => {
  it('shows reflections by their first line, how a kijkwijzer rating changed, and the framework counts in words, accessible in nl and en', async () => {
    const app = await startApp(tempDataDir());
    const { context, page } = await newPage(browser);
    await page.goto(app.url);
    await createProfile(page, 'Amira');
    const k = checklistOf(onderzoeken);
    const latestRatings = () =>
      app.core.db
        .prepare(
          `SELECT h.item_id AS item, h.rating FROM checklist_rating_history h JOIN attempts a ON a.id = h.attempt_id
            WHERE a.module_id = ? ORDER BY h.id`,
        )
        .all(onderzoeken.id) as { item: string; rating: number }[];

    // Two reflections in two modules; the kijkwijzer of the first filled in with "Nog niet" everywhere.
    let frame = await writeReflection(page, onderzoeken, FIRST);
    await rate(frame, onderzoeken, () => 0);
    await expect.poll(() => latestRatings().length, { timeout: 15_000 }).toBe(k.items.length);
    await writeReflection(page, expressie, SECOND);

    // Back to the first module a second time: the first statement now "Vaak" (scale index 2).
    frame = await openModule(page, onderzoeken);
    await rate(frame, onderzoeken, (i) => (i === 0 ? 2 : 0));
    await expect.poll(() => latestRatings().at(-1), { timeout: 15_000 }).toEqual({ item: k.items[0]!.id, rating: 2 });

    await go(page, `#/dashboard/${COURSE_ID}`);
    await page.getByRole('heading', { name: 'Mijn voortgang', level: 1 }).waitFor();

    // What did I write: by the learner's own first line, with the prompt second.
    const reflections = page.locator('.dash-reflection-line');
    await expect.poll(() => reflections.allTextContents()).toEqual(expect.arrayContaining([FIRST.split('\n')[0], SECOND.split('\n')[0]]));
    const firstCard = page.locator('.dash-reflection', { hasText: FIRST.split('\n')[0]! });
    expect(await firstCard.textContent()).toContain('Bij de vraag:');
    expect(await firstCard.getByRole('link', { name: onderzoeken.title }).count()).toBe(1);

    // How the kijkwijzer changed: first "Nog niet", latest "Vaak", for the first statement only.
    const table = page.getByRole('table', { name: k.title });
    const changed = table.getByRole('row', { name: new RegExp(k.items[0]!.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    expect(await changed.textContent()).toContain(`van ${k.scale[0]} naar ${k.scale[2]}`);
    const same = table.getByRole('row', { name: new RegExp(k.items[1]!.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    expect(await same.textContent()).toContain('onveranderd');

    // Where am I: each lever's count in words; its link in the map opens the text version at that lever.
    const serving = playedCourse.modules.filter((m) => m.levers.includes('onderzoeken')).length;
    const leverText = `Hefboom Onderzoeken: 0 van ${serving} modules afgerond`;
    await page.getByRole('link', { name: `Onderzoeken 0 van ${serving} modules afgerond (hefboom): toon de modules` }).focus();
    await page.keyboard.press('Enter');
    const target = page.getByText(leverText, { exact: true });
    await expect.poll(() => target.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    const textVersion = page.locator('details.fmap-text');
    expect(await textVersion.textContent()).toContain(`Kernthema Kwaliteitsvolle interacties: 0 van `);
    expect(await textVersion.getByRole('link', { name: onderzoeken.title }).count()).toBe(1);
    expect(await page.getByText(/0 van 1 modules(?! afgerond)|Kernthema \d+ %/).count()).toBe(0);

    // What next: one continue button.
    expect(await page.getByRole('link', { name: /^Ga verder met / }).count()).toBe(1);
    // Time per week: a chart with a table of the same minutes.
    await page.getByRole('img', { name: /Minuten gestudeerd per week/ }).waitFor();
    expect(await page.locator('details.week-chart-table tbody tr').count()).toBe(8);

    await expectAccessible(page, 'dashboard (nl, 1280)');
    await screenshot(page, 'dashboard-nl-1280');
    await page.setViewportSize({ width: 800, height: 600 });
    await expectAccessible(page, 'dashboard (nl, 800×600)');
    await screenshot(page, 'dashboard-nl-800x600');
    // Reduced motion: the buttons' 160 ms colour transition (tokens.css) would otherwise be measured half-way from light to dark on a busy machine.
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await expectAccessible(page, 'dashboard (nl, dark)');
    await screenshot(page, 'dashboard-nl-800x600-dark');
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });

    await page.getByLabel('Taal', { exact: true }).selectOption('en');
    await page.getByRole('heading', { name: 'My progress', level: 1 }).waitFor();
    expect(await textVersion.textContent()).toContain(`Lever Onderzoeken: 0 of ${serving} modules completed`);
    await expectAccessible(page, 'dashboard (en, 800×600)');
    await screenshot(page, 'dashboard-en-800x600');
    await page.setViewportSize({ width: 1280, height: 860 });
    await screenshot(page, 'dashboard-en-1280');
    // The next page reads the language from core: close only once core has stored the switch back to Dutch.
    const stored = page.waitForResponse((r) => r.url().endsWith('/rpc/settings/set') && r.ok());
    await page.getByLabel('Language', { exact: true }).selectOption('nl-BE');
    await stored;
    expect(pageErrors(page)).toEqual([]);
    await context.close();

    // 200 % zoom: the same page, still accessible.
    const zoomed = await newPage(browser, ZOOMED);
    await zoomed.page.goto(app.url);
    await zoomed.page.getByRole('button', { name: 'Kies profiel Amira' }).click();
    await zoomed.page.getByText('Ingelogd als Amira').waitFor();
    await go(zoomed.page, `#/dashboard/${COURSE_ID}`);
    await zoomed.page.getByRole('heading', { name: 'Mijn voortgang', level: 1 }).waitFor();
    await zoomed.page.locator('.dash-reflection-line').first().waitFor();
    await expectAccessible(zoomed.page, 'dashboard (nl, 200 %)');
    await screenshot(zoomed.page, 'dashboard-nl-zoom200');
    await zoomed.context.close();
    await app.close();
  });
});
