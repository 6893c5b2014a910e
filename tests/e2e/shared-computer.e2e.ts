import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCourse } from '../../electron/core/course';
import { blocksOf, emptyState, encodeState } from '../../electron/shared/sco-state';
import { cmi2004 } from '../helpers/course-factory';
import { expectAccessible } from './axe';
import { createProfile, launchBrowser, newPage, pageErrors, ROOT, screenshot, startApp, tempDataDir } from './harness';

const COURSE_ID = 'kleine-kinderen-grote-kansen';
const { course } = loadCourse(path.join(ROOT, 'courses', COURSE_ID));
const module = course!.modules.find((m) => blocksOf(m, 'reflection').length > 0)!;
const REFLECTION = 'Vandaag liet ik Lina zelf uitzoeken welke dingen drijven.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The open profile's session token, as this tab keeps it. */
async function tokenOf(page: Page): Promise<string> {
  const raw = await page.evaluate(() => sessionStorage.getItem('leerpad:session'));
  return (JSON.parse(raw!) as { token: string }).token;
}

interface Answer {
  status: number;
  body: { ok: boolean; data?: unknown; error?: { code: string } };
}

/** A call as the page makes it: same origin, the learner's own session. */
async function rpc(page: Page, name: string, args: object): Promise<Answer> {
  return page.evaluate<Answer, readonly [string, object]>(
    async ([n, a]) => {
      const res = await fetch(`./rpc/${n}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(a) });
      return { status: res.status, body: (await res.json()) as Answer['body'] };
    },
    [name, args] as const,
  );
}

/**
 * Stores a reflection the way the module player commits one. The module itself is played in
 * player.e2e.ts and sco-isolation.e2e.ts; here only what happens to the stored text matters.
 */
async function writeReflection(page: Page) {
  const session = await tokenOf(page);
  const launch = (await rpc(page, 'player/launch', { session, courseId: COURSE_ID, moduleId: module.id })).body.data as {
    attemptId: number;
    launchId: string;
    commitSeq: number;
  };
  const state = emptyState(module);
  state.r[blocksOf(module, 'reflection')[0]!.id] = REFLECTION;
  const cmi = cmi2004({ suspend: encodeState(state) });
  const saved = await rpc(page, 'progress/commit', { session, attemptId: launch.attemptId, launchId: launch.launchId, seq: launch.commitSeq + 1, cmi });
  expect(saved.body.ok).toBe(true);
}

describe('one school computer, one learner after another (issue 8, section 7)', () => {
  it("shows the picker on every start, keeps learner B away from A's profile, and lets the teacher reset A's PIN with A's work intact", async () => {
    const dataDir = tempDataDir();
    let app = await startApp(dataDir);
    let { context, page } = await newPage(browser, { acceptDownloads: true });
    await page.goto(app.url);

    // Learner A, without a PIN, writes a reflection and closes the app.
    await createProfile(page, 'Amira');
    const amiraId = ((await rpc(page, 'learner/list', {})).body.data as { id: string }[])[0]!.id;
    await writeReflection(page);
    await context.close();
    await app.close();

    // The next start shows the picker, not "Ingelogd als Amira".
    app = await startApp(dataDir);
    ({ context, page } = await newPage(browser, { acceptDownloads: true }));
    await page.goto(app.url);
    await page.getByRole('heading', { name: 'Wie ben jij?' }).waitFor();
    expect(await page.getByText('Ingelogd als Amira').count()).toBe(0);

    // Learner B sees A listed, with no way to export, rename or delete A.
    await page.getByRole('button', { name: 'Nieuw profiel' }).click();
    await createProfile(page, 'Bram');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.getByRole('link', { name: 'Exporteren' }).count()).toBe(0);
    await nav.getByRole('link', { name: 'Profielen beheren' }).click();
    await page.getByRole('heading', { name: 'Andere profielen op deze computer' }).waitFor();
    const amiraCard = page.locator('li', { has: page.getByRole('heading', { name: 'Amira' }) });
    expect(await amiraCard.getByRole('button').count()).toBe(0);
    await expectAccessible(page, 'profiles of learner B');
    await screenshot(page, 'profiles-others-nl');

    // Nor through core, with B's own session (the UI is not the only guard).
    const bram = await tokenOf(page);
    expect(await rpc(page, 'learner/delete', { id: amiraId, session: bram })).toMatchObject({ status: 409, body: { error: { code: 'TEACHER_PIN_NOT_SET' } } });
    const bramExport = await rpc(page, 'learner/export', { session: bram });
    expect(JSON.stringify(bramExport.body)).not.toContain('Lina');

    // The teacher sets a teacher PIN (lecturer mode stays open) and gives Amira a new PIN.
    await nav.getByRole('link', { name: 'Leerkracht' }).click();
    await page.getByRole('heading', { name: 'Leerkracht', level: 1 }).waitFor();
    // Keyboard focus moves to the new screen's heading.
    await page.waitForFunction("document.activeElement && document.activeElement.id === 'lecturer-title'");
    await page.getByText('Er is nog geen leerkrachtpincode op deze computer', { exact: false }).waitFor();
    const teacherPin = page.locator('.card', { has: page.getByRole('heading', { name: 'Leerkrachtpincode' }) });
    await teacherPin.getByLabel('Nieuwe pincode', { exact: true }).fill('9753');
    await teacherPin.getByLabel('Herhaal je pincode').fill('9753');
    await teacherPin.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De leerkrachtmodus staat open.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Nieuwe pincode voor Amira' }).click();
    const amiraAdmin = page.locator('li', { has: page.getByRole('heading', { name: 'Amira', level: 3 }) });
    await amiraAdmin.getByLabel('Nieuwe pincode', { exact: true }).fill('8642');
    await amiraAdmin.getByLabel('Herhaal je pincode').fill('8642');
    await amiraAdmin.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De pincode van Amira is gewijzigd.', { exact: false }).waitFor();
    await expectAccessible(page, 'lecturer mode, open');
    await screenshot(page, 'lecturer-open-nl');

    // Once a teacher PIN exists, B's session alone still cannot delete A.
    expect(await rpc(page, 'learner/delete', { id: amiraId, session: bram })).toMatchObject({ status: 401, body: { error: { code: 'TEACHER_REQUIRED' } } });

    // Amira signs in with the new PIN: her reflection is still there.
    await page.getByRole('button', { name: 'Profiel wisselen' }).click();
    await page.getByRole('button', { name: 'Kies profiel Amira' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pincode voor Amira' });
    await dialog.getByLabel('Pincode').fill('8642');
    await dialog.getByRole('button', { name: 'Openen' }).click();
    await page.getByText('Ingelogd als Amira').waitFor();
    await page.getByRole('link', { name: 'Open de cursus' }).click();
    await page.getByRole('link', { name: 'Mijn voortgang' }).click();
    await page.getByRole('heading', { name: 'Je reflecties' }).waitFor();
    // Her own reflection, listed by its own first line on her own dashboard.
    expect(await page.getByText(REFLECTION).count()).toBe(1);
    const own = await rpc(page, 'learner/export', { session: await tokenOf(page) });
    expect(JSON.stringify(own.body)).toContain(REFLECTION);

    // And the lecturer mode closed with Bram's profile: the Teacher screen asks the PIN again.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Leerkracht' }).click();
    await page.getByText('De leerkrachtmodus is gesloten.', { exact: false }).waitFor();
    await expectAccessible(page, 'lecturer mode, closed');
    await screenshot(page, 'lecturer-closed-nl');
    // Refused calls above show up as "Failed to load resource" (their 401/409); nothing else may.
    expect(pageErrors(page).filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
    await context.close();
    await app.close();
  });
});
