import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProfile, launchBrowser, newPage, pageErrors, startApp, tempDataDir } from './harness';
import { nextUntil, openModuleFromLibrary, playedModule, sectionIndexOf } from './play-module';

const module = playedModule;
/** Distinctive enough that any copy of it, anywhere, is found by a substring search. */
const SECRET = 'Vertrouwelijk-Amira-7Q3: vandaag twijfelde ik aan mijn aanpak met Noah en zijn mama.';
const NEEDLE = 'Vertrouwelijk-Amira-7Q3';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const openModule = (page: Page) => openModuleFromLibrary(page, module);

/** The browser APIs the storage dump uses (this test compiles without the DOM library). */
interface Req<T> {
  result: T;
  error: unknown;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}
interface IdbDatabase {
  objectStoreNames: ArrayLike<string>;
  transaction(name: string): { objectStore(name: string): { getAll(): Req<unknown[]> } };
  close(): void;
}
interface KeyValues {
  length: number;
  key(i: number): string | null;
  getItem(key: string): string | null;
}
interface PageGlobals {
  location: { origin: string };
  localStorage: KeyValues;
  sessionStorage: KeyValues;
  indexedDB: { databases(): Promise<{ name?: string }[]>; open(name: string): Req<IdbDatabase> };
  caches: {
    keys(): Promise<string[]>;
    open(name: string): Promise<{ keys(): Promise<unknown[]>; match(request: unknown): Promise<{ text(): Promise<string> } | undefined> }>;
  };
}

/**
 * Everything a page of this frame's origin can read of the browser's storage: localStorage,
 * sessionStorage, every IndexedDB record and every Cache Storage response, as one text.
 */
function storageSeenBy(frame: Frame): Promise<string> {
  return frame.evaluate(async () => {
    const g = globalThis as unknown as PageGlobals;
    const done = <T,>(req: Req<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const parts: string[] = [];
    for (const store of [g.localStorage, g.sessionStorage]) {
      for (let i = 0; i < store.length; i++) parts.push(`${store.key(i)}=${store.getItem(store.key(i)!)}`);
    }
    for (const info of await g.indexedDB.databases()) {
      const db = await done(g.indexedDB.open(info.name!));
      for (const name of Array.from(db.objectStoreNames)) parts.push(JSON.stringify(await done(db.transaction(name).objectStore(name).getAll())));
      db.close();
    }
    for (const key of await g.caches.keys()) {
      const cache = await g.caches.open(key);
      for (const request of await cache.keys()) parts.push((await (await cache.match(request))?.text()) ?? '');
    }
    return `${g.location.origin}\n${parts.join('\n')}`;
  });
}

describe('a learner’s text stays in that learner’s profile (issue 8 §2)', () => {
  it("leaves a second learner in the same browser not a byte of the first learner's reflection: storage of every origin, every frame's DOM", async () => {
    const dataDir = tempDataDir();
    const app = await startApp(dataDir);
    const { context, page } = await newPage(browser);
    await page.goto(app.url);

    await createProfile(page, 'Amira', '2468');
    let frame = await openModule(page);
    await nextUntil(frame, module, sectionIndexOf(module, 'reflection'));
    await frame.getByRole('textbox', { name: /.+/ }).first().fill(SECRET);
    await frame.getByText('Bewaard', { exact: true }).first().waitFor();
    // Amira closes her profile straight from the player: the frame's last commit is still on its way.
    await page.getByRole('button', { name: 'Profiel wisselen' }).click();
    await page.getByRole('heading', { name: 'Wie ben jij?' }).waitFor();

    // Nothing she wrote is lost: it reached her row in SQLite.
    await expect
      .poll(() => (app.core.db.prepare('SELECT text FROM reflections').all() as { text: string }[]).map((r) => r.text), { timeout: 15_000 })
      .toEqual([SECRET]);

    await page.getByRole('button', { name: 'Nieuw profiel' }).click();
    await createProfile(page, 'Bram');
    frame = await openModule(page);
    await nextUntil(frame, module, sectionIndexOf(module, 'reflection'));
    expect(await frame.getByRole('textbox', { name: /.+/ }).first().inputValue()).toBe('');

    const frames = page.frames();
    const origins = new Map<string, Frame>();
    for (const f of frames) if (f.url().startsWith('http')) origins.set(new URL(f.url()).origin, f);
    expect(origins.size, 'the app and the content origin').toBeGreaterThanOrEqual(2);
    for (const [origin, f] of origins) expect(await storageSeenBy(f), `storage of ${origin}`).not.toContain(NEEDLE);
    for (const f of frames) expect(await f.content(), `DOM of ${f.url()}`).not.toContain(NEEDLE);
    const state = await context.storageState({ indexedDB: true });
    expect(JSON.stringify(state)).not.toContain(NEEDLE);
    expect(pageErrors(page)).toEqual([]);

    await context.close();
    await app.close();
  });
});
