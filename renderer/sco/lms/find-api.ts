import type { ScormEdition } from '../../../electron/core/contract/sco';
import { API_NAME } from '../../shared/lms-bridge';

/** The SCORM 1.2 runtime API (RTE 3.3): every call takes and returns strings. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string | boolean;
  LMSFinish(arg: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(arg: ''): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
}

/** The SCORM 2004 runtime API (RTE 3.1). */
export interface Scorm2004Api {
  Initialize(arg: ''): string | boolean;
  Terminate(arg: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(arg: ''): string | boolean;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
}

export type ScormApi = { edition: 'scorm12'; api: Scorm12Api } | { edition: 'scorm2004'; api: Scorm2004Api };

type ApiName = (typeof API_NAME)[ScormEdition];

/** The part of `Window` the search needs; tests pass plain objects. */
export interface ApiHost extends Partial<Record<ApiName, unknown>> {
  parent?: ApiHost | null;
  opener?: ApiHost | null;
  top?: ApiHost | null;
}

/** ADL's discovery algorithm gives up after 7 levels; LMS frame sets nest a few more, 10 is plenty. */
const MAX_LEVELS = 10;

/** Reading a property of a cross-origin window throws instead of returning undefined. */
function read(host: ApiHost, name: ApiName): unknown {
  try {
    return host[name];
  } catch {
    return undefined;
  }
}

function parentOf(host: ApiHost): ApiHost | null {
  try {
    const parent = host.parent;
    return parent && parent !== host ? parent : null;
  } catch {
    return null;
  }
}

function openerOf(host: ApiHost | null | undefined): ApiHost | null {
  try {
    return host?.opener ?? null;
  } catch {
    return null;
  }
}

function searchUp(start: ApiHost, name: ApiName): unknown {
  let host: ApiHost | null = start;
  for (let level = 0; host && level <= MAX_LEVELS; level++) {
    const api = read(host, name);
    if (api && typeof api === 'object') return api;
    host = parentOf(host);
  }
  return undefined;
}

function topOf(host: ApiHost): ApiHost {
  try {
    return host.top ?? host;
  } catch {
    return host;
  }
}

/**
 * Looks for the API of the package's own edition only: some LMSs expose both `API` and
 * `API_1484_11`, and a 1.2 package bound to the 2004 API records nothing (or the reverse).
 * Walks the parents first (frame-based LMS players), then the opener chain (LMSs that launch the
 * SCO in a pop-up window), as in ADL's API discovery algorithm (SCORM 2004 RTE 3.3.6.1).
 */
export function findApi(start: ApiHost, edition: ScormEdition): ScormApi | null {
  const name = API_NAME[edition];
  let api = searchUp(start, name);
  let opener = openerOf(start) ?? openerOf(topOf(start));
  for (let hops = 0; !api && opener && hops < MAX_LEVELS; hops++) {
    api = searchUp(opener, name);
    opener = openerOf(opener) ?? openerOf(topOf(opener));
  }
  if (!api) return null;
  return edition === 'scorm12' ? { edition, api: api as Scorm12Api } : { edition, api: api as Scorm2004Api };
}
