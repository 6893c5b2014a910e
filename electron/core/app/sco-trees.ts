import path from 'node:path';
import type { CourseDocument, ScormEdition } from '../contract';
import { notFound, contentTypeOf, type AssetResponse } from './assets';
import type { Catalog } from '../course/catalog';
import { scoPackageFor } from '../scorm/sco-package';
import { isCourseMedia, moduleFiles, PACKAGE_RUNTIME_BASE, RUNTIME_FOLDER, runtimeFiles, type ScoTree } from '../scorm/sco-tree';

/** URL prefix of module trees on the content origin (content-site.ts), never on the app's own. */
export const SCO_PREFIX = '/sco/';

/** The app plays its own modules as SCORM 2004: the LMS host gives them Scorm2004API. */
export const APP_TREE_EDITION = 'scorm2004' satisfies ScormEdition;

export function scoUrl(courseId: string, moduleId: string): string {
  return `${SCO_PREFIX}${encodeURIComponent(courseId)}/${encodeURIComponent(moduleId)}/index.html`;
}

/**
 * The SCO trees the app plays, in the package layout (`<course>/<module>/…` beside one
 * `<course>/_leerpad/` runtime): SCORM 2004 (APP_TREE_EDITION), with reflections
 * sent to the "LMS", which here is this computer's own database, and the learner told that only they
 * read them (`audience: 'self'`: no teacher sees this database). Built on first request and kept
 * until the course is recompiled (a new CourseDocument), so authors see edits on reload.
 */
export function createAppTrees(catalog: Catalog, runtimeDir: string) {
  const cache = new WeakMap<CourseDocument, Map<string, ScoTree>>();
  let runtime: ScoTree | null = null;

  function tree(courseId: string, moduleId: string): ScoTree {
    // The course as launched (player/launch refreshed it): serving a module's files never re-reads the folder.
    const course = catalog.cached(courseId);
    let trees = cache.get(course);
    if (!trees) {
      trees = new Map();
      cache.set(course, trees);
    }
    let t = trees.get(moduleId);
    if (!t) {
      const pkg = scoPackageFor(course, moduleId, { edition: APP_TREE_EDITION, reflections: 'lms', audience: 'self' });
      t = moduleFiles(pkg, catalog.cachedDir(courseId), PACKAGE_RUNTIME_BASE);
      trees.set(moduleId, t);
    }
    return t;
  }

  return {
    tree,
    /** Route handler for `/sco/<course>/<module>/<file>`; only files of the tree exist. */
    serve(rest: string): AssetResponse {
      const parts = rest.split('/').map((p) => {
        try {
          return decodeURIComponent(p);
        } catch {
          return '\0';
        }
      });
      const [courseId, folder, ...fileParts] = parts;
      const file = path.posix.normalize(fileParts.join('/') || 'index.html');
      if (!courseId || !folder) return notFound();
      try {
        const body = folder === RUNTIME_FOLDER ? (runtime ??= runtimeFiles(runtimeDir)).get(file) : tree(courseId, folder).get(file);
        if (!body) return notFound();
        return { status: 200, contentType: contentTypeOf(file), body, ...(folder !== RUNTIME_FOLDER && isCourseMedia(file) ? { untrusted: true } : {}) };
      } catch {
        return notFound('This module cannot be opened.');
      }
    },
  };
}

export type AppTrees = ReturnType<typeof createAppTrees>;
