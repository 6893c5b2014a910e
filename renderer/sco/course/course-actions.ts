import { emptyCourseState, encodeCourseState, type CourseScoState } from '../../../electron/shared/course-sco-state';
import type { CourseScoPackage } from '../../../electron/core/contract/sco';
import { fitToModule, goTo } from '../state/actions';

/** Pure transitions of a course SCO's state: what the menu does; inside a module, the module's own actions apply. */

const inRange = (pkg: CourseScoPackage, index: number | undefined): index is number =>
  index !== undefined && Number.isInteger(index) && index >= 0 && index < pkg.modules.length;

/** Opens a module at its bookmark (or `section`), as a module SCO does on launch: the section counts as seen once its end is reached. */
export function openModule(pkg: CourseScoPackage, state: CourseScoState, index: number, section?: number): CourseScoState {
  const modulePkg = pkg.modules[index];
  if (!modulePkg) return state;
  const id = modulePkg.module.id;
  const fitted = fitToModule(modulePkg.module, state.s[id] ?? null);
  const at = section ?? fitted.at;
  return { ...state, m: index, l: index, s: { ...state.s, [id]: goTo(fitted, at) } };
}

export function toMenu(state: CourseScoState): CourseScoState {
  if (state.m < 0) return state;
  return { ...state, m: -1, l: state.m };
}

/** The LMS bookmark of a course SCO: `<moduleId>/<sectionId>` (course-report.ts writes it). */
export function fromLocation(pkg: CourseScoPackage, location: string): { index: number; section: number } | null {
  const slash = location.indexOf('/');
  if (slash < 0) return null;
  const index = pkg.modules.findIndex((m) => m.module.id === location.slice(0, slash));
  const section = pkg.modules[index]?.module.sections.findIndex((s) => s.id === location.slice(slash + 1)) ?? -1;
  return index >= 0 && section >= 0 ? { index, section } : null;
}

/**
 * A restored state fitted to today's package: module states fitted to their sections, an unknown
 * place becomes the menu. States of modules this package no longer holds are kept (the learner
 * wrote them; a later package may hold the module again) unless they would push suspend_data over
 * the limit, which would stop every later save.
 */
export function fitToCourse(pkg: CourseScoPackage, restored: CourseScoState | null): CourseScoState {
  const base = restored ?? emptyCourseState();
  const s = { ...base.s };
  for (const { module } of pkg.modules) if (s[module.id]) s[module.id] = fitToModule(module, s[module.id]!);
  let state: CourseScoState = { ...base, m: inRange(pkg, base.m) ? base.m : -1, s };
  if (!inRange(pkg, base.l)) delete state.l;
  if (encodeCourseState(state).length > pkg.suspendDataLimit) {
    const known = new Set(pkg.modules.map((m) => m.module.id));
    state = { ...state, s: Object.fromEntries(Object.entries(s).filter(([id]) => known.has(id))) };
  }
  return state;
}
