import type { CourseScoPackage, ScoPackage } from '../../../electron/core/contract/sco';

/** What a launch page can hold: one module (`module.json`) or a course SCO (`course.json`, issue 9). */
export type AnyScoPackage = ScoPackage | CourseScoPackage;

const isEdition = (value: unknown) => value === 'scorm12' || value === 'scorm2004';

function isModulePackage(value: unknown): value is ScoPackage {
  const p = value as Partial<ScoPackage> | null;
  return !!p && p.format === 1 && isEdition(p.edition) && !!p.module && Array.isArray(p.module.sections);
}

function isCoursePackage(value: unknown): value is CourseScoPackage {
  const p = value as Partial<CourseScoPackage> | null;
  return !!p && p.format === 1 && p.kind === 'course' && isEdition(p.edition) && Array.isArray(p.modules) && p.modules.length > 0 && p.modules.every(isModulePackage);
}

export function isCourse(pkg: AnyScoPackage): pkg is CourseScoPackage {
  return (pkg as Partial<CourseScoPackage>).kind === 'course';
}

const isAnyPackage = (value: unknown): value is AnyScoPackage => isCoursePackage(value) || isModulePackage(value);

/**
 * The inlined copy first: fetch() of a sibling file fails where a package is opened from disk or
 * played from file:// by an LMS player. module.json (a module SCO) or course.json (a course SCO)
 * is the fallback for trees without it.
 */
export async function readPackage(doc: Document, fetchJson: (url: string) => Promise<unknown> = (url) => fetch(url).then((r) => r.json())): Promise<AnyScoPackage> {
  const inline = doc.getElementById('leerpad-module')?.textContent;
  if (inline && inline.trim()) {
    const parsed: unknown = JSON.parse(inline);
    if (isAnyPackage(parsed)) return parsed;
  }
  const fromModule = await fetchJson('./module.json').catch(() => null);
  if (isModulePackage(fromModule)) return fromModule;
  const fromCourse = await fetchJson('./course.json').catch(() => null);
  if (isCoursePackage(fromCourse)) return fromCourse;
  throw new Error('module.json or course.json: not a Leerpad SCO package (format 1)');
}
