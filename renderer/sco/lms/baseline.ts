import type { ScormEdition } from '../../../electron/core/contract/sco';
import type { LmsAdapter } from './adapter';
import { ELEMENTS, STATUS_ELEMENTS } from './elements';

/** What the LMS already holds when the SCO starts: the floor the SCO reports from. */
export interface Baseline {
  /** SCORM 1.2 `cmi.core.lesson_status`. */
  lessonStatus: string;
  /** SCORM 2004 `cmi.completion_status` / `cmi.success_status`. */
  completion: string;
  success: string;
  /** The score already recorded, if any. */
  scoreRaw: number | undefined;
  suspendData: string;
  location: string;
  learnerId: string;
  /** Ids of the objectives the LMS already holds, by index (2004 LMSs create them from the manifest). */
  objectiveIds: string[];
}

export const EMPTY_BASELINE: Baseline = {
  lessonStatus: '',
  completion: '',
  success: '',
  scoreRaw: undefined,
  suspendData: '',
  location: '',
  learnerId: '',
  objectiveIds: [],
};

/** The most objective ids read: a course has a few dozen levers and modules, a hostile count must not loop. */
const MAX_OBJECTIVES = 100;

/**
 * Reads only what exists. On `ab-initio` (the first launch of this attempt) the LMS holds no
 * score, suspend data or location, and a strict LMS logs error 403 "Data Model Element Value Not
 * Initialized" for every GetValue of them (issue 9, seen 7), so they are not asked for. The
 * learner id and the status are always there (the LMS initializes them), and so are objectives a
 * 2004 manifest declares: `_count` says how many.
 */
export function readBaseline(lms: Pick<LmsAdapter, 'get'>, edition: ScormEdition): Baseline {
  const el = ELEMENTS[edition];
  const firstLaunch = lms.get(el.entry) === 'ab-initio';
  const raw = firstLaunch ? '' : lms.get(`${el.score}.raw`);
  const count = Number.parseInt(lms.get('cmi.objectives._count'), 10);
  const objectiveIds: string[] = [];
  for (let i = 0; i < (Number.isFinite(count) ? Math.min(count, MAX_OBJECTIVES) : 0); i++) objectiveIds.push(lms.get(`cmi.objectives.${i}.id`));
  return {
    lessonStatus: edition === 'scorm12' ? lms.get(STATUS_ELEMENTS.lessonStatus) : '',
    completion: edition === 'scorm2004' ? lms.get(STATUS_ELEMENTS.completion) : '',
    success: edition === 'scorm2004' ? lms.get(STATUS_ELEMENTS.success) : '',
    scoreRaw: raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : undefined,
    suspendData: firstLaunch ? '' : lms.get(el.suspendData),
    location: firstLaunch ? '' : lms.get(el.location),
    learnerId: lms.get(el.learnerId),
    objectiveIds,
  };
}
