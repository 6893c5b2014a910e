import path from 'node:path';
import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScormEdition } from '../../electron/core/contract';
import { decodeState } from '../../electron/shared/sco-state';
import { loadCourse } from '../../electron/core/course';
import { runExport } from '../../electron/core/scorm/pipeline';
import { packageDirs } from '../../electron/core/scorm/package-dirs';
import { expectAccessible } from './axe';
import { launchBrowser, newPage, ROOT, screenshot } from './harness';
import { closeAndReadCmi, launch, startTestLms } from './lms-page';
import { answer, nextUntil, quizOf, sectionIndexOf } from './play-module';

const COURSE_DIR = path.join(ROOT, 'courses/kleine-kinderen-grote-kansen');
const { course } = loadCourse(COURSE_DIR);
const module = course!.modules.find((m) => m.id === 'hefboom-onderzoeken')!;
const quiz = quizOf(module);
const total = quiz.questions.length;
const score = Math.round(((total - 1) / total) * 100);

let browser: Browser;
let lms: Awaited<ReturnType<typeof startTestLms>>;
const hrefs: Record<string, string> = {};

beforeAll(async () => {
  const packages: Record<string, Record<string, Uint8Array>> = {};
  for (const edition of ['scorm12', 'scorm2004'] as const) {
    // One SCO per module, for an LMS with full SCORM navigation: the preflight refuses that layout for Moodle 2004 (issue 9).
    const options = { edition, modules: ['welkom', module.id], lms: 'generic' as const, packaging: 'sco-per-module' as const };
    const pkg = await runExport({ course: course!, courseDir: COURSE_DIR, options, dirs: packageDirs(ROOT) });
    expect(pkg.findings.filter((f) => f.severity === 'error')).toEqual([]);
    packages[edition] = unzipSync(pkg.zip);
    // Launch what the manifest says, as an LMS does.
    const manifest = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true }).parse(pkg.packages[0]!.manifest);
    const resources = [manifest.manifest.resources.resource].flat() as Record<string, string>[];
    hrefs[edition] = `/pkg/${edition}/${resources.find((r) => r['@_identifier'] === `RES-${module.id}`)!['@_href']}`;
  }
  lms = await startTestLms(packages);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await lms?.close();
});

/** Plays the whole module: every section, the reflection, the kijkwijzer, the quiz with one wrong answer. */
async function playToTheEnd(frame: Frame) {
  await nextUntil(frame, module, sectionIndexOf(module, 'reflection'));
  await frame.getByRole('textbox', { name: /.+/ }).first().fill('Ik liet de kleuters zelf uitzoeken wat drijft.');
  await nextUntil(frame, module, sectionIndexOf(module, 'checklist'));
  const checklist = module.sections[sectionIndexOf(module, 'checklist')]!.blocks.find((b) => b.kind === 'checklist')!;
  if (checklist.kind !== 'checklist') throw new Error('no checklist');
  for (const item of checklist.items) await frame.getByRole('group', { name: item.text }).getByRole('radio').nth(2).check();
  await nextUntil(frame, module, sectionIndexOf(module, 'quiz'));
  for (const [i, q] of quiz.questions.entries()) await answer(frame, q, i, total, i !== 0);
  await frame.getByRole('button', { name: 'Toets afronden' }).click();
  await frame.getByText(`Je score: ${score} %.`, { exact: false }).waitFor();
  for (const s of module.sections) {
    await frame.getByRole('navigation', { name: 'Onderdelen van deze module' }).getByRole('button', { name: s.title, exact: false }).first().click();
  }
}

const interactionsOf = (cmi: Record<string, unknown>) => Object.values((cmi.interactions ?? {}) as Record<string, Record<string, string>>);
const objectivesOf = (cmi: Record<string, unknown>) => Object.values((cmi.objectives ?? {}) as Record<string, Record<string, unknown>>);

describe.each(['scorm2004', 'scorm12'] as ScormEdition[])('an exported %s package in a test LMS', (edition) => {
  it('plays to the end, reports the CMI an LMS grades from, and resumes in the same place', async () => {
    const { context, page } = await newPage(browser);
    let frame = await launch(page, lms.base, edition, hrefs[edition]!, null);
    await expectAccessible(frame, `${edition} package, start`);
    await playToTheEnd(frame);
    await screenshot(page, `export-${edition}-played`);
    const cmi = await closeAndReadCmi(page, edition);

    const interactions = interactionsOf(cmi);
    // Private reflections (the default): one interaction per question, none carrying reflection text.
    expect(interactions.map((i) => i.id)).toEqual(quiz.questions.map((q) => q.id));
    expect(JSON.stringify(cmi)).not.toContain('drijft');
    const results = interactions.map((i) => i.result);
    expect(results[0]).toBe(edition === 'scorm12' ? 'wrong' : 'incorrect');
    expect(results.slice(1).every((r) => r === 'correct')).toBe(true);
    expect(objectivesOf(cmi).map((o) => o.id)).toEqual(module.levers);
    const passed = score >= quiz.pass;

    if (edition === 'scorm2004') {
      expect(cmi).toMatchObject({ completion_status: 'completed', success_status: passed ? 'passed' : 'failed', exit: 'suspend' });
      expect(cmi.score).toMatchObject({ raw: String(score), min: '0', max: '100', scaled: String(score / 100) });
      expect(cmi.location).toBe(module.sections[module.sections.length - 1]!.id);
      expect(cmi.session_time).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$/);
      expect(interactions.every((i) => i.learner_response !== '' && i.description !== '')).toBe(true);
    } else {
      const core = cmi.core as Record<string, unknown>;
      expect(core).toMatchObject({ lesson_status: passed ? 'passed' : 'failed', exit: 'suspend' });
      expect(core.score).toMatchObject({ raw: String(score), min: '0', max: '100' });
      expect(core.lesson_location).toBe(module.sections[module.sections.length - 1]!.id);
      expect(core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    }
    const state = decodeState(cmi.suspend_data as string);
    expect(state).not.toBeNull();
    expect(state!.seen).toBe('1'.repeat(module.sections.length));
    expect(Object.keys(state!.q).sort()).toEqual(quiz.questions.map((q) => q.id).sort());
    expect(String(cmi.suspend_data).length).toBeLessThanOrEqual(edition === 'scorm12' ? 4096 : 64000);

    // Second launch with that CMI, as the LMS hands it back: same place, answers shown.
    const resumed = edition === 'scorm12' ? { ...cmi, core: { ...(cmi.core as object), entry: 'resume' } } : { ...cmi, entry: 'resume' };
    frame = await launch(page, lms.base, edition, hrefs[edition]!, resumed);
    await frame.getByRole('heading', { level: 2, name: module.sections[module.sections.length - 1]!.title }).waitFor();
    await frame.getByRole('navigation', { name: 'Onderdelen van deze module' }).getByRole('button', { name: /Test jezelf/ }).click();
    for (let i = 0; i < total; i++) {
      const card = frame.getByRole('group', { name: new RegExp(`^Vraag ${i + 1} van ${total}`) }).locator('xpath=..');
      expect(await card.getByRole('heading', { level: 4 }).textContent()).toContain(i === 0 ? 'Niet juist' : 'Juist');
    }
    await frame.getByText(`Je score: ${score} %.`, { exact: false }).waitFor();
    await screenshot(page, `export-${edition}-resumed`);
    await context.close();
  });
});
