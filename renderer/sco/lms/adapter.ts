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

export function createAdapter(found: ScormApi): LmsAdapter {
  if (found.edition === 'scorm12') {
    const api = found.api;
    return {
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
