import { REFLECTION_MODES, SCORM_EDITIONS, TARGET_LMSES, type CourseDocument, type ExportRequest, type MessageParams, type TargetLms } from '../contract';
import { AppError } from '../errors';

export type LmsTarget = TargetLms;

// Written once (shared/enums.ts); these names stay for the CLI's choices.
export { SCORM_EDITIONS as EDITIONS, REFLECTION_MODES, TARGET_LMSES as LMS_TARGETS };

/**
 * The app's export request (contract/export.ts) without what only the app has (the course is passed
 * as a document, the guide's language goes to the guide), and with reflections and LMS optional for
 * the CLI. Typed, and trusted as typed: each door parses once, from the same enum arrays
 * (shared/enums.ts): the app's call through its zod schema (contract/calls.ts 'scorm/export'), the
 * CLI through its choice()/numberArg() checks. The pipeline does not check the shape a second time;
 * what only the course can answer (unknown module ids, an id clash) it does check.
 * - `modules`: default all; the course order is kept whatever the order given.
 * - `reflections`: default `private`: reflection text stays with the learner unless the lecturer opts in.
 * - `mastery`: 0–100, replaces every quiz's pass mark, in module.json (what the runtime grades) and the manifest.
 * - `packaging`: when absent, recommendedPackaging() for this course, selection and LMS.
 */
export type ExportOptions = Omit<ExportRequest, 'courseId' | 'language' | 'reflections' | 'lms'> & Partial<Pick<ExportRequest, 'reflections' | 'lms'>>;

export interface ExportDirs {
  /** The built SCO runtime (out/sco). */
  runtimeDir: string;
  /** build/scorm-schemas: one folder per edition's official schema set. */
  schemasDir: string;
}

function badOption(message: string, hint: string, params?: MessageParams): AppError {
  return new AppError({ code: 'BAD_REQUEST', message, hint, params });
}

/** The modules to export in course order, or a clear error naming an unknown id. */
export function selectModules(course: CourseDocument, wanted: string[] | undefined): string[] {
  const all = course.modules.map((m) => m.id);
  if (!wanted) return all;
  const unknown = wanted.filter((id) => !all.includes(id));
  if (unknown.length > 0) {
    throw badOption(
      `The course '${course.id}' has no module ${unknown.map((id) => `'${id}'`).join(', ')}.`,
      `Use module ids from the course: ${all.join(', ')}.`,
      { courseId: course.id, modules: unknown.join(',') },
    );
  }
  if (wanted.length === 0) throw badOption('No modules were chosen to export.', 'Leave out --modules to export every module.');
  return all.filter((id) => wanted.includes(id));
}

/** The course with every quiz's pass mark replaced, so module.json and the manifest agree. */
export function withMastery(course: CourseDocument, mastery: number | undefined): CourseDocument {
  if (mastery === undefined) return course;
  return {
    ...course,
    modules: course.modules.map((m) => ({
      ...m,
      sections: m.sections.map((s) => ({ ...s, blocks: s.blocks.map((b) => (b.kind === 'quiz' ? { ...b, pass: mastery } : b)) })),
    })),
  };
}
