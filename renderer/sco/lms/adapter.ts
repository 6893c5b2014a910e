import type { ScormEdition } from '../../../electron/core/contract/sco';
import type { ScormApi } from './find-api';

/**
 * One interface over SCORM 1.2, SCORM 2004 and "no LMS", so the session and the reporter never
 * branch on the API flavour. Every method answers a boolean, whatever the LMS returns: many LMSs
 * return the strings "true"/"false" as the spec says, a few return real booleans.
 */
export interface LmsAdapter {
  readonly edition: ScormEdition | null;
  initialize(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  terminate(): boolean;
  /** Code and text of the last error, for the console. */
  lastError(): string;
  /** Keeps the learner id a successful Initialize gave, for a later SCO of the same LMS page whose Initialize is refused. */
  rememberLearner(courseId: string, learnerId: string): void;
  /** The learner id remembered on this LMS page for the course; '' when none. */
  rememberedLearner(courseId: string): string;
}

const ok = (result: unknown) => result === true || result === 'true';

function guard<T>(fallback: T, call: () => T): T {
  try {
    return call();
  } catch {
    // An LMS API that throws (some wrappers do when the session expired) counts as a failed call.
    return fallback;
  }
}

const MEMORY = '__leerpadLearners';

/**
 * The learner id is kept on the LMS's API object, not in sessionStorage: sessionStorage outlives a
 * logout and the next learner's login in the same tab, and a refused SCO must never save under
 * another learner's id. The API object lives exactly as long as the LMS page of one signed-in
 * learner; Moodle reuses it for every SCO of a visit and refuses Initialize (104) once one of them
 * has terminated (issue 9, seen 1 and 6), so the SCO that is refused can still tell who it is for.
 */
function learnerMemory(api: object): Pick<LmsAdapter, 'rememberLearner' | 'rememberedLearner'> {
  const memory = (): Record<string, string> | undefined => {
    const value: unknown = Reflect.get(api, MEMORY);
    return value && typeof value === 'object' ? (value as Record<string, string>) : undefined;
  };
  return {
    rememberLearner: (courseId, learnerId) =>
      guard(undefined, () => {
        const known = memory() ?? {};
        known[courseId] = learnerId;
        // Not enumerable: an LMS that walks its API object never sees it.
        Object.defineProperty(api, MEMORY, { value: known, configurable: true, enumerable: false, writable: true });
      }),
    rememberedLearner: (courseId) => guard('', () => (Object.hasOwn(memory() ?? {}, courseId) ? String(memory()?.[courseId] ?? '') : '')),
  };
}

export function createAdapter(found: ScormApi): LmsAdapter {
  if (found.edition === 'scorm12') {
    const api = found.api;
    return {
      ...learnerMemory(api),
      edition: 'scorm12',
      initialize: () => guard(false, () => ok(api.LMSInitialize(''))),
      get: (element) => guard('', () => String(api.LMSGetValue(element) ?? '')),
      set: (element, value) => guard(false, () => ok(api.LMSSetValue(element, value))),
      commit: () => guard(false, () => ok(api.LMSCommit(''))),
      terminate: () => guard(false, () => ok(api.LMSFinish(''))),
      lastError: () => guard('', () => {
        const code = String(api.LMSGetLastError());
        return `${code} ${api.LMSGetErrorString(code)}`;
      }),
    };
  }
  const api = found.api;
  return {
    ...learnerMemory(api),
    edition: 'scorm2004',
    initialize: () => guard(false, () => ok(api.Initialize(''))),
    get: (element) => guard('', () => String(api.GetValue(element) ?? '')),
    set: (element, value) => guard(false, () => ok(api.SetValue(element, value))),
    commit: () => guard(false, () => ok(api.Commit(''))),
    terminate: () => guard(false, () => ok(api.Terminate(''))),
    lastError: () => guard('', () => {
      const code = String(api.GetLastError());
      return `${code} ${api.GetErrorString(code)}`;
    }),
  };
}
