import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProfile, launchBrowser, newPage, pageErrors, startApp, tempDataDir } from './harness';
import { COURSE_ID, nextUntil, openModuleFromLibrary, playedModule, playerScoFrame } from './play-module';

const module = playedModule;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What a hostile SCO tries from inside its frame; each probe reports what it got, or that it was refused. */
const PROBES = {
  'window.top.document': 'return window.top.document.body.innerHTML',
  'window.top.sessionStorage': 'return JSON.stringify(window.top.sessionStorage)',
  'window.top.localStorage': 'return JSON.stringify(window.top.localStorage)',
  'window.top.leerpad': 'return typeof window.top.leerpad',
  'window.top.location.href': 'return window.top.location.href',
  "fetch(app + '/rpc/learner/list')": "return fetch(app + '/rpc/learner/list', { method: 'POST', body: '{}' }).then((r) => r.text())",
  "fetch(app + '/rpc/learner/list', no-cors)": "return fetch(app + '/rpc/learner/list', { method: 'POST', body: '{}', mode: 'no-cors' }).then((r) => r.type)",
  "fetch(app + '/')": "return fetch(app + '/').then((r) => r.text())",
};

describe('a SCO frame cannot reach the app (issue 8, section 3)', () => {
  it("plays on its own origin: no access to the app's page, storage, session token or /rpc; its progress is still stored and nothing it leaves in the browser reaches the next SCO", async () => {
    const dataDir = tempDataDir();
    const app = await startApp(dataDir);
    const appOrigin = new URL(app.url).origin;
    const { context, page } = await newPage(browser);
    await page.goto(app.url);
    await createProfile(page, 'Amira');
    const frame = await openModuleFromLibrary(page, module);

    expect(new URL(frame.url()).origin).toBe(app.contentOrigin);
    expect(app.contentOrigin).not.toBe(appOrigin);

    for (const [name, body] of Object.entries(PROBES)) {
      const outcome = await frame.evaluate(
        async ({ body, app }) => {
          try {
            const value: unknown = await new Function('app', body)(app);
            return { refused: false, value: String(value) };
          } catch (e) {
            return { refused: true, value: String(e) };
          }
        },
        { body, app: appOrigin },
      );
      expect(outcome, name).toMatchObject({ refused: true });
    }

    // The session token is the app's alone: nothing the SCO can read holds it.
    const token = await page.evaluate(() => (globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }).sessionStorage.getItem('leerpad:session'));
    expect(token).toMatch(/token/);
    const { token: secret } = JSON.parse(token!) as { token: string };
    const visible = await frame.evaluate(() => {
      const g = globalThis as unknown as { document: { documentElement: { outerHTML: string }; cookie: string; referrer: string }; localStorage: object; sessionStorage: object; name: string; location: { href: string }; parent: { document: { documentElement: { outerHTML: string }; referrer: string } } };
      return [g.document.documentElement.outerHTML, g.document.cookie, g.document.referrer, JSON.stringify(g.localStorage), JSON.stringify(g.sessionStorage), g.name, g.location.href, g.parent.document.documentElement.outerHTML, g.parent.document.referrer].join('\n');
    });
    expect(visible).not.toContain(secret);

    // A commit forged straight to the app's window (not through the host's port) is ignored.
    await frame.evaluate(() => {
      const forged = { bridge: 'leerpad-lms/1', type: 'commit', cmi: { completion_status: 'completed', success_status: 'passed' }, terminate: true };
      (globalThis as unknown as { top: { postMessage(m: unknown, o: string): void } }).top.postMessage(forged, '*');
    });

    // The learner's own progress still reaches SQLite through the host's SCORM API.
    const second = module.sections[1]!;
    await nextUntil(frame, module, 1);
    const attempt = () =>
      app.core.db.prepare('SELECT location, completion, commit_seq FROM attempts WHERE course_id = ? AND module_id = ?').get(COURSE_ID, module.id) as
        | { location: string | null; completion: string; commit_seq: number }
        | undefined;
    await expect.poll(() => attempt()?.location, { timeout: 10_000 }).toBe(second.id);
    expect(attempt()).toMatchObject({ completion: 'incomplete' });

    // What a SCO leaves in its origin's storage is gone when the next SCO starts: the content origin is
    // shared by every profile on the computer, so the next learner's SCO would read it.
    await frame.evaluate(`(async () => {
      localStorage.setItem('left-behind', 'Lina');
      sessionStorage.setItem('left-behind', 'Lina');
      await new Promise((resolve, reject) => { const r = indexedDB.open('left-behind'); r.onsuccess = () => { r.result.close(); resolve(null); }; r.onerror = reject; });
    })()`);
    await page.getByRole('link', { name: /Terug naar de cursus/ }).click();
    await page.locator('li', { has: page.getByRole('heading', { name: module.title, exact: true }) }).getByRole('link').click();
    const next = await playerScoFrame(page, COURSE_ID, module.id);
    const left = await next.evaluate(`(async () => ({ local: localStorage.length, session: sessionStorage.length, databases: (await indexedDB.databases()).map((d) => d.name) }))()`);
    expect(left).toEqual({ local: 0, session: 0, databases: [] });

    // The only console errors are the browser's own refusals of the probes above.
    expect(pageErrors(page).filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
    await context.close();
    await app.close();
  });
});
