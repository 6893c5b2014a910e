/**
 * The resume state of a `course-sco` package: one SCO holding several modules, so one
 * `cmi.suspend_data` for all of them (issue 9). Pure and dependency-free like sco-state.ts, which
 * it builds on: the runtime writes it, the preflight measures its worst case against the edition's
 * limit (4096 characters in SCORM 1.2 for the whole course).
 */
import { STATE_VERSION, stateFrom, type ScoState } from './sco-state';

export const COURSE_STATE_VERSION = 1;
const PREFIX = 'C1:';

export interface CourseScoState {
  v: typeof COURSE_STATE_VERSION;
  /** Index (in the package) of the module the learner is in; -1 on the module menu. */
  m: number;
  /** Index of the module last opened, kept while the learner is on the menu ("Verder waar je was"); absent before the first. */
  l?: number;
  /** Saved-at stamp (Unix ms) of the last change; see ScoState.t. */
  t?: number;
  /** Per module id, that module's state; a module never opened has none. */
  s: Record<string, ScoState>;
}

export function emptyCourseState(): CourseScoState {
  return { v: COURSE_STATE_VERSION, m: -1, s: {} };
}

/** Module states are stored without their own `v` (the course state's version covers them): 1.2 has 4096 characters for all. */
export function encodeCourseState(state: CourseScoState): string {
  const s: Record<string, Omit<ScoState, 'v'>> = {};
  for (const [id, module] of Object.entries(state.s)) {
    const { v: _v, ...rest } = module;
    s[id] = rest;
  }
  return PREFIX + JSON.stringify({ ...state, s });
}

/** Null for anything this version cannot read; a damaged module state drops that module only. */
export function decodeCourseState(text: string | null | undefined): CourseScoState | null {
  if (!text || !text.startsWith(PREFIX)) return null;
  try {
    const raw = JSON.parse(text.slice(PREFIX.length)) as Partial<CourseScoState>;
    if (raw.v !== COURSE_STATE_VERSION || typeof raw.m !== 'number' || typeof raw.s !== 'object' || raw.s === null) return null;
    const s: Record<string, ScoState> = {};
    for (const [id, module] of Object.entries(raw.s)) {
      const state = stateFrom({ ...(module as object), v: STATE_VERSION });
      if (state) s[id] = state;
    }
    const state: CourseScoState = { v: COURSE_STATE_VERSION, m: Math.trunc(raw.m), s };
    if (typeof raw.l === 'number' && Number.isFinite(raw.l)) state.l = Math.trunc(raw.l);
    if (typeof raw.t === 'number' && Number.isFinite(raw.t)) state.t = raw.t;
    return state;
  } catch {
    return null;
  }
}

/**
 * The objective a course SCO reports per module. Ids of modules, levers and questions share one
 * namespace in a course (course/ids.ts), so the module id itself cannot clash.
 */
export function moduleObjectiveId(moduleId: string): string {
  return moduleId;
}
