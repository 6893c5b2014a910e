import type { ModuleDocument, QuizBlock } from '../../../electron/core/contract/course';
import { blocksOf, emptyState, type QuizAnswer, type ScoState } from './codec';
import { restoredBest, scorePercent } from './scoring';

/** Pure state transitions: every change a learner can make. */

/** A restored state from another version of the module: fit `seen` and `at` to today's sections. */
export function fitToModule(module: ModuleDocument, state: ScoState | null): ScoState {
  const base = state ?? emptyState(module);
  const n = module.sections.length;
  const seen = base.seen.slice(0, n).padEnd(n, '0');
  const at = Number.isInteger(base.at) ? Math.min(Math.max(base.at, 0), Math.max(n - 1, 0)) : 0;
  const qb = restoredBest(blocksOf(module, 'quiz')[0], base);
  return qb === undefined ? { ...base, seen, at } : { ...base, seen, at, qb };
}

/**
 * Opening a section only moves the bookmark: it counts as seen once the learner reached its end
 * (markSeen, from SectionView), since "bekeken" on open was not true (issue 11).
 */
export function goTo(state: ScoState, index: number): ScoState {
  if (index < 0 || index >= state.seen.length || state.at === index) return state;
  return { ...state, at: index };
}

/** The learner reached the end of section `index`. */
export function markSeen(state: ScoState, index: number): ScoState {
  if (index < 0 || index >= state.seen.length || state.seen[index] === '1') return state;
  return { ...state, seen: state.seen.slice(0, index) + '1' + state.seen.slice(index + 1) };
}

/** Going to a section and reaching its end in one step (tests and the course SCO's resume use it). */
export function visit(state: ScoState, index: number): ScoState {
  return markSeen(goTo(state, index), index);
}

export function answer(state: ScoState, questionId: string, value: QuizAnswer): ScoState {
  if (state.q[questionId]?.[1] === 1) return state;
  return { ...state, q: { ...state.q, [questionId]: [value, 0] } };
}

export function check(state: ScoState, questionId: string, value: QuizAnswer): ScoState {
  if (state.q[questionId]?.[1] === 1) return state;
  return { ...state, q: { ...state.q, [questionId]: [value, 1] } };
}

export function finishQuiz(state: ScoState, quiz: QuizBlock, nowSeconds: number): ScoState {
  if (state.qf !== undefined) return state;
  const score = scorePercent(quiz, state);
  return { ...state, qn: state.qn + 1, qb: Math.max(state.qb ?? 0, score), qf: Math.floor(nowSeconds) };
}

/** A new attempt starts empty; the best score stays (it is what counts). */
export function retryQuiz(state: ScoState, quiz: QuizBlock): ScoState {
  const q = { ...state.q };
  for (const question of quiz.questions) delete q[question.id];
  const next = { ...state, q };
  delete next.qf;
  return next;
}

/** `lms` mode keeps the text; `private` mode only marks the reflection answered (the text stays in the browser). */
export function setReflection(state: ScoState, id: string, value: string | 1 | undefined): ScoState {
  if ((state.r[id] ?? '') === (value ?? '')) return state;
  const r = { ...state.r };
  if (value === undefined || value === '') delete r[id];
  else r[id] = value;
  return { ...state, r };
}

export function rate(state: ScoState, itemId: string, scaleIndex: number): ScoState {
  const note = state.k[itemId]?.[1];
  const entry: [number] | [number, string] = note ? [scaleIndex, note] : [scaleIndex];
  return { ...state, k: { ...state.k, [itemId]: entry } };
}

/** A note belongs to a rating (the codec stores [scale index, note]): without a rating there is nothing to attach it to. */
export function setNote(state: ScoState, itemId: string, note: string): ScoState {
  const index = state.k[itemId]?.[0];
  if (index === undefined) return state;
  return { ...state, k: { ...state.k, [itemId]: note ? [index, note] : [index] } };
}
