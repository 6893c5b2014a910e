import path from 'node:path';
import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Packaging, ScormEdition } from '../../electron/core/contract';
import { loadCourse } from '../../electron/core/course';
import { openDatabase } from '../../electron/core/progress/database';
import { runExport } from '../../electron/core/scorm/pipeline';
import { packageDirs } from '../../electron/core/scorm/package-dirs';
import { expectAccessible } from './axe';
import { createProfile, launchBrowser, newPage, pageErrors, ROOT, screenshot, startApp, tempDataDir } from './harness';
import { closeAndReadCmi, launch, startTestLms } from './lms-page';
import { playerScoFrame } from './play-module';

/**
 * Issue 13, item 1: a scenario answered as a learner does, in the app's player and in exported
 * SCOs, its answer reported. A small fixture course, so the test does not depend on the real
 * course's text. Run `npm run build` first.
 */
const COURSES = path.join(ROOT, 'tests/fixtures/courses/scenario-e2e');
const COURSE_DIR = path.join(COURSES, 'scenario-mini');
const { course } = loadCourse(COURSE_DIR);
const module = course!.modules[0]!;
const SCENARIO = 's-paarse-boom';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Step 1: not the best choice (its consequence and the best one shown); step 2: the best. The path is "bd". */
async function playScenario(frame: Frame) {
  const first = frame.getByRole('group', { name: /^Stap 1 van 2/ });
  await first.getByRole('radio', { name: 'Je zegt: "Mooi! Maar bomen zijn toch groen?"' }).check();
  await first.locator('xpath=..').getByRole('button', { name: 'Kies' }).click();
  const verdict = frame.getByRole('heading', { level: 4, name: /Niet de beste keuze/ });
  await verdict.waitFor();
  // Focus follows the choice to its consequence, as after checking a quiz question.
  expect(await frame.evaluate('document.activeElement.textContent')).toContain('Niet de beste keuze');
  expect(await verdict.locator('xpath=..').textContent()).toContain('Amir neemt een groen potlood.');
  const second = frame.getByRole('group', { name: /^Stap 2 van 2/ });
  await second.getByRole('radio', { name: 'Je legt nieuw papier klaar.' }).check();
  await second.locator('xpath=..').getByRole('button', { name: 'Kies' }).click();
  await frame.getByText('Amir schildert een hele reeks herfstbomen').waitFor();
}

describe("a scenario in the app's player", () => {
  it('is answered with the keyboard-usable radios and kept in the learner\'s records with its result', async () => {
    const dataDir = tempDataDir();
    const app = await startApp(dataDir, [COURSES]);
    const { context, page } = await newPage(browser);
    await page.goto(app.url);
    await createProfile(page, 'Noor');
    await page.goto(`${app.url}#/play/${course!.id}/${module.id}`);
    const frame = await playerScoFrame(page, course!.id, module.id);
    await expectAccessible(frame, 'a scenario before the first choice');
    await playScenario(frame);
    await expectAccessible(frame, 'a scenario after both choices');
    await screenshot(page, 'scenario-app');
    // Leaving the player closes the SCO, which commits its state to the app.
    await page.goto(`${app.url}#/`);
    const { db } = openDatabase(dataDir);
    const rows = () => db.prepare('SELECT question_id, type, response, result FROM question_results').all();
    await expect.poll(rows, { timeout: 20_000 }).toEqual([{ question_id: SCENARIO, type: 'scenario', response: 'b[,]d', result: 'incorrect' }]);
    const cmi = JSON.parse((db.prepare('SELECT cmi_json FROM attempts').get() as { cmi_json: string }).cmi_json) as { cmi?: { interactions?: object } };
    expect(JSON.stringify(cmi)).toContain(`"id":"${SCENARIO}"`);
    db.close();
    expect(pageErrors(page)).toEqual([]);
    await context.close();
    await app.close();
  });
});

describe('a scenario in an exported package', () => {
  let lms: Awaited<ReturnType<typeof startTestLms>>;
  const hrefs: Record<string, string> = {};
  const CASES: [ScormEdition, Packaging][] = [
    ['scorm12', 'sco-per-module'],
    ['scorm2004', 'sco-per-module'],
    ['scorm2004', 'course-sco'],
  ];

  beforeAll(async () => {
    const packages: Record<string, Record<string, Uint8Array>> = {};
    for (const [edition, packaging] of CASES) {
      const options = { edition, modules: [module.id], lms: 'generic' as const, packaging };
      const pkg = await runExport({ course: course!, courseDir: COURSE_DIR, options, dirs: packageDirs(ROOT) });
      expect(pkg.findings.filter((f) => f.severity === 'error')).toEqual([]);
      const key = `${edition}-${packaging}`;
      packages[key] = unzipSync(pkg.zip);
      const manifest = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true }).parse(pkg.packages[0]!.manifest);
      const resources = [manifest.manifest.resources.resource].flat() as Record<string, string>[];
      hrefs[key] = `/pkg/${key}/${resources.find((r) => r['@_href'])!['@_href']}`;
    }
    lms = await startTestLms(packages);
  });
  afterAll(async () => {
    await lms?.close();
  });

  it.each(CASES)('reports a scored scenario as a choice interaction (%s, %s)', async (edition, packaging) => {
    const key = `${edition}-${packaging}`;
    const { context, page } = await newPage(browser);
    const frame = await launch(page, lms.base, edition, hrefs[key]!, null);
    if (packaging === 'course-sco') await frame.getByRole('list', { name: 'Alle modules' }).getByRole('button', { name: module.title }).click();
    await playScenario(frame);
    await screenshot(page, `scenario-${key}`);
    const cmi = await closeAndReadCmi(page, edition);
    const interactions = Object.values((cmi.interactions ?? {}) as Record<string, Record<string, unknown>>);
    const reported = interactions.find((i) => i.id === SCENARIO);
    const pattern = (i: Record<string, unknown> | undefined) => Object.values((i?.correct_responses ?? {}) as Record<string, { pattern: string }>)[0]?.pattern;
    if (edition === 'scorm12') {
      expect(reported).toMatchObject({ type: 'choice', student_response: 'b,d', result: 'wrong' });
      expect(pattern(reported)).toBe('a,d');
    } else {
      expect(reported).toMatchObject({ type: 'choice', learner_response: 'b[,]d', result: 'incorrect' });
      expect(pattern(reported)).toBe('a[,]d');
    }
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
