import type { Browser, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { createProfile, launchBrowser, newPage, pageErrors, screenshot, startApp, tempDataDir } from './harness';
import { COURSE_ID, nextUntil, playedCourse, playedModule, playerScoFrame, sectionIndexOf } from './play-module';

/**
 * 1280×800 at 200 % zoom is 640×400 CSS pixels. There the first paragraph of the first section
 * (eight lines at that width) cannot fit under any heading: its first three lines must show.
 */
const SCREENS: [string, BrowserContextOptions, number][] = [
  ['800x600', { viewport: { width: 800, height: 600 } }, Infinity],
  ['zoom200', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }, 3],
];
const REFLECTION = 'Lina mocht eerst zelf voorspellen wat zou drijven. Ik stelde een wedervraag in plaats van het antwoord te geven.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// String expressions: this file is compiled without the DOM library.
const pageFits = (target: Page | Frame) =>
  target.evaluate('document.scrollingElement.scrollHeight <= document.scrollingElement.clientHeight') as Promise<boolean>;
const focusedHeading = (page: Page) =>
  page.evaluate('(() => { const a = document.activeElement; return a && a.tagName === "H1" ? a.textContent.trim() : null; })()') as Promise<string | null>;
/** The bottom of the section's heading and of its first paragraph, and the frame's height, in the SCO's own pixels. */
const firstScreen = (frame: Frame) =>
  frame.evaluate(`(() => {
    const h = document.querySelector('article.section > h2');
    const p = document.querySelector('article.section p:not(.section-count):not(.section-meta)');
    const s = document.scrollingElement;
    const box = p.getBoundingClientRect();
    return { heading: h.getBoundingClientRect().bottom, paragraphTop: box.top, paragraph: box.bottom, line: parseFloat(getComputedStyle(p).lineHeight), height: innerHeight, scrolls: s.scrollHeight > s.clientHeight };
  })()`) as Promise<{ heading: number; paragraphTop: number; paragraph: number; line: number; height: number; scrolls: boolean }>;

async function expectFocusOn(page: Page, heading: string | RegExp) {
  await expect.poll(() => focusedHeading(page)).toMatch(heading);
}

