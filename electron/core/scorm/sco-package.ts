import type { CourseDocument, LeverInfo, ReflectionAudience, ReflectionMode, ScoPackage, ScormEdition } from '../contract';
import { SUSPEND_DATA_LIMIT, audienceOf } from '../contract';
import { AppError } from '../errors';

export function leverInfo(course: CourseDocument, id: string): LeverInfo | null {
  for (const t of course.framework.themes) {
    const l = t.levers.find((x) => x.id === id);
    if (l) return { id, title: l.title, themeId: t.id, themeTitle: t.title };
  }
  const u = course.framework.umbrella;
  return u.id === id ? { id, title: u.title } : null;
}

/** module.json for one module: the one input of the SCO runtime, in the app and in exports. */
export function scoPackageFor(
  course: CourseDocument,
  moduleId: string,
  options: { edition: ScormEdition; reflections: ReflectionMode; audience?: ReflectionAudience },
): ScoPackage {
  const index = course.modules.findIndex((m) => m.id === moduleId);
  const module = course.modules[index];
  if (!module) {
    throw new AppError({
      code: 'NOT_FOUND',
      message: `The course '${course.id}' has no module '${moduleId}'.`,
      hint: 'Open the course again; the module may have been renamed.',
      params: { courseId: course.id, moduleId },
    });
  }
  return {
    format: 1,
    edition: options.edition,
    reflections: options.reflections,
    audience: audienceOf(options.reflections, options.audience),
    course: {
      id: course.id,
      title: course.title,
      version: course.version,
      language: course.language,
      levers: module.levers.map((id) => leverInfo(course, id)).filter((l): l is LeverInfo => l !== null),
    },
    module,
    position: { index: index + 1, total: course.modules.length },
    suspendDataLimit: SUSPEND_DATA_LIMIT[options.edition],
  };
}
