/**
 * The largest resume state a package can produce, measured at build time against the edition's
 * suspend_data limit (4096 characters in SCORM 1.2). Core only: the SCO runtime never needs it.
 */
import type { ModuleDocument, Question } from '../contract/course';
import type { ReflectionMode } from '../../shared/enums';
import { COURSE_STATE_VERSION, encodeCourseState, type CourseScoState } from '../../shared/course-sco-state';
import { blocksOf, emptyState, encodeState, type QuizAnswer, type ScoState } from '../../shared/sco-state';

/**
 * Text used to fill every free-text field to its maximum length when measuring the worst case:
 * ordinary Dutch with the characters JSON must escape (quotes, newlines) at a realistic rate.
 */
const FILL = 'Ik zag "kansen" in de klas; één kind vroeg: waarom?\n';

function fill(length: number): string {
  return FILL.repeat(Math.ceil(length / FILL.length)).slice(0, length);
}

function longestAnswer(q: Question): QuizAnswer {
  switch (q.type) {
    case 'single':
      return 'a';
    case 'multiple':
      return q.options.map((o) => o.id).join('');
    case 'truefalse':
      return 1;
    case 'matching':
      return q.pairs.map((_, i) => i + 10);
    case 'ordering':
      return q.items.map((_, i) => i + 10);
  }
}

/** The largest state the module can produce: every section seen, every field at its maximum. */
export function worstCaseState(module: ModuleDocument, reflections: ReflectionMode): ScoState {
  const state = emptyState(module);
  state.at = module.sections.length - 1;
  state.seen = '1'.repeat(module.sections.length);
  for (const quiz of blocksOf(module, 'quiz')) {
    for (const q of quiz.questions) state.q[q.id] = [longestAnswer(q), 1];
    state.qn = 999;
    state.qb = 100;
    state.qf = 9_999_999_999;
  }
  state.t = 9_999_999_999_999;
  for (const r of blocksOf(module, 'reflection')) state.r[r.id] = reflections === 'lms' ? fill(r.maxLength) : 1;
  for (const c of blocksOf(module, 'checklist')) {
    for (const item of c.items) state.k[item.id] = c.allowNote ? [c.scale.length - 1, fill(c.noteMaxLength)] : [c.scale.length - 1];
  }
  for (const s of blocksOf(module, 'scenario')) {
    // One character per step, whichever choice: the id and its quotes are what the path costs.
    state.c = { ...state.c, [s.id]: s.steps.map((step) => step.choices.at(-1)?.id ?? 'a').join('') };
  }
  return state;
}

export function worstCaseStateLength(module: ModuleDocument, reflections: ReflectionMode): number {
  return encodeState(worstCaseState(module, reflections)).length;
}

/** Every module at its worst case at once: what the preflight holds against the edition's limit. */
export function worstCaseCourseState(modules: ModuleDocument[], reflections: ReflectionMode): CourseScoState {
  const s: Record<string, ScoState> = {};
  for (const module of modules) {
    const { t: _t, ...state } = worstCaseState(module, reflections);
    s[module.id] = state;
  }
  const last = Math.max(modules.length - 1, 0);
  return { v: COURSE_STATE_VERSION, m: last, l: last, t: 9_999_999_999_999, s };
}

export function worstCaseCourseStateLength(modules: ModuleDocument[], reflections: ReflectionMode): number {
  return encodeCourseState(worstCaseCourseState(modules, reflections)).length;
}
