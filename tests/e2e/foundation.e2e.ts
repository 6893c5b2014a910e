import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible } from './axe';
import { createProfile, launchBrowser, newPage, pageErrors, screenshot, startApp, tempDataDir } from './harness';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('foundation, end to end in Chromium', () => {
  it('creates a first profile, keeps it across a server restart, and passes axe on every screen', async () => {
    const dataDir = tempDataDir();
    let app = await startApp(dataDir);
    let { context, page } = await newPage(browser);

    await page.goto(app.url);
    await page.getByRole('heading', { name: 'Welkom bij Leerpad' }).waitFor();
    await expectAccessible(page, 'first run');
    await screenshot(page, 'first-run-nl');

    await createProfile(page, 'Amira');
    await page.getByRole('heading', { name: 'Bibliotheek' }).waitFor();
    await page.getByRole('heading', { name: 'Kleine kinderen, grote kansen', level: 2 }).waitFor();
    await expectAccessible(page, 'library');
    await screenshot(page, 'library-nl');

    await page.getByRole('link', { name: 'Profielen beheren' }).click();
    await page.getByRole('heading', { name: 'Profielen beheren' }).waitFor();
    await expectAccessible(page, 'manage profiles');
    await screenshot(page, 'profiles-nl');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Leerkracht' }).click();
    await page.getByRole('heading', { name: 'Leerkracht', level: 1 }).waitFor();
    await expectAccessible(page, 'lecturer mode without a teacher PIN');
    await screenshot(page, 'lecturer-nl');
    expect(pageErrors(page)).toEqual([]);
    await context.close();

    await app.close();
    app = await startApp(dataDir);
    ({ context, page } = await newPage(browser));
    await page.goto(app.url);
    // No profile reopens by itself: every start shows the picker.
    await page.getByRole('heading', { name: 'Wie ben jij?' }).waitFor();
    expect(await page.getByText('Ingelogd als Amira').count()).toBe(0);
    await expectAccessible(page, 'profile picker');
    await screenshot(page, 'picker-nl');
    await page.getByRole('button', { name: 'Kies profiel Amira' }).click();
    await page.getByRole('heading', { name: 'Bibliotheek' }).waitFor();
    await context.close();
    await app.close();
  });

  it('switches the language, remembers it after a restart, and passes axe in English', async () => {
    const dataDir = tempDataDir();
    let app = await startApp(dataDir);
    let { context, page } = await newPage(browser);
    await page.goto(app.url);
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('heading', { name: 'Welcome to Leerpad' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectAccessible(page, 'first run (en)');
    await screenshot(page, 'first-run-en');
    await page.getByLabel('Your name or nickname').fill('Jonas');
    await page.getByRole('button', { name: 'Create profile' }).click();
    await page.getByRole('heading', { name: 'Library' }).waitFor();
    await expectAccessible(page, 'library (en)');
    await screenshot(page, 'library-en');
    await page.getByRole('link', { name: 'Manage profiles' }).click();
    await page.getByRole('heading', { name: 'Manage profiles' }).waitFor();
    await screenshot(page, 'profiles-en');
    await page.getByRole('link', { name: 'Teacher' }).click();
    await page.getByRole('heading', { name: 'Teacher', level: 1 }).waitFor();
    await expectAccessible(page, 'lecturer mode (en)');
    await screenshot(page, 'lecturer-en');
    await context.close();
    await app.close();

    app = await startApp(dataDir);
    ({ context, page } = await newPage(browser));
    await page.goto(app.url);
    await page.getByRole('heading', { name: 'Who are you?' }).waitFor();
    await screenshot(page, 'picker-en');
    await context.close();
    await app.close();
  });

  it('lets a learner rename and delete their own profile after a confirm step that says what is removed', async () => {
    const app = await startApp(tempDataDir());
    const { context, page } = await newPage(browser);
    await page.goto(app.url);
    await createProfile(page, 'Ilias');
    await page.getByRole('button', { name: 'Profiel wisselen' }).click();
    await page.getByRole('button', { name: 'Nieuw profiel' }).click();
    await createProfile(page, 'Noor');
    await page.getByRole('link', { name: 'Profielen beheren' }).click();

    await page.getByRole('button', { name: 'Naam wijzigen: Noor' }).click();
    await page.getByLabel('Nieuwe naam voor Noor').fill('Noor B.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De naam is gewijzigd in Noor B.').waitFor();

    await page.getByRole('button', { name: 'Verwijderen: Noor B.' }).click();
    const dialog = page.getByRole('dialog', { name: 'Profiel Noor B. verwijderen?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('reflecties');
    expect(await dialog.getByRole('button', { name: /Eerst mijn gegevens bewaren/ }).count()).toBe(1);
    await expectAccessible(page, 'delete dialog');
    await screenshot(page, 'delete-dialog-nl');
    await dialog.getByRole('button', { name: 'Ja, verwijder Noor B.' }).click();
    // The own profile is gone, so the picker shows, without it.
    await page.getByRole('heading', { name: 'Wie ben jij?' }).waitFor();
    await page.getByText('Profiel Noor B. is verwijderd.').waitFor();
    await page.getByRole('button', { name: 'Kies profiel Ilias' }).waitFor();
    expect(await page.getByRole('button', { name: /Noor/ }).count()).toBe(0);
    await context.close();
    await app.close();
  });
});
