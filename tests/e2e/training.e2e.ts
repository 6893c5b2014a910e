import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { createProfile, launchBrowser, newPage, pageErrors, screenshot, startApp, tempDataDir } from './harness';
import { COURSE_ID, playedModule } from './play-module';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const M5 = playedModule;
const TITLE = 'Pedagogische studiedag onderzoeken';
const DATE = '2026-12-04';
const PLACE = 'Basisschool De Sleutel, Gent';
const TRAINER = 'Els Mertens';
/** The presenter view's slides of module 5: a slide per section, the quiz's section then one per question. */
const SECTIONS = M5.sections.map((s) => s.title);
const SCENARIO_SLIDE = M5.sections.findIndex((s) => s.blocks.some((b) => b.kind === 'scenario'));
const REFLECTION_SLIDE = M5.sections.findIndex((s) => s.blocks.some((b) => b.kind === 'reflection'));
const QUIZ = M5.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'quiz')!;
const SLIDES = SECTIONS.length + QUIZ.questions.length;
const slideTitle = (page: Page) => page.locator('#presenter-slide-title').innerText();

async function slideIs(page: Page, n: number, title: string | RegExp) {
  await page.getByText(`Dia ${n} van ${SLIDES}`, { exact: true }).waitFor();
  if (typeof title === 'string') expect(await slideTitle(page)).toBe(title);
  else expect(await slideTitle(page)).toMatch(title);
}

/**
 * What the room sees of `target`: its first line box lies whole on screen, below the presenter's bar, and the
 * page shows `target` itself at that line's centre (not the bar, not a clipped-away spot of the slide).
 */
async function seenWhole(page: Page, target: Locator, what: string) {
  const bar = (await page.locator('.presenter-bar').boundingBox())!;
  const seen = await target.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const line = range.getClientRects()[0] ?? el.getBoundingClientRect();
    const at = document.elementFromPoint(line.left + Math.min(line.width / 2, 40), line.top + line.height / 2);
    return { top: line.top, bottom: line.bottom, left: line.left, right: line.right, hit: at !== null && (at === el || el.contains(at)) };
  });
  const viewport = page.viewportSize()!;
  expect(seen.top, `${what}: below the bar`).toBeGreaterThanOrEqual(bar.y + bar.height);
  expect(seen.bottom, `${what}: above the window's bottom`).toBeLessThanOrEqual(viewport.height);
  expect(seen.left >= 0 && seen.right <= viewport.width, `${what}: within the window's width`).toBe(true);
  expect(seen.hit, `${what}: not covered`).toBe(true);
}

/** The presenter's controls stand in one row: every button and link of the bar has the same top. */
async function barRows(page: Page): Promise<number> {
  const tops = await page.locator('.presenter-bar').locator('button, a').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  return new Set(tops).size;
}

async function downloadText(page: Page, linkName: string): Promise<{ name: string; file: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), file: file! };
}