const moduleIndex = playedCourse.modules.findIndex((m) => m.id === playedModule.id);
const following = playedCourse.modules[moduleIndex + 1]!;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('a flow that carries the learner', () => {
  for (const [name, screen, lines] of SCREENS) {
    it(`at ${name} the first screen of a module shows the section's heading and first paragraph, and only the module's frame scrolls`, async () => {
      const app = await startApp(tempDataDir());
      const { context, page } = await newPage(browser, screen);
      try {
        await page.goto(app.url);
        await createProfile(page, 'Noor');
        const module = playedCourse.modules[0]!;
        await page.goto(`${app.url}#/play/${COURSE_ID}/${module.id}`);
        const frame = await playerScoFrame(page, COURSE_ID, module.id);
        await frame.getByRole('heading', { level: 2, name: module.sections[0]!.title }).waitFor();

        await screenshot(page, `flow-first-screen-${name}`);
        const fit = await firstScreen(frame);
        expect(fit.heading).toBeLessThanOrEqual(fit.height);
        expect(Math.min(fit.paragraph, fit.paragraphTop + lines * fit.line)).toBeLessThanOrEqual(fit.height);
        expect(fit.scrolls).toBe(true);
        // One scroll container: the app's page and the host page around the SCO never scroll.
        expect(await pageFits(page)).toBe(true);
        expect(await pageFits(page.frames().find((f) => f.url().includes('/lms-host/'))!)).toBe(true);
        // The module title shows once, in the player bar; the table of contents waits behind "Inhoud".
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(module.title);
        const scoTitle = await frame.getByRole('heading', { level: 1, name: module.title }).boundingBox();
        expect(scoTitle?.width ?? 0).toBeLessThanOrEqual(1);
        const toggle = frame.getByRole('button', { name: 'Inhoud' });
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');
        await toggle.click();
        await frame.getByRole('navigation', { name: 'Onderdelen van deze module' }).getByRole('button', { name: /Samenvatting/ }).waitFor();
        await screenshot(page, `flow-contents-open-${name}`);
        await expectAccessible(page, `player at ${name}`);
        await expectAccessible(frame, `SCO at ${name} with its contents open`);
        expect(pageErrors(page)).toEqual([]);
      } finally {
        await context.close();
        await app.close();
      }
    });
  }

  it('keeps the player bar on one line at 1280 px', async () => {
    const app = await startApp(tempDataDir());
    const { context, page } = await newPage(browser, { viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(app.url);
      await createProfile(page, 'Noor');
      const longest = [...playedCourse.modules].sort((a, b) => b.title.length - a.title.length)[0]!;
      await page.goto(`${app.url}#/play/${COURSE_ID}/${longest.id}`);
      await playerScoFrame(page, COURSE_ID, longest.id);
      // One line: every item of the bar overlaps every other vertically.
      const boxes = await Promise.all((await page.locator('.player-bar > *').all()).map(async (item) => (await item.boundingBox())!));
      expect(boxes.length).toBeGreaterThanOrEqual(3);
      expect(Math.max(...boxes.map((b) => b.y))).toBeLessThan(Math.min(...boxes.map((b) => b.y + b.height)));
      expect(await pageFits(page)).toBe(true);
      await screenshot(page, 'flow-player-bar-1280');
    } finally {
      await context.close();
      await app.close();
    }
  });

  it('ends a module with "Volgende module", which opens the next one with nothing written lost, focus on the heading after each move', async () => {
    const app = await startApp(tempDataDir());
    const { context, page } = await newPage(browser);
    try {
      await page.goto(app.url);
      await createProfile(page, 'Amira');
      await expectFocusOn(page, 'Bibliotheek');

      await page.getByRole('link', { name: 'Open de cursus' }).click();
      await expectFocusOn(page, playedCourse.title);
      await page.goto(`${app.url}#/play/${COURSE_ID}/${playedModule.id}`);
      await expectFocusOn(page, new RegExp(`^${escape(playedModule.title)}`));
      const frame = await playerScoFrame(page, COURSE_ID, playedModule.id);

      await nextUntil(frame, playedModule, sectionIndexOf(playedModule, 'reflection'));
      await frame.getByRole('textbox', { name: /.+/ }).first().fill(REFLECTION);
      // Straight on, before the SCO's own save delay: what was just typed must still arrive.
      await frame.getByRole('navigation', { name: 'Onderdelen van deze module' }).getByRole('button', { name: /Samenvatting/ }).click();
      const next = frame.getByRole('button', { name: `Volgende module: ${following.title}` });
      await expectAccessible(frame, 'summary with the next module');
      await screenshot(page, 'flow-summary-next-module');
      await next.click();

      await expectFocusOn(page, new RegExp(`^${escape(following.title)}`));
      await playerScoFrame(page, COURSE_ID, following.id);
      expect(page.url()).toContain(`#/play/${COURSE_ID}/${following.id}`);
      await screenshot(page, 'flow-next-module-opened');

      await page.getByRole('link', { name: /Vorige module/ }).click();
      await expectFocusOn(page, new RegExp(`^${escape(playedModule.title)}`));
      const back = await playerScoFrame(page, COURSE_ID, playedModule.id);
      await nextUntil(back, playedModule, sectionIndexOf(playedModule, 'reflection'));
      await expect.poll(() => back.getByRole('textbox', { name: /.+/ }).first().inputValue()).toBe(REFLECTION);

      await page.getByRole('link', { name: /Terug naar de cursus/ }).click();
      await expectFocusOn(page, playedCourse.title);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await context.close();
      await app.close();
    }
  });

  it('continues where the learner is: start module 6, leave, and "Ga verder" on the course page, the library and the dashboard opens module 6', async () => {
    const app = await startApp(tempDataDir());
    const { context, page } = await newPage(browser);
    const sixth = playedCourse.modules[5]!;
    try {
      await page.goto(app.url);
      await createProfile(page, 'Noor');
      await page.goto(`${app.url}#/play/${COURSE_ID}/${sixth.id}`);
      await playerScoFrame(page, COURSE_ID, sixth.id);
      await page.getByRole('link', { name: /Terug naar de cursus/ }).click();
      await expectFocusOn(page, playedCourse.title);
      const onCourse = page.getByRole('link', { name: `Ga verder met ${sixth.title}` });
      expect(await onCourse.getAttribute('href')).toBe(`#/play/${COURSE_ID}/${sixth.id}`);

      // The modules grouped as the framework is built: module 6 under its kernthema and hefboom.
      const theme = playedCourse.framework.themes.find((t) => t.levers.some((l) => l.id === sixth.levers[0]))!;
      const lever = theme.levers.find((l) => l.id === sixth.levers[0])!;
      const themeGroup = page.getByRole('region', { name: `Kernthema: ${theme.title}` });
      const leverGroup = themeGroup.getByRole('region', { name: `Hefboom: ${lever.title}` });
      await leverGroup.getByRole('heading', { name: sixth.title }).waitFor();
      const serving = playedCourse.modules.filter((m) => m.levers.includes(lever.id)).length;
      await leverGroup.getByText(`0 van ${serving} modules afgerond`).waitFor();
      await page.getByRole('region', { name: `Overkoepelend kader: ${playedCourse.framework.umbrella.title}` }).waitFor();
      await expectAccessible(page, 'course page with grouped modules');
      await screenshot(page, 'flow-course-groups');

      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Bibliotheek' }).click();
      await expectFocusOn(page, 'Bibliotheek');
      const onLibrary = page.getByRole('link', { name: `Ga verder met ${sixth.title}` });
      expect(await onLibrary.getAttribute('href')).toBe(`#/play/${COURSE_ID}/${sixth.id}`);
      await screenshot(page, 'flow-library-continue');
      await page.getByRole('link', { name: 'Open de cursus' }).click();
      await expectFocusOn(page, playedCourse.title);

      await page.getByRole('link', { name: 'Mijn voortgang' }).first().click();
      await expectFocusOn(page, /Mijn voortgang/);
      const onDashboard = page.getByRole('link', { name: new RegExp(`^Ga verder met ${escape(sixth.title)}`) });
      await screenshot(page, 'flow-dashboard-continue');
      await onDashboard.click();
      await expectFocusOn(page, new RegExp(`^${escape(sixth.title)}`));
      await playerScoFrame(page, COURSE_ID, sixth.id);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await context.close();
      await app.close();
    }
  });
});
