import type { Author, ModuleDocument } from './course';
import type { ReflectionMode, ScormEdition } from '../../shared/enums';
import type { ReflectionAudience } from '../../shared/reflection-audience';

export { REFLECTION_AUDIENCES, audienceOf, type ReflectionAudience } from '../../shared/reflection-audience';
export { PACKAGINGS, REFLECTION_MODES, SCORM_EDITIONS, type Packaging, type ReflectionMode, type ScormEdition } from '../../shared/enums';

export interface LeverInfo {
  id: string;
  title: string;
  /** The core theme the lever belongs to; absent for the umbrella frame. */
  themeId?: string;
  themeTitle?: string;
}

/**
 * `module.json` inside every SCO tree: all the SCO runtime needs to render one module and report
 * it. The same file is played in the app and shipped in exported packages.
 */
/** What the SCO runtime knows of the course: `levers` are those the package's module(s) serve, with titles for display. */
export interface PackageCourse {
  id: string;
  title: string;
  version: string;
  language: string;
  levers: LeverInfo[];
  /** course.yaml's subtitle and authors, for the course SCO's menu (its cover); module packages leave them out. */
  subtitle?: string;
  authors?: Author[];
}

/** What every package's JSON carries, for one module or a whole course. */
interface PackageBase {
  format: 1;
  edition: ScormEdition;
  reflections: ReflectionMode;
  /** Who reads the reflections, as the learner is told (reflection-audience.ts); absent before issue 11: `audienceOf`. */
  audience?: ReflectionAudience;
  course: PackageCourse;
  /** Characters the LMS keeps in suspend_data for this edition (4096 for 1.2, 64000 for 2004): a course SCO's modules share them. */
  suspendDataLimit: number;
}

export interface ScoPackage extends PackageBase {
  module: ModuleDocument;
  /** Position of this module in the course, for "module 5 of 16". */
  position: { index: number; total: number };
}

/**
 * `course.json` inside a `course-sco` package: the chosen modules, each exactly as its own SCO
 * would get it (`position` counts within this package), played by the same runtime behind a menu.
 */
export interface CourseScoPackage extends PackageBase {
  kind: 'course';
  modules: ScoPackage[];
}

export const SUSPEND_DATA_LIMIT: Record<ScormEdition, number> = { scorm12: 4096, scorm2004: 64000 };
