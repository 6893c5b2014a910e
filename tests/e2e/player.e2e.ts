import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeState } from '../../electron/shared/sco-state';
import { expectAccessible } from './axe';
import { createProfile, launchBrowser, newPage, pageErrors, screenshot, startApp, tempDataDir } from './harness';
import { answer, decideScenarios, nextUntil, openModuleFromLibrary, playedCourse, playedModule, quizOf, sectionIndexOf } from './play-module';

const module = playedModule;
const quiz = quizOf(module);
const REFLECTION = 'Vandaag liet ik Lina zelf uitzoeken welke dingen drijven. Ik wachtte met mijn uitleg en stelde een wedervraag.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const openModule = (page: Page) => openModuleFromLibrary(page, module);

describe('the app as a local LMS, end to end in Chromium', () => {
  it('keeps every answer, rating and reflection across a server restart, resumes in place, and shows the finished module on the dashboard', async () => {
    const dataDir = tempDataDir();
    let app = await startApp(dataDir);
    let { context, page } = await newPage(browser);
    await page.goto(app.url);
    await createProfile(page, 'Amira');
    await page.getByRole('heading', { name: 'Bibliotheek' }).waitFor();

    let frame = await openModule(page);
    await expectAccessible(page, 'player page');
    await expectAccessible(frame, 'SCO start');

    await nextUntil(frame, module, sectionIndexOf(module, 'reflection'));
    await frame.getByRole('textbox', { name: /.+/ }).first().fill(REFLECTION);
    await frame.getByText('Bewaard', { exact: true }).first().waitFor();

    await nextUntil(frame, module, sectionIndexOf(module, 'checklist'));
    const checklist = module.sections[sectionIndexOf(module, 'checklist')]!.blocks.find((b) => b.kind === 'checklist')!;
    if (checklist.kind !== 'checklist') throw new Error('no checklist');
    const ratings = checklist.items.map((_, i) => i % checklist.scale.length);
    for (const [i, item] of checklist.items.entries()) {
      await frame.getByRole('group', { name: item.text }).getByRole('radio', { name: checklist.scale[ratings[i]!]!, exact: true }).check();
    }
    await expectAccessible(frame, 'checklist');

    const quizSection = sectionIndexOf(module, 'quiz');
    await nextUntil(frame, module, quizSection);
    const total = quiz.questions.length;
    // The first question wrong, the second right; the rest stays open: the learner leaves mid-quiz.
    await answer(frame, quiz.questions[0]!, 0, total, false);
    await answer(frame, quiz.questions[1]!, 1, total, true);
    await expectAccessible(frame, 'quiz with feedback');
    await screenshot(page, 'player-quiz-nl');

    // Leaving the player removes the SCO frame: its pagehide commits and terminates.
    await page.getByRole('link', { name: /Terug naar de cursus/ }).click();
    await page.getByRole('heading', { name: 'Modules' }).waitFor();
    // The frame's last commit may still be on its way: wait until SQLite holds the two checked answers, not for a fixed time.
    const stored = () => {
      const row = app.core.db.prepare('SELECT cmi_json FROM attempts WHERE module_id = ?').get(module.id) as { cmi_json: string } | undefined;
      const state = decodeState((JSON.parse(row?.cmi_json ?? '{}') as { cmi?: { suspend_data?: string } }).cmi?.suspend_data);
      return { at: state?.at, checked: Object.keys(state?.q ?? {}).filter((id) => state!.q[id]![1] === 1).sort() };
    };
    await expect.poll(stored, { timeout: 15_000 }).toEqual({ at: quizSection, checked: [quiz.questions[0]!.id, quiz.questions[1]!.id].sort() });
    expect(pageErrors(page)).toEqual([]);
    await context.close();
    await app.close();

    // A new server on the same data, and a fresh browser profile: everything must come from SQLite.
    app = await startApp(dataDir);
    ({ context, page } = await newPage(browser));
    await page.goto(app.url);
    // Every start shows the picker (issue 8, section 7): Amira chooses her profile again.
    await page.getByRole('button', { name: 'Kies profiel Amira' }).click();
    await page.getByText('Ingelogd als Amira').waitFor();
    frame = await openModule(page);
    await frame.getByRole('heading', { level: 2, name: module.sections[quizSection]!.title }).waitFor();
    const q1 = frame.getByRole('group', { name: new RegExp(`^Vraag 1 van ${total}`) }).locator('xpath=..');
    expect(await q1.getByRole('heading', { level: 4 }).textContent()).toContain('Niet juist');
    const q2 = frame.getByRole('group', { name: new RegExp(`^Vraag 2 van ${total}`) }).locator('xpath=..');
    expect(await q2.getByRole('heading', { level: 4 }).textContent()).toContain('Juist');
    expect(await frame.getByRole('button', { name: 'Controleer vraag 3' }).count()).toBe(1);

    await frame.getByRole('navigation', { name: 'Onderdelen van deze module' }).getByRole('button', { name: new RegExp(module.sections[sectionIndexOf(module, 'reflection')]!.title) }).click();
    expect(await frame.getByRole('textbox', { name: /.+/ }).first().inputValue()).toBe(REFLECTION);
    await frame.getByRole('navigation', { name: 'Onderdelen van deze module' }).getByRole('button', { name: new RegExp(module.sections[sectionIndexOf(module, 'checklist')]!.title) }).click();
    for (const [i, item] of checklist.items.entries()) {
      expect(await frame.getByRole('group', { name: item.text }).getByRole('radio', { name: checklist.scale[ratings[i]!]!, exact: true }).isChecked()).toBe(true);
    }

    // Finish: the remaining questions right, the quiz finished, every section seen.
    await frame.getByRole('navigation', { name: 'Onderdelen van deze module' }).getByRole('button', { name: new RegExp(module.sections[quizSection]!.title) }).click();
    for (let i = 2; i < total; i++) await answer(frame, quiz.questions[i]!, i, total, true);
    await frame.getByRole('button', { name: 'Toets afronden' }).click();
    const score = Math.round(((total - 1) / total) * 100);
    await frame.getByText(`Je score: ${score} %.`, { exact: false }).waitFor();
    // The module's scenarios too: "alles afgewerkt" lists nothing open, an undecided scenario included.
    await decideScenarios(frame, module);
    for (const s of module.sections) {
      await frame.getByRole('navigation', { name: 'Onderdelen van deze module' }).getByRole('button', { name: new RegExp(s.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
    }
    await frame.getByRole('navigation', { name: 'Onderdelen van deze module' }).getByRole('button', { name: /Samenvatting/ }).click();
    await frame.getByText('Je hebt alles van deze module afgewerkt. Goed gedaan!').waitFor();
    await expectAccessible(frame, 'summary');
    await screenshot(page, 'player-summary-nl');

    await page.getByRole('link', { name: /Terug naar de cursus/ }).click();
    await page.getByRole('link', { name: 'Mijn voortgang' }).click();
    await page.getByRole('heading', { name: 'Mijn voortgang', level: 1 }).waitFor();
    await page.getByText('Alle modules', { exact: true }).click();
    const row = page.getByRole('row', { name: new RegExp(module.title) });
    await row.waitFor();
    expect(await row.textContent()).toContain(score >= quiz.pass ? 'Geslaagd' : 'Nog niet geslaagd');
    expect(await row.textContent()).toContain(`${score} %`);
    const serving = playedCourse.modules.filter((m) => m.levers.includes('onderzoeken')).length;
    expect(await page.getByText(`Hefboom Onderzoeken: 1 van ${serving} modules afgerond`, { exact: true }).count()).toBe(1);
    expect(await page.locator('.dash-reflection-line').allTextContents()).toEqual([REFLECTION]);
    await expectAccessible(page, 'dashboard');
    await screenshot(page, 'dashboard-nl');
    await context.close();
    await app.close();
  });

  it("shows a second learner none of the first learner's work, and opens a PIN profile only with its PIN", async () => {
    const dataDir = tempDataDir();
    const app = await startApp(dataDir);
    const { context, page } = await newPage(browser);
    await page.goto(app.url);
    await createProfile(page, 'Amira');
    let frame = await openModule(page);
    await nextUntil(frame, module, sectionIndexOf(module, 'reflection'));
    await frame.getByRole('textbox', { name: /.+/ }).first().fill(REFLECTION);
    await frame.getByText('Bewaard', { exact: true }).first().waitFor();
    await page.getByRole('link', { name: /Terug naar de cursus/ }).click();
    await page.getByRole('heading', { name: 'Modules' }).waitFor();

    await page.getByRole('button', { name: 'Profiel wisselen' }).click();
    await page.getByRole('button', { name: 'Nieuw profiel' }).click();
    // A new profile is signed in at once: the PIN just chosen is not asked again.
    await createProfile(page, 'Bram', '2468');
    frame = await openModule(page);
    await nextUntil(frame, module, sectionIndexOf(module, 'reflection'));
    expect(await frame.getByRole('textbox', { name: /.+/ }).first().inputValue()).toBe('');
    expect(await frame.content()).not.toContain('Lina');
    await page.getByRole('link', { name: /Terug naar de cursus/ }).click();
    await page.getByRole('link', { name: 'Mijn voortgang' }).click();
    await page.getByRole('heading', { name: 'Reflecties' }).waitFor();
    expect(await page.getByText('Geschreven').count()).toBe(0);

    // Back to the picker: Bram's profile does not open without the right PIN.
    await page.getByRole('button', { name: 'Profiel wisselen' }).click();
    await page.getByRole('button', { name: /Bram/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Pincode voor Bram' });
    await dialog.getByLabel('Pincode').fill('1111');
    await dialog.getByRole('button', { name: 'Openen' }).click();
    await dialog.getByText('Die pincode klopt niet.').waitFor();
    await expectAccessible(page, 'PIN dialog');
    await screenshot(page, 'pin-dialog-nl');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    expect(await page.getByText('Ingelogd als Bram').count()).toBe(0);
    await page.getByRole('heading', { name: 'Wie ben jij?' }).waitFor();
    await context.close();
    await app.close();
  });
});
