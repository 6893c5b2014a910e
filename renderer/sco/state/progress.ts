import type { ModuleDocument, QuizBlock } from '../../../electron/core/contract/course';
import { moduleStatus, type ModuleStatus } from '../../../electron/shared/progress-rules';
import { blocksOf, type ScoState } from './codec';

/**
 * One module's progress as the SCO runtime reads it from its own suspend_data state: what it
 * reports to the LMS (completion, success, score). The app's dashboard row is another thing, the
 * contract's `ModuleProgress`, built by core from stored commits.
 */
export interface ScoProgress {
  seenCount: number;
  allSeen: boolean;
  quiz: QuizBlock | undefined;
  /** At least one attempt finished. */
  quizFinished: boolean;
  /** Best score in percent; undefined before the first finished attempt. */
  best: number | undefined;
  passed: boolean;
  /** All sections seen and the quiz (if any) finished: SCORM completion. */
  completed: boolean;
  /** What the learner is told: completed is not finished while the quiz is not passed (progress-rules.ts). */
  status: ModuleStatus;
}

export function moduleProgress(module: ModuleDocument, state: ScoState): ScoProgress {
  const seenCount = [...state.seen].filter((c) => c === '1').length;
  const allSeen = seenCount >= module.sections.length;
  const quiz = blocksOf(module, 'quiz')[0];
  const quizFinished = quiz !== undefined && state.qn > 0 && state.qb !== undefined;
  const best = quizFinished ? state.qb : undefined;
  const passed = quiz !== undefined && best !== undefined && best >= quiz.pass;
  const completed = allSeen && (quiz === undefined || quizFinished);
  const started = seenCount > 0 || state.qn > 0 || Object.keys(state.q).length > 0;
  return {
    seenCount,
    allSeen,
    quiz,
    quizFinished,
    best,
    passed,
    completed,
    status: moduleStatus({ started, completed, hasQuiz: quiz !== undefined, passed }),
  };
}
