import type { Browser, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question } from '../../electron/core/contract';
import { decodeState } from '../../electron/shared/sco-state';
import { expectAccessible } from './axe';
import { createProfile, launchBrowser, newPage, pageErrors, screenshot, startApp, tempDataDir } from './harness';
import { answer, COURSE_ID, nextUntil, playedCourse, playerScoFrame, quizOf, sectionIndexOf } from './play-module';

/** 1280×800 at 200 % zoom is 640×400 CSS pixels. */
const SCREENS: [string, BrowserContextOptions][] = [
  ['1280', { viewport: { width: 1280, height: 800 } }],
  ['800x600', { viewport: { width: 800, height: 600 } }],
  ['zoom200', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }],
];

// The module of the report: its matching question's answers ("een hefboom van kernthema 1") were cut off.
const module = playedCourse.modules.find((m) => m.id === 'welkom')!;
const quiz = quizOf(module);
const total = quiz.questions.length;
const matchingIndex = quiz.questions.findIndex((q) => q.type === 'matching');
const matching = quiz.questions[matchingIndex] as Extract<Question, { type: 'matching' }>;
const pairs = matching.pairs;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const group = (frame: Frame) => frame.getByRole('group', { name: new RegExp(`^Vraag ${matchingIndex + 1} van ${total}`) });
const card = (frame: Frame) => group(frame).locator('xpath=..');

/** The first two pairs swapped, the rest right: a partly right answer. */
async function matchPartly(frame: Frame) {
  for (const [i, p] of pairs.entries()) {
    const target = i < 2 ? pairs[1 - i]!.right : p.right;
    await group(frame).getByRole('combobox', { name: new RegExp(`^${escape(p.left)}`) }).selectOption({ label: target });
  }
}

// String expressions: this file is compiled without the DOM library.
/** Per select: the width its chosen text needs and the room it has (its content box less the arrow). */
const selectRoom = (frame: Frame) =>
  frame.evaluate(`[...document.querySelectorAll('.matching select')].map((s) => {
    const cs = getComputedStyle(s);
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = cs.font;
    const text = s.selectedOptions[0].textContent;
    return { text, need: Math.ceil(ctx.measureText(text).width), room: s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 24 };
  })`) as Promise<{ text: string; need: number; room: number }[]>;
/** Rows that cut their content off (wider content than box) after checking. */
const clippedRows = (frame: Frame) =>
  frame.evaluate(`[...document.querySelectorAll('.matching .match-row')].filter((r) => r.scrollWidth > r.clientWidth).length`) as Promise<number>;
/** Ordering steps and choice options whose content is wider than their box (the text of those that are). */
const clippedItems = (frame: Frame) =>
  frame.evaluate(
    `[...document.querySelectorAll('.order-item, .option, .order-text')].filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.textContent.trim()).concat(document.scrollingElement.scrollWidth > document.scrollingElement.clientWidth ? ['the page scrolls sideways'] : [])`,
  ) as Promise<string[]>;
const focused = (frame: Frame) =>
  frame.evaluate(`(() => { const a = document.activeElement; return a ? a.tagName + ':' + (a.labels && a.labels[0] ? a.labels[0].textContent.trim() : a.textContent.trim()) : null; })()`) as Promise<string | null>;

/** The screen as the learner sees it with the matching list at the top (an element shot of a frame taller than the screen is garbled). */
async function shoot(page: Page, frame: Frame, name: string) {
  await frame.evaluate(`document.querySelector('.matching').scrollIntoView({ block: 'start' })`);
  await screenshot(page, name);
}

async function openQuiz(screen: BrowserContextOptions) {
  const app = await startApp(tempDataDir());
  const { context, page } = await newPage(browser, screen);
  await page.goto(app.url);
  await createProfile(page, 'Noor');
  await page.goto(`${app.url}#/play/${COURSE_ID}/${module.id}`);
  const frame = await playerScoFrame(page, COURSE_ID, module.id);
  await nextUntil(frame, module, sectionIndexOf(module, 'quiz'));
  return { app, context, page, frame };
}

