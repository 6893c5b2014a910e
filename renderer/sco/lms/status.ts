import type { ScoProgress } from '../state/progress';
import type { Baseline } from './baseline';
import { atLeast, COMPLETION_RANK, LESSON_STATUS_RANK, SUCCESS_RANK } from '../../../electron/shared/status-ranks';

/**
 * 1.2: "incomplete" from the start (never "not attempted": Moodle rejects it, error 405), then
 * passed/failed once the quiz is finished, or "completed" for a module without a quiz once every
 * section has been seen.
 */
export function lessonStatus12(p: ScoProgress, baseline: Baseline): string {
  let next = 'incomplete';
  if (p.quiz) {
    if (p.quizFinished) next = p.passed ? 'passed' : 'failed';
  } else if (p.allSeen) next = 'completed';
  return atLeast(baseline.lessonStatus, next, LESSON_STATUS_RANK);
}

export function completion2004(p: ScoProgress, baseline: Baseline): string {
  return atLeast(baseline.completion, p.completed ? 'completed' : 'incomplete', COMPLETION_RANK);
}

/** Reported once the assessment is finished (field notes: not after every question). */
export function success2004(p: ScoProgress, baseline: Baseline): string {
  return atLeast(baseline.success, p.quizFinished ? (p.passed ? 'passed' : 'failed') : 'unknown', SUCCESS_RANK);
}

/** The score to report: the best attempt, and never below what the LMS recorded before. */
export function reportedScore(p: ScoProgress, baseline: Baseline): number | undefined {
  if (p.best === undefined) return undefined;
  return Math.max(p.best, baseline.scoreRaw ?? 0);
}
