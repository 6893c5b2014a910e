import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModuleDocument } from '../../electron/core/contract';
import { packageDirs } from '../../electron/core/scorm/package-dirs';
import { runExport } from '../../electron/core/scorm/pipeline';
import { expectAccessible } from './axe';
import { createProfile, launchBrowser, newPage, pageErrors, ROOT, screenshot, startApp, tempDataDir } from './harness';
import { moodleScoFrame, startMoodleLms } from './moodle-lms';
import { COURSE_ID, nextUntil, playedCourse, playerScoFrame } from './play-module';

const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];
/** The body background of each palette (renderer/shared/tokens.css): proof the scheme really applies. */
const BODY_BACKGROUND: Record<Scheme, string> = { light: 'rgb(251, 250, 247)', dark: 'rgb(20, 23, 27)' };
/** 1280×800 at 200 % zoom is 640×400 CSS pixels. */
const ZOOMED = { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 };

const hasBlock = (m: ModuleDocument, kind: 'quote' | 'callout') => m.sections.findIndex((s) => s.blocks.some((b) => b.kind === kind));
/** The first module with a pull-quote and a callout: its sections show every part of the look. */
const module = playedCourse.modules.find((m) => hasBlock(m, 'quote') >= 0 && hasBlock(m, 'callout') >= 0)!;
const first = module.sections[0]!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// A string expression: this file is compiled without the DOM library.
const backgroundOf = (target: Page | Frame) => target.evaluate('getComputedStyle(document.body).backgroundColor') as Promise<string>;

async function openCourse(page: Page) {
  await page.getByRole('link', { name: 'Open de cursus' }).click();
  await page.getByRole('heading', { name: playedCourse.title, level: 1 }).waitFor();
}

async function openModule(page: Page, url: string): Promise<Frame> {
  await page.goto(`${url}#/play/${COURSE_ID}/${module.id}`);
  return playerScoFrame(page, COURSE_ID, module.id);
}

describe('dark mode across the app', () => {
  it('keeps every screen a learner or lecturer meets readable (axe, contrast included) in the dark palette', async () => {
    const app = await startApp(tempDataDir());
    const { context, page } = await newPage(browser, { colorScheme: 'dark' });
    try {
      await page.goto(app.url);
      await page.getByRole('heading', { name: 'Welkom bij Leerpad' }).waitFor();
      expect(await backgroundOf(page)).toBe(BODY_BACKGROUND.dark);
      await expectAccessible(page, 'first run (dark)');
      await createProfile(page, 'Noor');
      await page.getByRole('heading', { name: 'Bibliotheek' }).waitFor();
      await expectAccessible(page, 'library (dark)');
      await screenshot(page, 'look-library-dark-nl');
      await openCourse(page);
      await page.getByRole('link', { name: 'Mijn voortgang' }).first().click();
      await page.getByRole('heading', { name: 'Mijn voortgang', level: 1 }).waitFor();
      await expectAccessible(page, 'dashboard (dark)');
      await screenshot(page, 'look-dashboard-dark-nl');
      await page.getByRole('link', { name: 'Profielen beheren' }).click();
      await page.getByRole('heading', { name: 'Profielen beheren' }).waitFor();
      await expectAccessible(page, 'manage profiles (dark)');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Leerkracht' }).click();
      await page.getByRole('heading', { name: 'Leerkracht', level: 1 }).waitFor();
      await expectAccessible(page, 'lecturer (dark)');
      await screenshot(page, 'look-lecturer-dark-nl');
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await context.close();
      await app.close();
    }
  });
});

