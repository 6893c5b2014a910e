import { encodeCourseState, moduleObjectiveId, type CourseScoState } from '../../../electron/shared/course-sco-state';
import type { CourseScoPackage } from '../../../electron/core/contract/sco';
import type { ScoProgress } from '../state/progress';
import { EMPTY_BASELINE, type Baseline } from '../lms/baseline';
import { ELEMENTS, STATUS_ELEMENTS, type CmiValue } from '../lms/elements';
import { interactionRecords, recordValues } from '../lms/interactions';
import { objectiveIndexes, scoreValues, stateForLms, type Report } from '../lms/reporter';
import { completion2004, lessonStatus12, reportedScore, success2004 } from '../lms/status';
import { combinedProgress, moduleEntries, type CourseScoModule } from './course-progress';


/** What may leave the browser: each module's state as its own SCO would send it (`private` reflections as "answered" only). */
export function courseStateForLms(pkg: CourseScoPackage, state: CourseScoState): CourseScoState {
  const s: CourseScoState['s'] = {};
  for (const [id, moduleState] of Object.entries(state.s)) s[id] = stateForLms(pkg, moduleState);
  return { ...state, s };
}

/** Status elements of the SCO (baseline: the LMS's floor) or of one objective (no floor: the LMS keeps none for us). */
function statusValues(edition: CourseScoPackage['edition'], progress: ScoProgress, baseline: Baseline, prefix: string, objective: boolean): CmiValue[] {
  if (edition === 'scorm12') return [[objective ? `${prefix}.status` : STATUS_ELEMENTS.lessonStatus, lessonStatus12(progress, baseline)]];
  return [
    [`${prefix}.completion_status`, completion2004(progress, baseline)],
    [`${prefix}.success_status`, success2004(progress, baseline)],
  ];
}

function objectiveValues(pkg: CourseScoPackage, entries: CourseScoModule[], baseline: Baseline): CmiValue[] {
  // One objective per lever (over the modules serving it), then one per module: the manifest's order (manifest-plan.ts).
  const groups = new Map<string, CourseScoModule[]>();
  for (const lever of pkg.course.levers) groups.set(lever.id, entries.filter((e) => e.pkg.module.levers.includes(lever.id)));
  for (const e of entries) groups.set(moduleObjectiveId(e.pkg.module.id), [e]);
  const values: CmiValue[] = [];
  for (const [id, n] of objectiveIndexes([...groups.keys()], baseline)) {
    const group = groups.get(id)!;
    const progress = group.length === 1 ? group[0]!.progress : combinedProgress(group);
    const at = `cmi.objectives.${n}`;
    values.push([`${at}.id`, id], ...statusValues(pkg.edition, progress, EMPTY_BASELINE, at, true));
    if (progress.best !== undefined) values.push(...scoreValues(`${at}.score`, progress.best, pkg.edition));
  }
  return values;
}

/**
 * A course SCO's state as data-model values, in the order a module SCO sets them (reporter.ts):
 * status, score, location, suspend_data, exit, interactions, objectives.
 * - completed when every module is completed; passed when, in addition, every scored module passed,
 *   failed when one did not; never below what the LMS holds (status.ts);
 * - score: the average of the scored modules' best scores, an unfinished one counting 0
 *   (course-progress.ts), once a quiz is finished, never below the LMS's;
 * - interactions: every module's questions and reflections in package order, at fixed indexes
 *   (ids are unique in the whole course).
 */
export function buildCourseReport(pkg: CourseScoPackage, rawState: CourseScoState, baseline: Baseline): Report {
  const state = courseStateForLms(pkg, rawState);
  const el = ELEMENTS[pkg.edition];
  const entries = moduleEntries(pkg, state);
  const course = combinedProgress(entries);
  const values: CmiValue[] = [...statusValues(pkg.edition, course, baseline, 'cmi', false)];
  const score = reportedScore(course, baseline);
  if (score !== undefined) values.push(...scoreValues(el.score, score, pkg.edition));

  const current = entries[state.m];
  const section = current?.pkg.module.sections[current.state.at];
  const location = current && section ? `${current.pkg.module.id}/${section.id}` : null;
  // On the menu nothing is written: the LMS keeps the last module's place.
  if (location && location.length <= el.locationMax) values.push([el.location, location]);

  const suspendData = encodeCourseState(state);
  const suspendTooLong = suspendData.length > pkg.suspendDataLimit;
  if (!suspendTooLong) values.push([el.suspendData, suspendData]);
  // "suspend" keeps the attempt open, so the next launch resumes (RTE 4.2.8; 1.2 RTE 3.4.2.1.6).
  values.push([el.exit, 'suspend']);

  values.push(...recordValues(entries.flatMap((e) => interactionRecords(e.pkg, e.state))));
  values.push(...objectiveValues(pkg, entries, baseline));
  return { values, suspendData, suspendTooLong };
}
