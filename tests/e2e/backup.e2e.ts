import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app/services';
import { expectAccessible } from './axe';
import { createProfile, launchBrowser, newPage, pageErrors, screenshot, startApp, tempDataDir } from './harness';
import { playedModule } from './play-module';
import { rpc, storeReflection } from './stored-work';

const REFLECTION = 'Ik liet de kleuters zelf kiezen welke blokken ze gebruikten.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What a learner would notice of the data: every profile and every reflection text, read from the app's own connection. */
const visibleData = (core: Core) => ({
  learners: core.db.prepare('SELECT name FROM learners ORDER BY name').pluck().all(),
  reflections: core.db.prepare('SELECT text FROM reflections ORDER BY text').pluck().all(),
});

async function chooseBackup(page: Page, file: string) {
  await page.getByLabel('Back-upbestand').setInputFiles(file);
  return page.getByRole('dialog', { name: 'Deze back-up terugzetten?' });
}

describe('backup and restore in the lecturer settings (issue 14, part 2)', () => {
  it('makes a backup with the card, refuses a damaged file in Dutch with nothing changed, and restores the good one', async () => {
    const dataDir = tempDataDir();
    const app = await startApp(dataDir);
    const { context, page } = await newPage(browser, { acceptDownloads: true });
    try {
      await page.goto(app.url);
      await createProfile(page, 'Amira');
      await storeReflection(page, playedModule, REFLECTION);

      await page.goto(`${app.url}#/lecturer`);
      await page.getByRole('button', { name: 'Maak een back-up' }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Back-up downloaden' }).click()]);
      const good = path.join(tempDataDir(), download.suggestedFilename());
      await download.saveAs(good);
      expect(path.basename(good)).toMatch(/^leerpad-backup-\d{4}-\d{2}-\d{2}-\d{6}\.zip$/);

      // Work after the backup: a restore replaces it (and keeps it aside).
      expect((await rpc(page, 'learner/create', { name: 'Bram' })).body.ok).toBe(true);
      const before = visibleData(app.core);
      expect(before.learners).toEqual(['Amira', 'Bram']);

      // A copy cut off halfway: refused, said in Dutch, nothing changed.
      const bytes = fs.readFileSync(good);
      const cut = path.join(path.dirname(good), 'half-gekopieerd.zip');
      fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
      let dialog = await chooseBackup(page, cut);
      await expect.poll(() => dialog.textContent()).toContain('half-gekopieerd.zip');
      await expectAccessible(page, 'backup-restore-confirm');
      await screenshot(page, 'backup-restore-confirm');
      await dialog.getByRole('button', { name: 'Ja, zet de back-up terug' }).click();
      const refused = page.getByRole('alert').filter({ hasText: 'Dit bestand is geen back-up die Leerpad kan lezen' });
      await refused.waitFor();
      expect(await refused.textContent()).toContain('Er werd niets gewijzigd.');
      expect(visibleData(app.core)).toEqual(before);
      await expectAccessible(page, 'backup-restore-refused');
      await screenshot(page, 'backup-restore-refused');

      // The good file: the profile picker comes back with a message, and the data is the backup's.
      dialog = await chooseBackup(page, good);
      await dialog.getByRole('button', { name: 'Ja, zet de back-up terug' }).click();
      await page.getByText(/De back-up van .+ is teruggezet \(1 profiel\)\. Kies je profiel om verder te gaan\./).waitFor();
      await page.getByRole('heading', { name: 'Wie ben jij?' }).waitFor();
      expect(visibleData(app.core)).toEqual({ learners: ['Amira'], reflections: [REFLECTION] });
      const kept = fs.readdirSync(path.join(dataDir, 'backups')).filter((n) => n.startsWith('before-restore-'));
      expect(kept).toHaveLength(1);
      await expectAccessible(page, 'backup-restored-picker');
      await screenshot(page, 'backup-restored-picker');
      // The refusals above show up as "Failed to load resource" (their 400/401); nothing else may.
      expect(pageErrors(page).filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
    } finally {
      await context.close();
      await app.close();
    }
  });
});

describe('moving a learner to another computer in the app (issue 14, part 3)', () => {
  it('the learner takes their work with them, and the teacher brings it in on a second computer', async () => {
    const laptop = await startApp(tempDataDir());
    const school = await startApp(tempDataDir());
    const { context, page } = await newPage(browser, { acceptDownloads: true });
    try {
      await page.goto(laptop.url);
      await createProfile(page, 'Noor', '2468');
      await storeReflection(page, playedModule, REFLECTION);
      await page.goto(`${laptop.url}#/profiles`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Neem mijn werk mee' }).click()]);
      const file = path.join(tempDataDir(), download.suggestedFilename());
      await download.saveAs(file);
      expect(path.basename(file)).toBe('leerpad-learner-Noor.json');
      await page.getByText('Je bestand leerpad-learner-Noor.json is klaar.', { exact: false }).waitFor();
      await expectAccessible(page, 'transfer-export');

      await page.goto(`${school.url}#/lecturer`);
      await page.getByLabel('Leerlingbestand').setInputFiles(file);
      await page.getByText('Profiel Noor is toegevoegd.').waitFor();
      await page.getByText('1 poging aan een module toegevoegd').waitFor();
      await expectAccessible(page, 'transfer-import');
      await screenshot(page, 'transfer-import');

      // On the school computer Noor opens her profile with her own PIN and finds her reflection.
      expect(visibleData(school.core)).toEqual({ learners: ['Noor'], reflections: [REFLECTION] });
      const noor = (school.core.learners.list() as { id: string }[])[0]!;
      expect((await rpc(page, 'learner/open', { id: noor.id })).body.error?.code).toBe('PIN_REQUIRED');
      expect((await rpc(page, 'learner/open', { id: noor.id, pin: '2468' })).body.ok).toBe(true);

      // A file that is no learner file is refused with the Dutch reason.
      const notes = path.join(path.dirname(file), 'notities.json');
      fs.writeFileSync(notes, JSON.stringify({ mijn: 'notities' }));
      await page.getByLabel('Leerlingbestand').setInputFiles(notes);
      await page.getByRole('alert').filter({ hasText: 'Dit is geen leerlingbestand van Leerpad.' }).waitFor();
      // The refusals above show up as "Failed to load resource" (their 400/401); nothing else may.
      expect(pageErrors(page).filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
    } finally {
      await context.close();
      await Promise.all([laptop.close(), school.close()]);
    }
  });
});
