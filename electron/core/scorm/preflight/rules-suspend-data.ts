import type { CourseScoPackage, ModuleDocument, ReflectionBlock, ScoPackage, ScormEdition } from '../../contract';
import { SUSPEND_DATA_LIMIT } from '../../contract';
import { blocksOf } from '../../../shared/sco-state';
import { worstCaseCourseStateLength, worstCaseStateLength } from '../worst-case-state';
import { finding, type Finding } from './finding';
import type { PackageView } from './package-view';

function withReflectionMax(module: ModuleDocument, id: string, maxLength: number): ModuleDocument {
  return {
    ...module,
    sections: module.sections.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) => (b.kind === 'reflection' && b.id === id ? { ...b, maxLength } : b)),
    })),
  };
}

/** The largest max= for this reflection that keeps the worst-case state within the limit (0 if none). */
function largestFittingMax(module: ModuleDocument, reflection: ReflectionBlock, limit: number): number {
  let lo = 0;
  let hi = reflection.maxLength;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (worstCaseStateLength(withReflectionMax(module, reflection.id, mid), 'lms') <= limit) lo = mid;
    else hi = mid - 1;
  }
  return worstCaseStateLength(withReflectionMax(module, reflection.id, lo), 'lms') <= limit ? lo : 0;
}

function tooLongWithReflections(module: ModuleDocument, worst: number, limit: number, where: string): Finding {
  const reflections = blocksOf(module, 'reflection').sort((a, b) => b.maxLength - a.maxLength);
  const biggest = reflections[0]!;
  const fits = largestFittingMax(module, biggest, limit);
  const named = reflections.map((r) => `'${r.id}' (max=${r.maxLength})`).join(', ');
  return finding(
    'error',
    'state.suspend-data',
    module.id,
    {
      problem: fits > 0 ? 'reflection' : 'reflections',
      module: module.id,
      worst,
      where,
      limit,
      reflections: named,
      file: module.file,
      ...(fits > 0 ? { reflection: biggest.id, fits } : {}),
    },
  );
}

function moduleRule(pkg: ScoPackage, limit: number, edition: ScormEdition, where: string): Finding | null {
  const module = pkg.module;
  const worst = worstCaseStateLength(module, pkg.reflections);
  if (worst <= limit) return null;
  if (pkg.reflections === 'lms' && worstCaseStateLength(module, 'private') <= limit) return tooLongWithReflections(module, worst, limit, where);
  return finding(
    'error',
    'state.suspend-data',
    module.id,
    { problem: edition === 'scorm12' ? 'module-scorm12' : 'module', module: module.id, worst, where, limit, file: module.file },
  );
}

/**
 * A course SCO keeps every module's state in its one suspend_data (issue 9): measured as a whole,
 * at its worst case, with the runtime's own codec. One package per module gives each module the
 * whole limit again.
 */
function courseRule(course: CourseScoPackage, limit: number, edition: ScormEdition, where: string): Finding | null {
  const worst = worstCaseCourseStateLength(
    course.modules.map((m) => m.module),
    course.reflections,
  );
  if (worst <= limit) return null;
  const lms = course.reflections === 'lms';
  return finding(
    'error',
    'state.course-suspend-data',
    course.course.id,
    { problem: lms ? `lms-${edition}` : edition, course: course.course.id, modules: course.modules.length, worst, where, limit },
  );
}

/**
 * The worst case of the resume state (every field at its maximum, same codec as the runtime)
 * must fit the edition's suspend_data: 4096 characters in SCORM 1.2 (RTE 3.4.2.6.2 CMIString4096;
 * Moodle enforces it when "scormstandard" is on), 64000 in 2004 (RTE 4.2.24). A module that does
 * not fit on its own is named first: no packaging helps there.
 */
export function suspendDataRules(view: PackageView): Finding[] {
  const limit = SUSPEND_DATA_LIMIT[view.edition];
  const where = view.edition === 'scorm12' ? 'SCORM 1.2 (cmi.suspend_data)' : 'SCORM 2004 (cmi.suspend_data)';
  const out: Finding[] = [];
  for (const sco of view.scos) {
    const modules = sco.modules.map((pkg) => moduleRule(pkg, limit, view.edition, where)).filter((f): f is Finding => f !== null);
    out.push(...modules);
    const course = sco.course && modules.length === 0 ? courseRule(sco.course, limit, view.edition, where) : null;
    if (course) out.push(course);
  }
  return out;
}
