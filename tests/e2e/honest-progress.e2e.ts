import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { createProfile, launchBrowser, newPage, pageErrors, screenshot, startApp, tempDataDir } from './harness';
import { answer, COURSE_ID, nextUntil, playedModule, playerScoFrame, quizOf, sectionIndexOf } from './play-module';

/** Issue 11, "Things the app says that are not true": each recipe of the report, played in the app as a learner does. */

const module = playedModule;
const quiz = quizOf(module);
const reflectionSection = sectionIndexOf(module, 'reflection');
const quizSection = sectionIndexOf(module, 'quiz');
const reflection = module.sections[reflectionSection]!.blocks.find((b) => b.kind === 'reflection')!;
const minLength = reflection.kind === 'reflection' ? reflection.minLength : 0;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The longest section: at 1280×800 its end is below the first screen. */
const longest = module.sections.reduce((best, s, i) => (s.words > module.sections[best]!.words ? i : best), 0);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const toc = (frame: Frame) => frame.getByRole('navigation', { name: 'Onderdelen van deze module' });
const tocEntry = (frame: Frame, index: number) => toc(frame).getByRole('button', { name: new RegExp(`^\\S*\\s*${escape(module.sections[index]!.title)}`) });

async function openModule(page: Page, url: string) {
  await page.goto(`${url}#/play/${COURSE_ID}/${module.id}`);
  return playerScoFrame(page, COURSE_ID, module.id);
}

async function toSummary(frame: Frame) {
  await toc(frame).getByRole('button', { name: /Samenvatting/ }).click();
  await frame.getByRole('heading', { level: 2, name: 'Samenvatting' }).waitFor();
}

describe('the app only says what is true', () => {
  it('a section opened but not read to its end is not "bekeken"; reaching its end makes it so', async () => {
    const app = await startApp(tempDataDir());
    const { context, page } = await newPage(browser, { viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(app.url);
      await createProfile(page, 'Noor');
      const frame = await openModule(page, app.url);
      await tocEntry(frame, longest).click();
      await frame.getByRole('heading', { level: 2, name: module.sections[longest]!.title }).waitFor();
      expect(await tocEntry(frame, longest).textContent()).not.toContain('(bekeken)');
      expect(await frame.getByText(/Een onderdeel telt als bekeken zodra je het einde ervan bereikt/).count()).toBeGreaterThan(0);
      await screenshot(page, 'honest-section-opened-not-seen');

      await frame.locator('.section-end').scrollIntoViewIfNeeded();
      await expect.poll(() => tocEntry(frame, longest).textContent()).toContain('(bekeken)');
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await context.close();
      await app.close();
    }
  });

  it('a reflection says it stays in the profile, a 2-character one does not count, and a failed quiz is "nog niet geslaagd" with the quiz offered again, in the summary and on the course page', async () => {
    const app = await startApp(tempDataDir());
    const { context, page } = await newPage(browser, { viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(app.url);
      await createProfile(page, 'Noor');
      const frame = await openModule(page, app.url);

      // Every section up to the quiz, with "Volgende" (which sits below each section's end).
      await nextUntil(frame, module, reflectionSection);
      const field = frame.getByRole('textbox').first();
      await field.fill('ok');
      const notice = frame.locator('.reflection-privacy').first();
      expect(await notice.textContent()).toBe('Je tekst blijft op deze computer, in jouw profiel. Alleen jij kan hem lezen: hij gaat niet naar je docent.');
      expect(await frame.getByText('Je docent kan hem lezen', { exact: false }).count()).toBe(0);
      await frame.getByText(`Nog ${minLength - 2} tekens, dan telt je reflectie als geschreven.`).waitFor();
      await screenshot(page, 'honest-reflection-private-wording');

      await nextUntil(frame, module, quizSection);
      const total = quiz.questions.length;
      for (const [i, q] of quiz.questions.entries()) await answer(frame, q, i, total, false);
      await frame.getByRole('button', { name: 'Toets afronden' }).click();
      await frame.getByText('Nog niet geslaagd', { exact: false }).first().waitFor();
      // On to the summary with "Volgende": every section has been read to its end now.
      for (let i = quizSection; i < module.sections.length; i++) {
        await frame.getByRole('button', { name: /^Volgende: |^Naar de samenvatting/ }).click();
      }
      await frame.getByRole('heading', { level: 2, name: 'Samenvatting' }).waitFor();

      const summary = frame.getByRole('article', { name: 'Samenvatting' });
      expect(await summary.textContent()).not.toContain('Goed gedaan');
      await summary.getByText('Je hebt alle onderdelen bekeken, maar de toets is nog niet geslaagd.', { exact: false }).waitFor();
      await summary.getByText(`Toets nog niet geslaagd: ${quiz.title}`).waitFor();
      await summary.getByText(`Reflectie nog te kort: nog ${minLength - 2} tekens nodig`, { exact: false }).waitFor();
      await expectAccessible(frame, 'summary of a module with a failed quiz');
      await screenshot(page, 'honest-summary-quiz-not-passed');

      await page.getByRole('link', { name: /Terug naar de cursus/ }).click();
      const card = page.locator('li.module-item', { has: page.getByRole('heading', { name: module.title, exact: true }) });
      // The commit of the closed module lands before the course page reads it, or on the next read.
      await expect
        .poll(async () => {
          if ((await card.getByText('Toets nog niet geslaagd').count()) === 0) await page.reload();
          return card.getByText('Toets nog niet geslaagd').count();
        })
        .toBe(1);
      expect(await card.getByRole('link').textContent()).toBe('Toets opnieuw');
      expect(await page.getByText(/^0 van \d+ modules afgerond\./).count()).toBe(1);
      await expectAccessible(page, 'course page with a failed quiz');
      await screenshot(page, 'honest-course-page-quiz-not-passed');

      // "Toets opnieuw" in the summary: a new attempt, on the quiz.
      const again = await openModule(page, app.url);
      await toSummary(again);
      await again.getByRole('button', { name: 'Toets opnieuw' }).click();
      await again.getByRole('heading', { level: 2, name: module.sections[quizSection]!.title }).waitFor();
      await again.getByRole('button', { name: 'Controleer vraag 1' }).waitFor();

      // "Toets opnieuw" on the course page opens the module at its quiz too, with the answers of the
      // attempt under way kept (a new attempt starts only after a finished one).
      await again.getByRole('radio').first().check();
      await page.getByRole('link', { name: /Terug naar de cursus/ }).click();
      const link = page.locator('li.module-item', { has: page.getByRole('heading', { name: module.title, exact: true }) }).getByRole('link');
      expect(await link.textContent()).toBe('Toets opnieuw');
      expect(await link.getAttribute('href')).toBe(`#/play/${COURSE_ID}/${module.id}/quiz`);
      await link.click();
      const viaCourse = await playerScoFrame(page, COURSE_ID, module.id);
      await viaCourse.getByRole('heading', { level: 2, name: module.sections[quizSection]!.title }).waitFor();
      expect(await viaCourse.getByRole('radio').first().isChecked()).toBe(true);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await context.close();
      await app.close();
    }
  });
});
