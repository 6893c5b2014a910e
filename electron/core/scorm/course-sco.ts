import type { CourseDocument, CourseScoPackage, LeverInfo, ReflectionMode, ScoPackage, ScormEdition } from '../contract';
import { SUSPEND_DATA_LIMIT, audienceOf } from '../contract';
import { readCourseMedia } from '../course/media-check';
import { leverInfo, scoPackageFor } from './sco-package';
import { LAUNCH_PAGE, RUNTIME_FOLDER, renderScoIndexHtml, runtimeFiles, sortedTree, type ScoTree, type ScoTreeOptions } from './sco-tree';

/** The data file of a course SCO, beside its launch page at the package root (module SCOs have module.json). */
export const COURSE_JSON = 'course.json';

interface PackageOptions {
  edition: ScormEdition;
  reflections: ReflectionMode;
}

/** The chosen modules (in course order), each as its own SCO gets it; "module 2 of 5" counts the modules in this export. */
export function modulePackagesFor(course: CourseDocument, moduleIds: string[], options: PackageOptions): ScoPackage[] {
  return moduleIds.map((id, i) => ({ ...scoPackageFor(course, id, options), position: { index: i + 1, total: moduleIds.length } }));
}

/** Every lever the modules serve, in framework order (the umbrella frame first, then theme by theme). */
function leversOf(course: CourseDocument, modules: ScoPackage[]): LeverInfo[] {
  const served = new Set(modules.flatMap((m) => m.module.levers));
  const order = [course.framework.umbrella.id, ...course.framework.themes.flatMap((t) => t.levers.map((l) => l.id))];
  return order
    .filter((id) => served.has(id))
    .map((id) => leverInfo(course, id))
    .filter((l): l is LeverInfo => l !== null);
}

/** course.json: the chosen modules behind one menu, sharing one suspend_data (its limit is the whole course's). */
export function courseScoPackageFor(course: CourseDocument, moduleIds: string[], options: PackageOptions): CourseScoPackage {
  const modules = modulePackagesFor(course, moduleIds, options);
  return {
    format: 1,
    kind: 'course',
    edition: options.edition,
    reflections: options.reflections,
    audience: audienceOf(options.reflections),
    course: {
      id: course.id,
      title: course.title,
      version: course.version,
      language: course.language,
      levers: leversOf(course, modules),
      ...(course.subtitle ? { subtitle: course.subtitle } : {}),
      authors: course.authors,
    },
    modules,
    suspendDataLimit: SUSPEND_DATA_LIMIT[options.edition],
  };
}

/**
 * The file tree of a course SCO: launch page and course.json at the root, every module's media at
 * its course-relative path (module HTML links `media/x.svg` relative to the page, so they resolve
 * from the root page as they do from a module folder), and the runtime in `_leerpad/`. Media are
 * read through the course's confinement and allow-list once more, as for module trees.
 */
export function buildCourseScoTree(pkg: CourseScoPackage, options: ScoTreeOptions): ScoTree {
  const tree: ScoTree = new Map();
  for (const [file, body] of runtimeFiles(options.runtimeDir)) tree.set(`${RUNTIME_FOLDER}/${file}`, body);
  tree.set(LAUNCH_PAGE, Buffer.from(renderScoIndexHtml(pkg, `${RUNTIME_FOLDER}/`)));
  tree.set(COURSE_JSON, Buffer.from(`${JSON.stringify(pkg, null, 1)}\n`));
  const media = new Set(pkg.modules.flatMap((m) => m.module.media));
  for (const file of [...media].sort()) {
    // The media allow-list admits no .html, .json, .js or .css: no author's file can take the place of Leerpad's own.
    tree.set(file, readCourseMedia(options.courseDir, file));
  }
  return sortedTree(tree);
}
