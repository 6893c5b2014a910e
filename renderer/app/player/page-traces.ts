/**
 * Keys under which Leerpad before issue 8 kept a learner's work in the app origin's localStorage:
 * unsent commits, and the SCO's resume state and private reflections (the SCO then shared the
 * app's origin). Readable by the next learner on the same computer, so they are removed.
 */
const OLDER_VERSIONS_PREFIXES = ['leerpad:pending:', 'leerpad:sco:', 'leerpad:reflection:'];

export function forgetOlderVersionsTraces(storage: Storage | undefined = globalThis.localStorage): void {
  try {
    if (!storage) return;
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key && OLDER_VERSIONS_PREFIXES.some((p) => key.startsWith(p))) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Storage that cannot be used holds nothing to remove.
  }
}
