import { LENGTHS } from './data-types';

/** One data-model element and the value to set it to, in the order they are set. */
export type CmiValue = [element: string, value: string];

/** The data-model elements the SCO uses, per edition (SCORM 1.2 RTE 3.4; SCORM 2004 RTE 4.2). */
export const ELEMENTS = {
  scorm12: {
    learnerId: 'cmi.core.student_id',
    /** ab-initio on the first launch of an attempt. */
    entry: 'cmi.core.entry',
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    score: 'cmi.core.score',
    response: 'student_response',
    /** CMIString255 (RTE 3.4.2.1.2). */
    locationMax: LENGTHS.cmiString255,
  },
  scorm2004: {
    learnerId: 'cmi.learner_id',
    /** ab-initio on the first launch of an attempt. */
    entry: 'cmi.entry',
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    score: 'cmi.score',
    response: 'learner_response',
    /** characterstring SPM 1000 (RTE 4.2.15). */
    locationMax: LENGTHS.location2004,
  },
} as const;

/** The status elements, each of one edition: 1.2 has one status (RTE 3.4.2.1.3), 2004 two (RTE 4.2.4, 4.2.22). */
export const STATUS_ELEMENTS = {
  lessonStatus: 'cmi.core.lesson_status',
  completion: 'cmi.completion_status',
  success: 'cmi.success_status',
} as const;
