import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCourse } from '../../electron/core/scorm/export';
import { packageDirs } from '../../electron/core/scorm/package-dirs';
import { launchBrowser, newPage, ROOT, screenshot } from './harness';
import { moodleScoFrame, openFromToc, startMoodleLms, visitLog, type MoodleLms } from './moodle-lms';
import { COURSE_ID, playedCourse, playedModule } from './play-module';

/**
 * Exported packages in a test LMS that behaves like Moodle 4.3 (moodle-lms.ts): issue 9,
 * acceptance 1. The student's view is the SCO; the lecturer's is what the LMS stored and grades.
 */

const COURSE_DIR = path.join(ROOT, 'courses', COURSE_ID);
/** Five modules; the student's module 5 is the played module (quiz, reflection, kijkwijzer). */
const chosen = playedCourse.modules.slice(0, 5);
const [first, fifth] = [chosen[0]!, chosen[4]!];

let browser: Browser;
let lms: MoodleLms;

beforeAll(async () => {
  expect(fifth.id).toBe(playedModule.id);
  const packages: Record<string, Record<string, Uint8Array>> = {};
  // sco-per-module for a generic LMS: the Moodle preflight refuses this layout for 2004, which is
  // what the first test shows the reason for.
  const perModule = await exportCourse(playedCourse, COURSE_DIR, { edition: 'scorm2004', modules: chosen.map((m) => m.id), lms: 'generic', packaging: 'sco-per-module' }, packageDirs(ROOT));
  packages['per-module-2004'] = unzipSync(perModule.zip);
  lms = await startMoodleLms(packages);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await lms?.close();
});

describe('a sco-per-module SCORM 2004 package in Moodle', () => {
  it('loses module 5 when the student opens it from the table of contents after module 1: Initialize gets 104 and nothing is stored', async () => {
    const activity = 'per-module-2004';
    const scoes = lms.activity(activity).scoes;
    const [sco1, sco5] = [scoes.find((s) => s.title === first.title)!, scoes.find((s) => s.title === fifth.title)!];
    const { context, page } = await newPage(browser);
    await page.goto(lms.playerUrl(activity, 'student1'));
    // "Enter" opens the first SCO; the student reads on, then picks module 5 in Moodle's own menu.
    const frame1 = await moodleScoFrame(page, sco1.href);
    await frame1.getByRole('button', { name: /^Volgende: / }).click();
    const frame5 = await openFromToc(page, lms, activity, fifth.title);
    await lms.db.waitFor(() => lms.tracks(activity, 'student1', sco1.id)['cmi.exit'] === 'suspend', 'module 1 suspended on leaving it');

    expect(await visitLog(page)).toContainEqual(expect.objectContaining({ sco: sco5.id, call: 'Initialize', code: '104' }));
    await frame5.getByRole('status').filter({ hasText: /leerplatform/i }).waitFor();
    await frame5.getByRole('button', { name: /^Volgende: / }).click();
    await screenshot(page, 'moodle-sco-per-module-2004-module-5');
    // The student worked in module 5; leaving the activity would normally store it.
    await page.goto(`${lms.base}/course/view.php`);
    await lms.db.waitFor(() => lms.db.apiLog.some((e) => e.sco === sco5.id && e.code === '104'), 'the 104 in the server log');
    expect(lms.tracks(activity, 'student1', sco5.id)).toEqual({});
    expect(lms.db.stored.filter((t) => t.sco === sco5.id)).toEqual([]);
    expect(lms.tracks(activity, 'student1', sco1.id)).toMatchObject({ 'cmi.exit': 'suspend' });
    await context.close();
  });
});
