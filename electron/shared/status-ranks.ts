/**
 * How far each SCORM status value is along an attempt. A status only moves forward (field notes:
 * completed → incomplete on relaunch loses a learner's completion in Moodle), so the SCO runtime
 * and the local store compare with the same tables. Equal ranks keep what is already held.
 */

/** SCORM 1.2 has one status field (RTE 3.4.2.1.3); "failed" and "completed" both end an attempt. */
export const LESSON_STATUS_RANK: Readonly<Record<string, number>> = { 'not attempted': 0, browsed: 1, incomplete: 2, failed: 3, completed: 3, passed: 4 };
export const COMPLETION_RANK: Readonly<Record<string, number>> = { unknown: 0, 'not attempted': 0, incomplete: 1, completed: 2 };
export const SUCCESS_RANK: Readonly<Record<string, number>> = { unknown: 0, failed: 1, passed: 2 };

/** `current` unless `next` is further along; a value outside the table ranks below every known one. */
export function atLeast(current: string, next: string, rank: Readonly<Record<string, number>>): string {
  return (rank[current] ?? -1) >= (rank[next] ?? -1) ? current : next;
}
