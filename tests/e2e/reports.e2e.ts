import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_TIME_ZONE, FORMULA_NAME, MINI_COURSES, SECRET_REFLECTION, THREE_LEARNERS_CSV, threeLearnersFolder } from '../helpers/core/reports/three-learners';
import { expectAccessible } from './axe';
import { launchBrowser, newPage, pageErrors, ROOT, screenshot, startApp } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Moves the keyboard focus to the control and presses Enter, as a lecturer without a mouse does. */
async function press(page: Page, control: ReturnType<Page['getByRole']>) {
  await control.focus();
  await page.keyboard.press('Enter');
}

/** The cells of the row whose row header is `name` and that names `module`, as text. */
async function rowOf(page: Page, name: string, module: string, table = 'Per profiel en module') {
  const row = page.getByRole('region', { name: table }).getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) }).filter({ hasText: module });
  return row.getByRole('cell').allTextContents();
}

describe('the Reports screen, end to end in Chromium', () => {
  it('lets a lecturer open Reports with the keyboard, read every learner\'s rows and the lever overview, and download the CSV', async () => {
    const app = await startApp(threeLearnersFolder(), [MINI_COURSES]);
    try {
      const setPin = await fetch(`${app.url}rpc/teacher/set-pin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pin: '9753' }) });
      expect(setPin.ok).toBe(true);
      const { context, page } = await newPage(browser, { acceptDownloads: true });
      await page.goto(app.url);
      await press(page, page.getByRole('link', { name: 'Ben je leerkracht? Naar de leerkrachtmodus' }));
      await page.getByLabel('Leerkrachtpincode').fill('9753');
      await page.keyboard.press('Enter');
      await press(page, page.getByRole('link', { name: 'Rapporten' }));
      await page.getByRole('heading', { name: 'Rapporten', level: 1 }).waitFor();
      await page.getByRole('region', { name: 'Per profiel en module' }).waitFor();

      expect(await rowOf(page, 'Amira', 'Hefboom 1: onderzoeken')).toEqual(['Hefboom 1: onderzoeken', 'Afgerond', 'ja', '80 %', expect.stringMatching(/minuten/), expect.stringMatching(/2026/), '—']);
      expect(await rowOf(page, 'Bram', 'Hefboom 1: onderzoeken')).toEqual(['Hefboom 1: onderzoeken', 'Toets nog niet geslaagd', 'nee', '60 %', '25 minuten', expect.stringMatching(/2026/), '—']);
      expect(await rowOf(page, 'Bram', 'Start: zo werkt het')).toEqual(['Start: zo werkt het', 'Bezig', '—', '—', '4 minuten', expect.stringMatching(/2026/), '—']);
      // A name that looks like a formula is shown as the text it is on screen; only the files neutralise it.
      expect(await page.getByRole('rowheader', { name: FORMULA_NAME, exact: true }).count()).toBe(2);
      const levers = page.getByRole('region', { name: 'Per kernthema en hefboom' });
      expect(await levers.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Onderzoeken/ }) }).getByRole('cell').allTextContents()).toEqual(['1 van 3', '33,3 %']);
      expect(await page.getByText(SECRET_REFLECTION).count()).toBe(0);
      // Sorting with the keyboard: the best score first after choosing its column title twice.
      const rowsRegion = page.getByRole('region', { name: 'Per profiel en module' });
      await press(page, rowsRegion.getByRole('button', { name: 'Beste score' }));
      await press(page, rowsRegion.getByRole('button', { name: /Beste score/ }));
      expect((await rowsRegion.getByRole('row').nth(1).getByRole('cell').allTextContents()).slice(0, 4)).toEqual(['Hefboom 1: onderzoeken', 'Afgerond', 'ja', '80 %']);
      expect(await rowsRegion.getByRole('columnheader', { name: /Beste score/ }).getAttribute('aria-sort')).toBe('descending');
      await expectAccessible(page, 'reports');
      await screenshot(page, 'reports-nl');

      const [download] = await Promise.all([page.waitForEvent('download'), press(page, page.getByRole('button', { name: 'Download CSV (Excel)' }))]);
      expect(download.suggestedFilename()).toMatch(/^leerpad-rapport-alle-\d{4}-\d\d-\d\d-\d{4}\.csv$/);
      const csv = fs.readFileSync((await download.path())!, 'utf8');
      const lines = csv.split('\r\n');
      expect(lines[0]).toBe('\uFEFFNaam;Cursus;Module-id;Module;Status;Geslaagd;Beste score (%);Tijd (min);Laatst gestudeerd;Gevolgd in sessie');
      expect(lines.filter((l) => l.startsWith('Amira;'))).toHaveLength(2);
      expect(lines.filter((l) => l.startsWith('Bram;'))).toHaveLength(2);
      expect(lines).toContainEqual(expect.stringMatching(/^Amira;Mini;hefboom-onderzoeken;Hefboom 1: onderzoeken;Afgerond;ja;80;30,5;2026-07-0\d \d\d:45;$/));
      expect(lines.filter((l) => l.startsWith(`"'=HYPERLINK(`))).toHaveLength(2);
      await page.getByRole('status').filter({ hasText: 'Rapport gemaakt' }).waitFor();
      await expectAccessible(page, 'reports after the download');

      // A phone-sized window: the tables scroll in their own regions, the page itself never sideways.
      await page.setViewportSize({ width: 320, height: 720 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await expectAccessible(page, 'reports at 320px');
      await screenshot(page, 'reports-320-nl');

      await page.setViewportSize({ width: 1280, height: 860 });
      await page.getByLabel('Taal').selectOption('en');
      await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
      expect(await rowOf(page, 'Bram', 'Hefboom 1: onderzoeken', 'Per profile and module')).toEqual(['Hefboom 1: onderzoeken', 'Quiz not passed yet', 'no', '60 %', '25 minutes', expect.stringMatching(/2026/), '—']);
      await expectAccessible(page, 'reports in English');
      await screenshot(page, 'reports-en');
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });

  it('the built command prints the same CSV to standard output, byte for byte as the fixture', () => {
    const dir = threeLearnersFolder();
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NODE_CHANNEL') && !k.startsWith('VITEST')));
    const run = spawnSync(process.execPath, [path.join(ROOT, 'out/cli/leerpad.mjs'), 'report', '--data-dir', dir, '--courses', MINI_COURSES], { env: { ...env, TZ: FIXTURE_TIME_ZONE } });
    expect(run.stderr.toString()).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toEqual(fs.readFileSync(THREE_LEARNERS_CSV));
  });
});
