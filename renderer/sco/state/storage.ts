/** The parts of the Web Storage API the SCO uses; tests pass their own. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Some LMS players sandbox the frame: then touching localStorage throws, and state lives in memory only. */
export function browserStorage(win: Window): KeyValueStore {
  try {
    const storage = win.localStorage;
    const probe = '__leerpad_probe__';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (k) => memory.get(k) ?? null,
      setItem: (k, v) => void memory.set(k, v),
      removeItem: (k) => void memory.delete(k),
    };
  }
}

/** Writes that fail (quota, disabled storage) must not break the page: the LMS still has the state. */
export function safeSet(store: KeyValueStore, key: string, value: string): boolean {
  try {
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function safeGet(store: KeyValueStore, key: string): string | null {
  try {
    return store.getItem(key);
  } catch {
    return null;
  }
}

export interface StorageScope {
  /** The LMS learner id, or "local" without an LMS: two learners sharing a browser never see each other's text. */
  learnerId: string;
  courseId: string;
  moduleId: string;
}

const part = (s: string) => encodeURIComponent(s);

export function mirrorKey(scope: StorageScope): string {
  return `leerpad:sco:${part(scope.learnerId)}:${part(scope.courseId)}:${part(scope.moduleId)}`;
}

export function reflectionKey(scope: StorageScope, reflectionId: string): string {
  return `leerpad:reflection:${part(scope.learnerId)}:${part(scope.courseId)}:${part(scope.moduleId)}:${part(reflectionId)}`;
}

/**
 * The resume state kept in the browser: by a SCO that found no LMS (the learner's own browser, and
 * the SCO says so), or whose LMS refused the connection. `pending` marks a state an LMS never
 * received (a refused session's, or one an older version wrote beside an LMS): a later session
 * with the LMS takes it over when it is newer, commits it, and then removes it.
 */
export interface Mirror {
  state: string;
  pending: boolean;
}

/**
 * Whether a copy kept in the browser may replace what the LMS holds, by their saved-at stamps
 * (issue 9, build 4): only a newer copy wins; a copy without a stamp never overrides stamped LMS
 * data; LMS data without a stamp (written by an older Leerpad, or none at all) loses to the copy.
 */
export function copyIsNewer(copyAt: number | undefined, lmsAt: number | undefined): boolean {
  if (lmsAt === undefined) return true;
  return copyAt !== undefined && copyAt > lmsAt;
}

export function readMirror(store: KeyValueStore, scope: StorageScope): Mirror | null {
  const text = safeGet(store, mirrorKey(scope));
  if (!text) return null;
  try {
    const m = JSON.parse(text) as Partial<Mirror>;
    return typeof m.state === 'string' ? { state: m.state, pending: m.pending === true } : null;
  } catch {
    return null;
  }
}

export function writeMirror(store: KeyValueStore, scope: StorageScope, mirror: Mirror): void {
  safeSet(store, mirrorKey(scope), JSON.stringify(mirror));
}

export function removeMirror(store: KeyValueStore, scope: StorageScope): void {
  try {
    store.removeItem(mirrorKey(scope));
  } catch {
    // Storage that cannot be used holds nothing to remove.
  }
}

export function readPrivateReflection(store: KeyValueStore, scope: StorageScope, reflectionId: string): string {
  return safeGet(store, reflectionKey(scope, reflectionId)) ?? '';
}

export function writePrivateReflection(store: KeyValueStore, scope: StorageScope, reflectionId: string, text: string): void {
  if (text) safeSet(store, reflectionKey(scope, reflectionId), text);
  else {
    try {
      store.removeItem(reflectionKey(scope, reflectionId));
    } catch {
      // Nothing to clean up in storage that cannot be used.
    }
  }
}
