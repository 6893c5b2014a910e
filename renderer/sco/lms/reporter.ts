import type { ScoPackage } from '../../../electron/core/contract/sco';
import { encodeState, type ScoState } from '../state/codec';
import { moduleProgress } from '../state/progress';
import type { Baseline } from './baseline';
import { scaledScore, scoreDecimal } from './data-types';
import { ELEMENTS, STATUS_ELEMENTS, type CmiValue } from './elements';
import { interactionValues } from './interactions';
import { completion2004, lessonStatus12, reportedScore, success2004 } from './status';

export interface Report {
  /** Element/value pairs in the order they must be set. */
  values: CmiValue[];
  /** The full suspend_data value, also when it is too long to send. */
  suspendData: string;
  suspendTooLong: boolean;
}

/**
 * What may leave the browser: in `private` mode a reflection is only "answered" (1), whatever the
 * state holds, so no text ever reaches a CMI value.
 */
export function stateForLms(pkg: Pick<ScoPackage, 'reflections'>, state: ScoState): ScoState {
  if (pkg.reflections === 'lms') return state;
  const r: ScoState['r'] = {};
  for (const [id, value] of Object.entries(state.r)) if (value) r[id] = 1;
  return { ...state, r };
}

/** Objectives keep the index the LMS gave them (a 2004 manifest may have created them already); new ones go after. */
export function objectiveIndexes(levers: string[], baseline: Baseline): Map<string, number> {
  const map = new Map<string, number>();
  let next = baseline.objectiveIds.length;
  for (const id of levers) {
    const known = baseline.objectiveIds.indexOf(id);
    map.set(id, known >= 0 ? known : next++);
  }
  return map;
}

/**
 * `score.raw/min/max` (and 2004 `scaled`) under `prefix` (`cmi.core.score`, `cmi.score`,
 * `cmi.objectives.n.score`). A score with no valid form (NaN) is left out entirely rather than
 * sent half or refused: status and suspend data still go.
 */
export function scoreValues(prefix: string, score: number, edition: ScoPackage['edition']): CmiValue[] {
  const raw = scoreDecimal(score);
  const scaled = scaledScore(score);
  if (raw === undefined || scaled === undefined) return [];
  const values: CmiValue[] = [
    [`${prefix}.raw`, raw],
    [`${prefix}.min`, '0'],
    [`${prefix}.max`, '100'],
  ];
  if (edition === 'scorm2004') values.push([`${prefix}.scaled`, scaled]);
  return values;
}

/** The state as SCORM data-model values for the package's edition. Pure: the session decides what to send. */
export function buildReport(pkg: ScoPackage, rawState: ScoState, baseline: Baseline): Report {
  const state = stateForLms(pkg, rawState);
  const edition = pkg.edition;
  const el = ELEMENTS[edition];
  const progress = moduleProgress(pkg.module, state);
  const score = reportedScore(progress, baseline);
  const values: CmiValue[] = [];
  const objectiveStatus: CmiValue[] = [];

  if (edition === 'scorm12') {
    const status = lessonStatus12(progress, baseline);
    values.push([STATUS_ELEMENTS.lessonStatus, status]);
    objectiveStatus.push(['status', status]);
  } else {
    const completion = completion2004(progress, baseline);
    const success = success2004(progress, baseline);
    values.push([STATUS_ELEMENTS.completion, completion], [STATUS_ELEMENTS.success, success]);
    objectiveStatus.push(['completion_status', completion], ['success_status', success]);
  }
  if (score !== undefined) values.push(...scoreValues(el.score, score, edition));

  const section = pkg.module.sections[state.at];
  if (section && section.id.length <= el.locationMax) values.push([el.location, section.id]);

  const suspendData = encodeState(state);
  const suspendTooLong = suspendData.length > pkg.suspendDataLimit;
  if (!suspendTooLong) values.push([el.suspendData, suspendData]);
  // "suspend" keeps the attempt open, so the next launch resumes (RTE 4.2.8; 1.2 RTE 3.4.2.1.6).
  values.push([el.exit, 'suspend']);

  values.push(...interactionValues(pkg, state));

  for (const [lever, n] of objectiveIndexes(pkg.module.levers, baseline)) {
    const at = `cmi.objectives.${n}`;
    values.push([`${at}.id`, lever]);
    for (const [k, v] of objectiveStatus) values.push([`${at}.${k}`, v]);
    if (score !== undefined) values.push(...scoreValues(`${at}.score`, score, edition));
  }
  return { values, suspendData, suspendTooLong };
}
