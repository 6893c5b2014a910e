/** The browser storage a SCO can reach on the content origin. */
export interface ContentStorage {
  localStorage: Pick<Storage, 'clear'>;
  sessionStorage: Pick<Storage, 'clear'>;
  indexedDB?: Pick<IDBFactory, 'databases' | 'deleteDatabase'>;
  caches?: Pick<CacheStorage, 'keys' | 'delete'>;
}

/**
 * The content origin is one origin for every profile on this computer (`app://content`), so
 * nothing a SCO keeps in the browser may outlive its launch: the next learner's SCO would read it
 * (issue 8 §2). Our own SCOs keep nothing there when an LMS is present; a third-party SCO may.
 * Wiped before each SCO starts. A database another tab still holds open is deleted once it closes.
 */
export async function clearContentStorage(storage: ContentStorage): Promise<void> {
  for (const area of [storage.localStorage, storage.sessionStorage]) {
    try {
      area.clear();
    } catch {
      // Storage disabled (a sandboxed frame): there is nothing to clear.
    }
  }
  try {
    for (const db of (await storage.indexedDB?.databases()) ?? []) if (db.name) storage.indexedDB!.deleteDatabase(db.name);
  } catch {
    // No IndexedDB here: nothing to clear.
  }
  try {
    for (const key of (await storage.caches?.keys()) ?? []) await storage.caches!.delete(key);
  } catch {
    // No Cache Storage here: nothing to clear.
  }
}
