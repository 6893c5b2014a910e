import type { ModuleProgress } from '../state/progress';
import type { Baseline } from './baseline';

/**
 * Never downgrade a status the LMS already holds (field notes: completed → incomplete on relaunch
 * loses a learner's completion in Moodle). Equal ranks keep what the LMS has.
 */
function atLeast(current: string, next: string, rank: Record<string, number>): string {
  return (rank[current] ?? -1) >= (rank[next] ?? -1) ? current : next;
}

/** SCORM 1.2 has one status field (RTE 3.4.2.1.3); "failed" and "completed" both end an attempt. */
const RANK_12: Record<string, number> = { 'not attempted': 0, browsed: 1, incomplete: 2, failed: 3, completed: 3, passed: 4 };
const RANK_COMPLETION: Record<string, number> = { unknown: 0, 'not attempted': 0, incomplete: 1, completed: 2 };
const RANK_SUCCESS: Record<string, number> = { unknown: 0, failed: 1, passed: 2 };

/**
 * 1.2: "incomplete" from the start (never "not attempted": Moodle rejects it, error 405), then
 * passed/failed once the quiz is finished, or "completed" for a module without a quiz once every
 * section has been seen.
 */
export function lessonStatus12(p: ModuleProgress, baseline: Baseline): string {
  let next = 'incomplete';
  if (p.quiz) {
    if (p.quizFinished) next = p.passed ? 'passed' : 'failed';
  } else if (p.allSeen) next = 'completed';
  return atLeast(baseline.lessonStatus, next, RANK_12);
}

export function completion2004(p: ModuleProgress, baseline: Baseline): string {
  return atLeast(baseline.completion, p.completed ? 'completed' : 'incomplete', RANK_COMPLETION);
}

/** Reported once the assessment is finished (field notes: not after every question). */
export function success2004(p: ModuleProgress, baseline: Baseline): string {
  return atLeast(baseline.success, p.quizFinished ? (p.passed ? 'passed' : 'failed') : 'unknown', RANK_SUCCESS);
}

/** The score to report: the best attempt, and never below what the LMS recorded before. */
export function reportedScore(p: ModuleProgress, baseline: Baseline): number | undefined {
  if (p.best === undefined) return undefined;
  return Math.max(p.best, baseline.scoreRaw ?? 0);
}
