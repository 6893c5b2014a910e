import type { CourseDocument, Packaging, ReflectionMode, ScormEdition, TargetLms } from '../../contract';
import { blocksOf } from '../../../shared/sco-state';

/**
 * What the upload guide is written from: the package as it was built. Nothing in the guide's
 * texts names a course, a module or a file; all of that comes from here, so a change in
 * courses/… never needs new guide text.
 */
export interface GuideFacts {
  lms: TargetLms;
  packaging: Packaging;
  edition: ScormEdition;
  reflections: ReflectionMode;
  courseTitle: string;
  /** The zip the lecturer received. */
  fileName: string;
  /** The exported modules in package order; `file` is a module's own zip inside a `package-per-module` export. */
  modules: { id: string; title: string; scored: boolean; file?: string }[];
}

export interface GuideSource {
  lms: TargetLms;
  packaging: Packaging;
  edition: ScormEdition;
  reflections: ReflectionMode;
  fileName: string;
  /** The module ids in the package, in package order. */
  moduleIds: string[];
  /** For `package-per-module`: each module's inner zip. */
  parts?: { fileName: string; moduleId: string }[];
}

/** The facts of a built package, read from the course it was built from. */
export function guideFacts(course: CourseDocument, source: GuideSource): GuideFacts {
  const byId = new Map(course.modules.map((m) => [m.id, m]));
  const partOf = new Map((source.parts ?? []).map((p) => [p.moduleId, p.fileName]));
  return {
    lms: source.lms,
    packaging: source.packaging,
    edition: source.edition,
    reflections: source.reflections,
    courseTitle: course.title,
    fileName: source.fileName,
    modules: source.moduleIds.map((id) => {
      const module = byId.get(id);
      return {
        id,
        title: module?.title ?? id,
        scored: module ? blocksOf(module, 'quiz').length > 0 : false,
        file: partOf.get(id),
      };
    }),
  };
}
