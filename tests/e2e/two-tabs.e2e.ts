import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { createProfile, launchBrowser, newPage, startApp, tempDataDir } from './harness';
import { COURSE_ID, nextUntil, openModuleFromLibrary, playedModule, playerScoFrame, sectionIndexOf } from './play-module';

const module = playedModule;
const REFLECTION_SECTION = sectionIndexOf(module, 'reflection');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openReflection(page: Page): Promise<Frame> {
  const frame = await openModuleFromLibrary(page, module);
  await nextUntil(frame, module, REFLECTION_SECTION);
  return frame;
}

describe('recipe: two tabs on the same module (issue 8 §4)', () => {
  it('tells the older tab its module was continued elsewhere and reloads the newest state, instead of showing it as saved', async () => {
    const app = await startApp(tempDataDir());
    const stored = () => (app.core.db.prepare('SELECT text FROM reflections').all() as { text: string }[]).map((r) => r.text);
    const { context, page: tab1 } = await newPage(browser);
    await tab1.goto(app.url);
    await createProfile(tab1, 'Amira');
    let frame1 = await openReflection(tab1);
    // Tab 1 is idle (its move to the reflection is stored) before tab 2 opens the module.
    const location = () => (app.core.db.prepare('SELECT location FROM attempts').get() as { location: string | null } | undefined)?.location;
    await expect.poll(location, { timeout: 30_000 }).toBe(module.sections[REFLECTION_SECTION]!.id);

    const tab2 = await context.newPage();
    await tab2.goto(app.url);
    await tab2.getByRole('button', { name: 'Kies profiel Amira' }).click();
    await tab2.getByText('Ingelogd als Amira').waitFor();
    const frame2 = await openReflection(tab2);
    await frame2.getByRole('textbox', { name: /.+/ }).first().fill('Geschreven in het tweede tabblad.');
    await expect.poll(stored, { timeout: 30_000 }).toEqual(['Geschreven in het tweede tabblad.']);

    // Tab 1 commits on its own (hidden, a section change) or when its learner types on: either way
    // its commit now comes from a launch that tab 2 replaced.
    await tab1.bringToFront();
    const notice = tab1.getByRole('alert').filter({ hasText: 'Deze module werd intussen in een ander venster of tabblad verder gezet' });
    if ((await notice.count()) === 0) {
      // The reload may detach this frame mid-typing: that is the behaviour under test, not a failure.
      await frame1.getByRole('textbox', { name: /.+/ }).first().fill('Geschreven in het eerste tabblad, dat al open stond.').catch(() => undefined);
    }
    await notice.waitFor({ timeout: 30_000 });
    await expectAccessible(tab1, 'player after a conflict');

    // The refused launch's frame goes; a new launch shows what is stored.
    await expect.poll(() => frame1.isDetached(), { timeout: 30_000 }).toBe(true);
    frame1 = await playerScoFrame(tab1, COURSE_ID, module.id);
    await nextUntil(frame1, module, REFLECTION_SECTION);
    expect(await frame1.getByRole('textbox', { name: /.+/ }).first().inputValue()).toBe('Geschreven in het tweede tabblad.');
    expect(stored()).toEqual(['Geschreven in het tweede tabblad.']);
    expect(await tab1.getByText('Je laatste werk is nog niet bewaard.').count()).toBe(0);

    await context.close();
    await app.close();
  });
});
