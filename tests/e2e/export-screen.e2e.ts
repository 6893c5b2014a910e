import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { createProfile, launchBrowser, newPage, screenshot, startApp, tempDataDir } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the Export screen, end to end in Chromium', () => {
  it('lets a lecturer make a checked SCORM package of some modules and download it', async () => {
    const app = await startApp(tempDataDir());
    const { context, page } = await newPage(browser, { acceptDownloads: true });
    await page.goto(app.url);
    await createProfile(page, 'Lector');
    // Export is a lecturer tool (issue 8): reached through the Teacher screen; this computer has no teacher PIN.
    await page.getByRole('link', { name: 'Leerkracht' }).click();
    await page.getByRole('link', { name: 'Exporteren voor Moodle of Canvas' }).click();
    await page.getByRole('heading', { name: 'Exporteren voor Moodle of Canvas' }).waitFor();
    await page.getByRole('checkbox', { name: /Hefboom 1: onderzoeken/ }).waitFor();
    await expectAccessible(page, 'export form');
    await screenshot(page, 'export-form-nl');

    await page.getByRole('button', { name: 'Niets kiezen' }).click();
    expect(await page.getByRole('button', { name: 'Pakket maken' }).isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: /Hefboom 1: onderzoeken/ }).check();
    await page.getByRole('checkbox', { name: /Hefboom 2: expressie/ }).check();
    await page.getByRole('radio', { name: 'SCORM 1.2 (aanbevolen voor Moodle)' }).check();
    await page.getByRole('radio', { name: 'Naar het LMS sturen' }).check();
    await page.getByText('In SCORM 1.2 bewaart het LMS alleen de eerste 255 tekens').waitFor();

    await page.getByLabel('Slaagcijfer in procent (mag leeg blijven)').fill('150');
    await page.getByRole('button', { name: 'Pakket maken' }).click();
    await page.getByText('Geef een getal van 0 tot 100.').waitFor();
    await page.getByLabel('Slaagcijfer in procent (mag leeg blijven)').fill('80');
    await page.getByRole('button', { name: 'Pakket maken' }).click();

    await page.getByRole('heading', { name: 'Het pakket is klaar' }).waitFor();
    expect(await page.getByText('kleine-kinderen-grote-kansen-1.0.0-scorm12.zip').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'export result');
    await screenshot(page, 'export-result-nl');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download het pakket' }).click()]);
    expect(download.suggestedFilename()).toBe('kleine-kinderen-grote-kansen-1.0.0-scorm12.zip');
    const file = await download.path();
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const { unzipSync, strFromU8 } = await import('fflate');
    const entries = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(entries).filter((f) => f.endsWith('/index.html')).sort()).toEqual(['hefboom-expressie/index.html', 'hefboom-onderzoeken/index.html']);
    expect(strFromU8(entries['imsmanifest.xml']!)).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    await context.close();
    await app.close();
  });
});