describe('a trainer runs a session with a school team', () => {
  it('creates a session, presents module 5 with the keyboard, notes and tallies with the group, closes it and hands out certificates', async () => {
    const app = await startApp(tempDataDir());
    const { context, page } = await newPage(browser, { acceptDownloads: true });
    await page.goto(app.url);
    // Two colleagues have a profile on this computer; the third has none.
    await createProfile(page, 'Noor');
    await page.getByRole('button', { name: 'Profiel wisselen' }).click();
    await page.getByRole('button', { name: 'Nieuw profiel' }).click();
    await createProfile(page, 'Sofie');
    await page.getByRole('button', { name: 'Profiel wisselen' }).click();

    // The trainer is in lecturer mode (this computer has no teacher PIN).
    await page.getByRole('link', { name: 'Ben je leerkracht? Naar de leerkrachtmodus' }).click();
    await page.getByRole('link', { name: 'Sessies en studiedagen' }).click();
    await page.getByRole('heading', { name: 'Sessies en studiedagen' }).waitFor();
    await page.getByText('Er zijn nog geen sessies op deze computer.').waitFor();
    await expectAccessible(page, 'sessions list');
    await page.getByRole('link', { name: 'Nieuwe sessie' }).click();

    // The form says what is missing, at the field, before core is asked.
    await page.getByRole('heading', { name: 'Nieuwe sessie' }).waitFor();
    await page.getByRole('checkbox', { name: new RegExp(M5.title) }).waitFor();
    await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    await page.getByRole('button', { name: 'Sessie aanmaken' }).click();
    await page.getByText('Er zijn 5 fouten in het formulier. Ze staan bij de velden.').waitFor();
    expect(await page.getByText('Kies minstens één module.').count()).toBe(1);
    expect(await page.getByLabel('Titel').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'session form with errors');
    await screenshot(page, 'training-form-errors-nl');

    await page.getByLabel('Titel').fill(TITLE);
    await page.getByLabel('Datum').fill(DATE);
    await page.getByLabel('Plaats').fill(PLACE);
    await page.getByLabel('Trainer', { exact: true }).fill(TRAINER);
    await page.getByRole('checkbox', { name: new RegExp(M5.title) }).check();
    await page.getByLabel('Naam van deelnemer 1').fill('Noor Peeters');
    await page.getByLabel('Profiel op deze computer van deelnemer 1').selectOption({ label: 'Noor' });
    await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    // Choosing a profile for an empty row names the participant after it; the trainer writes the full name.
    await page.getByLabel('Profiel op deze computer van deelnemer 2').selectOption({ label: 'Sofie' });
    expect(await page.getByLabel('Naam van deelnemer 2').inputValue()).toBe('Sofie');
    await page.getByLabel('Naam van deelnemer 2').fill('Sofie Janssens');
    await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    await page.getByLabel('Naam van deelnemer 3').fill('Bram Claes');
    await page.getByRole('button', { name: 'Sessie aanmaken' }).click();

    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByText(`4 dec 2026 · ${PLACE} · trainer: ${TRAINER}`).waitFor();
    const sessionPage = page.url();
    await expectAccessible(page, 'session page');
    await screenshot(page, 'training-session-nl');
    // The edit form starts from what was saved.
    await page.getByRole('link', { name: 'Bewerken' }).click();
    await page.getByRole('heading', { name: 'Sessie bewerken' }).waitFor();
    expect(await page.getByLabel('Naam van deelnemer 3').inputValue()).toBe('Bram Claes');
    expect(await page.getByLabel('Profiel op deze computer van deelnemer 1').inputValue()).not.toBe('');
    await expectAccessible(page, 'session edit form');
    await page.getByRole('link', { name: 'Annuleren' }).click();
    await page.getByRole('heading', { name: TITLE }).waitFor();

    // ── The presenter view, driven by the keyboard as in presentation software ──
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('link', { name: `Presenteer ${M5.title}` }).click();
    await slideIs(page, 1, SECTIONS[0]!);
    await page.keyboard.press('ArrowRight');
    await slideIs(page, 2, SECTIONS[1]!);
    await page.keyboard.press('Space');
    await slideIs(page, 3, SECTIONS[2]!);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageUp');
    await slideIs(page, 1, SECTIONS[0]!);
    await page.keyboard.press('End');
    await slideIs(page, SLIDES, new RegExp(`^Groepsquiz · ${QUIZ.title} · vraag ${QUIZ.questions.length} van ${QUIZ.questions.length}$`));
    await page.keyboard.press('Home');
    await slideIs(page, 1, SECTIONS[0]!);
    // The slide gets the screen: no app header, the trainer's controls in one row above the slide, the title in full view.
    expect(await page.getByRole('banner').count()).toBe(0);
    expect(await page.getByLabel('Taal').count()).toBe(0);
    expect(await barRows(page)).toBe(1);
    await seenWhole(page, page.locator('#presenter-slide-title'), 'slide title at 1920×1080');
    // A new slide's title holds the focus, so the keys go on working and a screen reader reads it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('presenter-slide-title');
    await expectAccessible(page, 'presenter view');
    await screenshot(page, 'training-presenter-1920x1080');
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(await barRows(page)).toBe(1);
    expect((await page.locator('.presenter-bar').boundingBox())!.height).toBeLessThan(60);
    await seenWhole(page, page.locator('#presenter-slide-title'), 'slide title at 1280×720');
    await screenshot(page, 'training-presenter-1280x720');
    // A smaller laptop keeps one row: most tools show only their pictures, their names stay for screen readers.
    await page.setViewportSize({ width: 1024, height: 768 });
    expect(await barRows(page)).toBe(1);
    await page.getByRole('button', { name: 'Zwart scherm' }).waitFor();
    await screenshot(page, 'training-presenter-1024x768');
    await page.setViewportSize({ width: 1280, height: 720 });

    // The key list waits behind "Toetsen"; Escape there closes the list, not the presentation.
    const keyList = page.getByText('→ of spatie: volgende dia.', { exact: false });
    expect(await keyList.isHidden()).toBe(true);
    await page.getByRole('button', { name: 'Toetsen' }).click();
    await keyList.waitFor();
    await page.keyboard.press('Escape');
    await keyList.waitFor({ state: 'hidden' });
    await slideIs(page, 1, SECTIONS[0]!);
    await page.locator('#presenter-slide-title').click();

    // In full screen the bar steps aside once the mouse rests, and the slide takes its lines; the mouse brings it back,
    // and so does the keyboard, for as long as focus is in it.
    const bar = page.locator('.presenter-bar');
    const barOnScreen = async () => {
      const box = (await bar.boundingBox())!;
      return box.y + box.height > 0;
    };
    await page.keyboard.press('f');
    await page.getByRole('button', { name: 'Volledig scherm verlaten' }).waitFor({ state: 'attached' });
    await page.locator('.presenter-bar.is-tucked').waitFor({ state: 'attached' });
    expect(await barOnScreen()).toBe(false);
    expect((await page.locator('.presenter-slide').boundingBox())!.y).toBe(0);
    await seenWhole(page, page.locator('#presenter-slide-title'), 'slide title in full screen');
    const focusInBar = () => bar.evaluate((el) => el.contains(document.activeElement));
    for (let presses = 0; presses < 4 && !(await focusInBar()); presses++) await page.keyboard.press('Shift+Tab');
    expect(await focusInBar()).toBe(true);
    expect(await barOnScreen()).toBe(true);
    // The mouse rests again, but the keyboard is still in the bar: it stays.
    await page.locator('.presenter-bar.is-tucked').waitFor({ state: 'attached' });
    expect(await barOnScreen()).toBe(true);
    // Focus back on the slide (without touching the mouse): the bar steps aside.
    await page.locator('#presenter-slide-title').focus();
    expect(await barOnScreen()).toBe(false);
    await page.mouse.move(640, 300);
    await page.locator('.presenter-bar:not(.is-tucked)').waitFor({ state: 'attached' });
    expect(await barOnScreen()).toBe(true);
    await page.keyboard.press('f');
    await page.getByRole('button', { name: 'Volledig scherm', exact: true }).waitFor();
    expect(await page.locator('.presenter-bar.is-tucked').count()).toBe(0);
    await page.locator('#presenter-slide-title').click();

    // B blanks the screen (the controls too); B again, or the full stop, brings the slide back.
    await page.keyboard.press('b');
    await page.locator('.presenter-blank').waitFor();
    await page.keyboard.press('b');
    await page.locator('.presenter-blank').waitFor({ state: 'detached' });
    await page.keyboard.press('.');
    await page.locator('.presenter-blank').waitFor();
    // The first key on a blank screen only brings the slide back, as in presentation software.
    await page.keyboard.press('ArrowRight');
    await page.locator('.presenter-blank').waitFor({ state: 'detached' });
    await slideIs(page, 1, SECTIONS[0]!);

    // The notes window follows the presenter: the slide, what comes next, and the answers for the trainer's eyes.
    const [notes] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Notitievenster' }).click()]);
    await notes.getByRole('heading', { name: 'Notities voor de trainer' }).waitFor();
    await notes.getByText(`Hierna: ${SECTIONS[1]}`).waitFor();
    // The clock runs from Start, here and in the notes window.
    await page.getByRole('button', { name: 'Start de tijd' }).click();
    await page.getByRole('button', { name: 'Pauzeer de tijd' }).waitFor();
    await notes.getByRole('timer').filter({ hasNotText: '0:00' }).waitFor();
    for (let i = 0; i < SCENARIO_SLIDE; i++) await page.keyboard.press('ArrowRight');
    await notes.getByText(`Hierna: ${SECTIONS[SCENARIO_SLIDE + 1]}`).waitFor();
    const scenario = M5.sections[SCENARIO_SLIDE]!.blocks.find((b) => b.kind === 'scenario')!;
    await notes.getByText(`Beste keuze, stap 1: ${scenario.steps[0]!.choices.find((c) => c.best)!.text}`).waitFor();
    await expectAccessible(notes, 'presenter notes window');
    await screenshot(notes, 'training-notes-window');

    // The scenario, choice by choice: a consequence shows only when asked for.
    await slideIs(page, SCENARIO_SLIDE + 1, SECTIONS[SCENARIO_SLIDE]!);
    const firstBest = scenario.steps[0]!.choices.find((c) => c.best)!;
    const consequence = page.locator(`#consequence-${scenario.id}-${firstBest.id}`);
    expect(await consequence.isHidden()).toBe(true);
    await page.getByRole('button', { name: `Toon wat er gebeurt bij ${firstBest.id}` }).click();
    await consequence.getByText('Beste keuze').waitFor();
    // How many in the room would take a choice: counted like the group quiz, kept in the session notes.
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: `Eén meer voor Keuze ${firstBest.id}` }).click();
    await expect.poll(() => page.locator(`#consequence-${scenario.id}-${firstBest.id}`).locator('xpath=..').locator('.tally-count').textContent()).toBe('3 deelnemers');
    await expectAccessible(page, 'scenario slide with counts');
    await screenshot(page, 'training-scenario');

    // Group notes: keys typed in the note stay text (Space, B, arrows do not move the slides).
    const scenarioNote = page.getByRole('textbox', { name: 'Groepsnotities' });
    await scenarioNote.click();
    await page.keyboard.type('Bijna iedereen koos b. Daarna: vragen stellen.');
    await page.keyboard.press('ArrowLeft');
    await page.getByText('Bewaard.', { exact: true }).waitFor();
    await slideIs(page, SCENARIO_SLIDE + 1, SECTIONS[SCENARIO_SLIDE]!);
    expect(await page.locator('.presenter-blank').count()).toBe(0);

    // Escape in the note does not leave the view either; clicking outside gives the keys back to the slides.
    await page.keyboard.press('Escape');
    await page.locator('#presenter-slide-title').click();
    for (let i = SCENARIO_SLIDE; i < REFLECTION_SLIDE; i++) await page.keyboard.press('ArrowRight');
    await slideIs(page, REFLECTION_SLIDE + 1, SECTIONS[REFLECTION_SLIDE]!);
    await page.getByRole('heading', { name: 'Gespreksvraag' }).waitFor();
    await page.getByRole('textbox', { name: 'Groepsnotities' }).fill('Sofie: kinderen laten voorspellen lukt vooral in de zandbak.');
    await page.getByText('Bewaard.', { exact: true }).waitFor();

    // The group quiz: the room answers, the trainer counts, the answer is revealed on demand.
    await page.locator('#presenter-slide-title').click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const q1 = QUIZ.questions[0]!;
    if (q1.type !== 'single') throw new Error('module 5 starts its quiz with a single-choice question');
    const right = q1.options.find((o) => o.correct)!;
    await slideIs(page, SECTIONS.length + 1, `Groepsquiz · ${QUIZ.title} · vraag 1 van ${QUIZ.questions.length}`);
    // The whole team reads the question from its first line, at a projector's 1280×720.
    await seenWhole(page, page.locator('#presenter-slide-title'), 'quiz slide title');
    await seenWhole(page, page.locator('.quiz-prompt'), 'first line of the question');
    expect(await page.getByText('Juist antwoord').count()).toBe(0);
    await notes.getByText(`Juist: ${right.id}) ${right.text}`).waitFor();
    const more = page.getByRole('button', { name: `Eén meer voor Antwoord ${right.id}` });
    await more.click();
    await more.click();
    await more.click();
    await page.getByRole('button', { name: `Eén minder voor Antwoord ${right.id}` }).click();
    await page.getByText('2 deelnemers').waitFor();
    await page.getByRole('button', { name: 'Toon antwoord' }).click();
    await page.getByText('Juist antwoord').waitFor();
    // The answer button sits below the options; ↑ reads back up to the question, as on a long slide.
    const scrolled = () => page.locator('.presenter-slide').evaluate((el) => el.scrollTop);
    for (let presses = 0; presses < 10 && (await scrolled()) > 0; presses++) await page.keyboard.press('ArrowUp');
    await seenWhole(page, page.locator('.quiz-prompt'), 'first line of the question, answer shown');
    await slideIs(page, SECTIONS.length + 1, `Groepsquiz · ${QUIZ.title} · vraag 1 van ${QUIZ.questions.length}`);
    await expectAccessible(page, 'group quiz with the answer shown');
    await screenshot(page, 'training-group-quiz');

    // Escape leaves the presenter view for the session page; the notes window says the presentation closed.
    await page.locator('#presenter-slide-title').click();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await notes.getByText('De presentatie is gesloten.').waitFor();
    await page.setViewportSize({ width: 1280, height: 860 });

    // ── Attendance, closing ──
    await page.getByRole('checkbox', { name: 'Noor Peeters was aanwezig' }).check();
    await page.getByText('1 van 3 deelnemers aanwezig.').waitFor();
    await page.getByRole('checkbox', { name: 'Sofie Janssens was aanwezig' }).check();
    await page.getByText('2 van 3 deelnemers aanwezig.').waitFor();
    await page.getByRole('button', { name: 'Sessie afsluiten' }).click();
    const dialog = page.getByRole('dialog', { name: `${TITLE} afsluiten?` });
    await dialog.getByText(/2 aanwezige deelnemers hebben een profiel op deze computer: die profielen krijgen de modules van deze sessie als "gevolgd in sessie"/).waitFor();
    await expectAccessible(page, 'close confirmation');
    await dialog.getByRole('button', { name: 'Ja, sluit de sessie af' }).click();
    await page.getByText('De sessie is afgesloten.').waitFor();
    expect(await page.getByRole('checkbox', { name: 'Bram Claes was aanwezig' }).isDisabled()).toBe(true);
    expect(await page.getByRole('link', { name: 'Bewerken' }).count()).toBe(0);

    // ── The files for the school ──
    await page.getByRole('button', { name: 'Aanwezigheidslijst (CSV voor Excel)' }).click();
    const csv = await downloadText(page, `Download aanwezigheden-${DATE}-pedagogische-studiedag-onderzoeken.csv`);
    expect(fs.readFileSync(csv.file, 'utf8')).toBe(
      '\uFEFF' +
        [
          'Sessie;Datum;Plaats;Trainer;Naam;Gekoppeld profiel;Aanwezig',
          `${TITLE};${DATE};${PLACE};${TRAINER};Noor Peeters;Noor;ja`,
          `${TITLE};${DATE};${PLACE};${TRAINER};Sofie Janssens;Sofie;ja`,
          `${TITLE};${DATE};${PLACE};${TRAINER};Bram Claes;;nee`,
        ].join('\r\n') +
        '\r\n',
    );

    await page.getByRole('button', { name: 'Deelnameattesten (PDF)' }).click();
    await page.getByText('2 bestanden zijn klaar.').waitFor();
    await expectAccessible(page, 'session page with the certificates');
    for (const name of ['Noor Peeters', 'Sofie Janssens']) {
      const pdf = await downloadText(page, `Download attest-${DATE}-${name.toLowerCase().replace(' ', '-')}.pdf`);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf.file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Attest van deelname');
      expect(text).toContain(name);
      expect(text).toContain(TITLE);
      expect(text).toContain(`Datum: 4 december 2026 · Plaats: ${PLACE} · Trainer: ${TRAINER}`);
      // 25 minutes of estimated study time.
      expect(text).toContain(`${M5.title} 0,42 uur`);
      expect(text).not.toContain('Bram Claes');
    }
    expect(await page.getByRole('link', { name: /Bram/ }).count()).toBe(0);

    await page.getByRole('button', { name: 'Groepsnotities (Markdown)' }).click();
    const md = await downloadText(page, `Download notities-${DATE}-pedagogische-studiedag-onderzoeken.md`);
    const notesText = fs.readFileSync(md.file, 'utf8');
    expect(notesText).toContain('Bijna iedereen koos b. Daarna: vragen stellen.');
    expect(notesText).toContain('Sofie: kinderen laten voorspellen lukt vooral in de zandbak.');
    expect(notesText).toContain(`- ${firstBest.id}) ${firstBest.text}: 3 keer gekozen (beste keuze)`);
    await screenshot(page, 'training-session-closed-nl');

    // ── The two linked colleagues find module 5 "gevolgd in sessie" in their own profile ──
    for (const profile of ['Noor', 'Sofie']) {
      await page.goto(`${app.url}#/library`);
      await page.getByRole('button', { name: `Kies profiel ${profile}` }).click();
      await page.getByText(`Ingelogd als ${profile}`).waitFor();
      await page.goto(`${app.url}#/course/${COURSE_ID}`);
      await page.getByRole('heading', { name: M5.title }).waitFor();
      const card = page.locator('li', { has: page.getByRole('heading', { name: M5.title }) });
      await card.getByText(/gevolgd in sessie/i).waitFor();
      await page.getByRole('button', { name: 'Profiel wisselen' }).click();
    }

    // The same screens in English.
    await page.goto(sessionPage);
    await page.getByLabel('Taal').selectOption('en');
    await page.getByText('This session was closed on', { exact: false }).waitFor();
    await expectAccessible(page, 'session page (en)');
    await screenshot(page, 'training-session-closed-en');
    await page.getByRole('link', { name: `Present ${M5.title}` }).click();
    // It opens at the slide the trainer left it on, the first question of the group quiz.
    await page.getByText(`Slide ${SECTIONS.length + 1} of ${SLIDES}`, { exact: true }).waitFor();
    await page.getByText(`Group quiz · ${QUIZ.title} · question 1 of ${QUIZ.questions.length}`).first().waitFor();
    await expectAccessible(page, 'presenter view (en)');
    await screenshot(page, 'training-presenter-en');
    // A closed session is a record: its edit form is not offered, also not by its address.
    await page.goto(`${sessionPage}/edit`);
    await page.getByRole('heading', { name: 'Edit session' }).waitFor();
    await page.getByText('This session was closed on', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Save changes' }).count()).toBe(0);

    expect(pageErrors(page)).toEqual([]);
    await context.close();
    await app.close();
  });
});
