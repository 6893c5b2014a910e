import type { ScenarioBlock } from '../core/contract/course';
import type { Completion, Success } from './enums';

/**
 * What counts as done, decided once for the SCO (summary, course menu, LMS report) and for core
 * (dashboard, course page): a learner must be told the same thing everywhere (issue 11).
 */

/**
 * Characters of a reflection as the learner sees them counted: code points (an emoji is one), and
 * surrounding spaces and blank lines do not count, so an empty-looking text never counts as written.
 */
export function reflectionLength(text: string | undefined): number {
  return text ? [...text.trim()].length : 0;
}

/** A reflection counts as written once it reaches the block's minimum length (at least one character). */
export function reflectionWritten(text: string | undefined, minLength: number): boolean {
  return reflectionLength(text) >= Math.max(1, minLength);
}

/** Characters still needed before a reflection counts as written (0 once it does). */
export function reflectionCharactersNeeded(text: string | undefined, minLength: number): number {
  return Math.max(0, Math.max(1, minLength) - reflectionLength(text));
}

/**
 * A module's state as the learner is told it. "Finished" (afgerond) = every section seen and, where
 * the module has a quiz, the quiz passed; a module whose quiz was finished but not passed is
 * completed for SCORM (cmi.completion_status) yet not finished for the learner.
 */
export const MODULE_STATUSES = ['not-started', 'in-progress', 'quiz-not-passed', 'finished'] as const;
export type ModuleStatus = (typeof MODULE_STATUSES)[number];

export function moduleStatus(p: { started: boolean; completed: boolean; hasQuiz: boolean; passed: boolean }): ModuleStatus {
  if (p.completed) return !p.hasQuiz || p.passed ? 'finished' : 'quiz-not-passed';
  return p.started ? 'in-progress' : 'not-started';
}

/** The same rule over the statuses SCORM stores (core reads them from the commits). */
export function moduleStatusOf(completion: Completion, success: Success, hasQuiz: boolean): ModuleStatus {
  return moduleStatus({ started: completion !== 'not attempted' && completion !== 'unknown', completed: completion === 'completed', hasQuiz, passed: success === 'passed' });
}

/** A scenario is answered once every step has its choice; `path` holds the choice ids in step order. */
export function scenarioDone(block: ScenarioBlock, path: string): boolean {
  return path.length >= block.steps.length;
}

/**
 * A scored scenario's path is right when every step's choice is the author's best one. Scenarios
 * never count in the module's score (courses/README.md, "Hoe een scenario telt"): they are practice
 * with consequences, so this decides only the `result` the LMS and the app's records keep.
 */
export function scenarioCorrect(block: ScenarioBlock, path: string): boolean {
  return block.scored && scenarioDone(block, path) && block.steps.every((step, i) => step.choices.find((c) => c.id === path[i])?.best === true);
}
