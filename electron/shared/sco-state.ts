/**
 * The SCO's resume state, kept in `cmi.suspend_data`. Pure and dependency-free on purpose: the
 * SCO runtime writes it, and core reads it (normalized progress rows) and measures its worst case
 * at build time (scorm/worst-case-state.ts). One codec, so the three can never disagree.
 */
import type { ModuleDocument, ReflectionBlock, ChecklistBlock, QuizBlock, ScenarioBlock } from '../core/contract/course';

export const STATE_VERSION = 1;
const PREFIX = 'L1:';

/** single: option id; multiple: option ids joined ("ac"); truefalse: 1/0; matching: right index per left; ordering: item indexes in the learner's order. */
export type QuizAnswer = string | 0 | 1 | number[];

export interface ScoState {
  v: typeof STATE_VERSION;
  /** Index of the section the learner is on (the bookmark). */
  at: number;
  /** Visited sections as a bit string, one character per section ("1101"). */
  seen: string;
  /** Answers per question id: [answer, checked (1) or not (0)]. */
  q: Record<string, [QuizAnswer, 0 | 1]>;
  /** Finished quiz attempts. */
  qn: number;
  /** Best quiz score in percent over the finished attempts; absent before the first. */
  qb?: number;
  /**
   * When the answers in `q` form a finished attempt: the time it was finished (Unix seconds).
   * Absent while an attempt is in progress (before the first finish, or after "try again"), so a
   * resumed quiz knows whether to show the result, and the SCORM interactions keep their time.
   */
  qf?: number;
  /** Reflections per id: the text (`lms` mode) or 1 when answered (`private` mode: text stays local). */
  r: Record<string, string | 1>;
  /** Checklist ratings per item id: [scale index] or [scale index, note]. */
  k: Record<string, [number] | [number, string]>;
  /**
   * Scenarios per id: the chosen choice ids in step order ("a", or "ae" after a second step).
   * Absent until the first choice, so states written before scenarios existed read unchanged.
   */
  c?: Record<string, string>;
  /**
   * Saved-at stamp (Unix ms) of the last change. A copy kept in the browser when the LMS refused
   * the connection is taken over later only when it is newer than what the LMS holds (issue 9).
   */
  t?: number;
}

export function emptyState(module: ModuleDocument): ScoState {
  return { v: STATE_VERSION, at: 0, seen: '0'.repeat(module.sections.length), q: {}, qn: 0, r: {}, k: {} };
}

export function encodeState(state: ScoState): string {
  return PREFIX + JSON.stringify(state);
}

/** A parsed state object checked and completed; null when it is not one this version can read. */
export function stateFrom(value: unknown): ScoState | null {
  const s = (value ?? {}) as Partial<ScoState>;
  if (typeof value !== 'object' || s.v !== STATE_VERSION || typeof s.at !== 'number' || typeof s.seen !== 'string') return null;
  const state: ScoState = { v: STATE_VERSION, at: s.at, seen: s.seen, q: s.q ?? {}, qn: s.qn ?? 0, qb: s.qb, r: s.r ?? {}, k: s.k ?? {} };
  if (typeof s.qf === 'number') state.qf = s.qf;
  const c = scenarioPaths(s.c);
  if (c) state.c = c;
  if (typeof s.t === 'number' && Number.isFinite(s.t)) state.t = s.t;
  return state;
}

/** Only well-formed paths (choice ids a–z) survive a restore: a damaged one would lock the scenario on a choice that does not exist. */
function scenarioPaths(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const out: Record<string, string> = {};
  for (const [id, path] of Object.entries(value)) if (typeof path === 'string' && /^[a-z]{1,8}$/.test(path)) out[id] = path;
  return Object.keys(out).length ? out : undefined;
}

/** Null for anything this version cannot read (empty, another format, a newer version, damaged). */
export function decodeState(text: string | null | undefined): ScoState | null {
  if (!text || !text.startsWith(PREFIX)) return null;
  try {
    return stateFrom(JSON.parse(text.slice(PREFIX.length)));
  } catch {
    return null;
  }
}

export function blocksOf<K extends 'quiz' | 'reflection' | 'checklist' | 'scenario'>(
  module: ModuleDocument,
  kind: K,
): Extract<QuizBlock | ReflectionBlock | ChecklistBlock | ScenarioBlock, { kind: K }>[] {
  return module.sections.flatMap((s) => s.blocks.filter((b) => b.kind === kind)) as never;
}