describe('a course that looks like one, in light and dark', () => {
  for (const scheme of SCHEMES) {
    it(`shows the cover and each section's reading time, accessible in ${scheme} mode at 1280 px and at 200 % zoom`, async () => {
      const app = await startApp(tempDataDir());
      const { context, page } = await newPage(browser, { colorScheme: scheme });
      try {
        await page.goto(app.url);
        await createProfile(page, 'Noor');
        await openCourse(page);
        expect(await backgroundOf(page)).toBe(BODY_BACKGROUND[scheme]);

        const cover = page.getByRole('group', { name: 'Zo is de cursus opgebouwd' });
        await cover.waitFor();
        const { framework } = playedCourse;
        for (const node of [framework.umbrella, ...framework.themes, ...framework.themes.flatMap((t) => t.levers)]) {
          await cover.getByText(node.title, { exact: true }).waitFor();
        }
        await page.getByText(`Door ${playedCourse.authors[0]!.name}`, { exact: false }).waitFor();
        await expectAccessible(page, `course page with cover (${scheme})`);
        await screenshot(page, `look-course-${scheme}-nl`);

        const frame = await openModule(page, app.url);
        expect(await backgroundOf(frame)).toBe(BODY_BACKGROUND[scheme]);
        const readingTime = `± ${first.readingMinutes} min lezen`;
        await frame.locator('.section-count').filter({ hasText: readingTime }).waitFor();
        await frame.getByRole('navigation', { name: 'Onderdelen van deze module' }).getByText(readingTime).first().waitFor({ state: 'attached' });
        await expectAccessible(frame, `module start (${scheme})`);
        await expectAccessible(page, `player page (${scheme})`);
        await screenshot(page, `look-module-${scheme}-nl`);

        // Forward only, the way "Volgende" goes: the earlier of the two sections first.
        const kinds = (['quote', 'callout'] as const).slice().sort((a, b) => hasBlock(module, a) - hasBlock(module, b));
        for (const kind of kinds) {
          await nextUntil(frame, module, hasBlock(module, kind));
          await frame.locator(kind === 'quote' ? 'figure.quote' : 'aside.callout').first().waitFor();
          await expectAccessible(frame, `section with a ${kind} (${scheme})`);
        }
        await frame.locator('figure.quote').first().scrollIntoViewIfNeeded();
        await screenshot(page, `look-quote-${scheme}-nl`);

        const zoomed = await newPage(browser, { ...ZOOMED, colorScheme: scheme });
        try {
          await zoomed.page.goto(app.url);
          await zoomed.page.getByRole('button', { name: 'Kies profiel Noor' }).click();
          await zoomed.page.getByText('Ingelogd als Noor').waitFor();
          await openCourse(zoomed.page);
          await zoomed.page.getByRole('group', { name: 'Zo is de cursus opgebouwd' }).waitFor();
          await expectAccessible(zoomed.page, `course page at 200 % (${scheme})`);
          await screenshot(zoomed.page, `look-course-zoom-${scheme}-nl`);
          const zoomedFrame = await openModule(zoomed.page, app.url);
          await zoomedFrame.locator('.section-count').filter({ hasText: readingTime }).waitFor();
          await expectAccessible(zoomedFrame, `module start at 200 % (${scheme})`);
          await screenshot(zoomed.page, `look-module-zoom-${scheme}-nl`);
          expect(pageErrors(zoomed.page)).toEqual([]);
        } finally {
          await zoomed.context.close();
        }
        expect(pageErrors(page)).toEqual([]);
      } finally {
        await context.close();
        await app.close();
      }
    });
  }
});

describe('the course SCO in an LMS, in light and dark', () => {
  it('opens its menu with the subtitle, the authors and the framework of the chosen modules, accessible in both schemes', async () => {
    const chosen = playedCourse.modules.slice(0, 5);
    const result = await runExport({
      course: playedCourse,
      courseDir: path.join(ROOT, 'courses', COURSE_ID),
      options: { modules: chosen.map((m) => m.id), edition: 'scorm2004', lms: 'moodle', packaging: 'course-sco', reflections: 'private' },
      dirs: packageDirs(ROOT),
    });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const lms = await startMoodleLms({ course: unzipSync(result.zip) });
    try {
      const [sco] = lms.activity('course').scoes;
      // The levers the five modules serve, with their themes: what the menu's framework must name.
      const leverIds = new Set(chosen.flatMap((m) => m.levers));
      const levers = playedCourse.framework.themes.flatMap((t) => t.levers.filter((l) => leverIds.has(l.id)));
      for (const scheme of SCHEMES) {
        const { context, page } = await newPage(browser, { colorScheme: scheme });
        try {
          await page.goto(lms.playerUrl('course', `student-${scheme}`));
          const frame = await moodleScoFrame(page, sco!.href);
          const figure = frame.getByRole('figure', { name: 'Zo is de cursus opgebouwd' });
          await figure.waitFor();
          expect(levers.length).toBeGreaterThan(0);
          for (const lever of levers) await figure.getByText(lever.title, { exact: true }).waitFor();
          await frame.getByText(playedCourse.subtitle!, { exact: true }).waitFor();
          await frame.getByText(`Door ${playedCourse.authors[0]!.name}`, { exact: false }).waitFor();
          expect(await backgroundOf(frame)).toBe(BODY_BACKGROUND[scheme]);
          await expectAccessible(frame, `course SCO menu (${scheme})`);
          await screenshot(page, `look-course-sco-${scheme}-nl`);
        } finally {
          await context.close();
        }
      }
    } finally {
      await lms.close();
    }
  });
});