describe('quizzes that are fair and readable', () => {
  for (const [name, screen] of SCREENS) {
    it(`at ${name}: every chosen match can be read before and after checking, and a partly right answer earns its share`, async () => {
      const { app, context, page, frame } = await openQuiz(screen);
      try {
        await matchPartly(frame);
        for (const s of await selectRoom(frame)) expect(s.need, `"${s.text}" in its select`).toBeLessThanOrEqual(s.room);
        await expectAccessible(frame, `matching before checking (${name})`);
        await shoot(page, frame, `quiz-matching-${name}-before`);

        await frame.getByRole('button', { name: `Controleer vraag ${matchingIndex + 1}` }).click();
        await card(frame).getByRole('heading', { level: 4, name: /Deels juist/ }).waitFor();
        const right = Math.round((100 * (pairs.length - 2)) / pairs.length);
        expect(await card(frame).textContent()).toContain(`Je krijgt ${right} % van de punten voor deze vraag.`);
        for (const [i, p] of pairs.entries()) {
          const chosen = i < 2 ? pairs[1 - i]!.right : p.right;
          await expect.poll(() => group(frame).getByRole('listitem').nth(i).textContent()).toContain(`Jouw keuze: ${chosen} ${i < 2 ? '✗ niet juist' : '✓ juist'}`);
        }
        expect(await clippedRows(frame)).toBe(0);
        await expectAccessible(frame, `matching after checking (${name})`);
        await shoot(page, frame, `quiz-matching-${name}-after`);
        expect(pageErrors(page)).toEqual([]);
      } finally {
        await context.close();
        await app.close();
      }
    });
  }

  // The module with an ordering question and a multiple-choice one: the same check for the other list-like types.
  const ordering = playedCourse.modules.find((m) => m.id === 'transities')!;
  for (const [name, screen] of SCREENS.slice(1)) {
    it(`at ${name}: ordering steps and multiple-choice options are never cut off, before and after checking`, async () => {
      const app = await startApp(tempDataDir());
      const { context, page } = await newPage(browser, screen);
      try {
        await page.goto(app.url);
        await createProfile(page, 'Noor');
        await page.goto(`${app.url}#/play/${COURSE_ID}/${ordering.id}`);
        const frame = await playerScoFrame(page, COURSE_ID, ordering.id);
        await nextUntil(frame, ordering, sectionIndexOf(ordering, 'quiz'));
        expect(await clippedItems(frame)).toEqual([]);
        const q = quizOf(ordering);
        for (const [i, question] of q.questions.entries()) if (question.type === 'ordering' || question.type === 'multiple') await answer(frame, question, i, q.questions.length, false);
        expect(await clippedItems(frame)).toEqual([]);
        await frame.evaluate(`document.querySelector('.order-list').scrollIntoView({ block: 'start' })`);
        await screenshot(page, `quiz-ordering-${name}-after`);
      } finally {
        await context.close();
        await app.close();
      }
    });
  }

  it('retries one question after a failed attempt: focus on its first input, the result follows, the attempt stays the same', async () => {
    const { app, context, page, frame } = await openQuiz({ viewport: { width: 1280, height: 800 } });
    try {
      for (const [i, q] of quiz.questions.entries()) {
        if (i === matchingIndex) {
          await matchPartly(frame);
          await frame.getByRole('button', { name: `Controleer vraag ${i + 1}` }).click();
        } else await answer(frame, q, i, total, i % 2 === 0);
      }
      await frame.getByRole('button', { name: 'Toets afronden' }).click();
      await frame.getByRole('heading', { name: 'Resultaat' }).waitFor();
      const before = Number(/Je score: (\d+) %/.exec((await frame.locator('.quiz-result').textContent()) ?? '')?.[1]);
      expect(before).toBeLessThan(quiz.pass);
      await expect.poll(() => frame.locator('.quiz-result').textContent()).toContain('Elke vraag telt even zwaar.');

      await frame.getByRole('button', { name: `Probeer deze vraag opnieuw (vraag ${matchingIndex + 1})` }).click();
      await expect.poll(() => focused(frame)).toBe(`SELECT:${pairs[0]!.left}`);
      await frame.getByText('Je probeert een vraag opnieuw. Controleer ze, dan wordt je resultaat bijgewerkt.').waitFor();
      for (const p of pairs.slice(0, 2)) await group(frame).getByRole('combobox', { name: new RegExp(`^${escape(p.left)}`) }).selectOption({ label: p.right });
      await frame.getByRole('button', { name: `Controleer vraag ${matchingIndex + 1}` }).click();
      await card(frame).getByRole('heading', { level: 4, name: /^\W*Juist/ }).waitFor();

      const after = Number(/Je score: (\d+) %/.exec((await frame.locator('.quiz-result').textContent()) ?? '')?.[1]);
      expect(after).toBeGreaterThan(before);
      await frame.evaluate(`document.querySelector('.quiz-result').scrollIntoView({ block: 'end' })`);
      await screenshot(page, 'quiz-retry-question-nl');
      // Core stores what the SCO reported: the same score, still the first attempt.
      await expect
        .poll(() => {
          const row = app.core.db.prepare('SELECT score_scaled, cmi_json FROM attempts WHERE module_id = ?').get(module.id) as { score_scaled: number | null; cmi_json: string } | undefined;
          const state = decodeState((JSON.parse(row?.cmi_json ?? '{}') as { cmi?: { suspend_data?: string } }).cmi?.suspend_data);
          return { score: row?.score_scaled == null ? null : Math.round(row.score_scaled * 100), attempts: state?.qn };
        }, { timeout: 15_000 })
        .toEqual({ score: after, attempts: 1 });
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await context.close();
      await app.close();
    }
  });
});
