import path from 'node:path';
import type { CourseDocument, CourseSummary, ValidationIssue } from '../contract';
import { AppError } from '../errors';
import { refuseShadowing } from './catalog-duplicates';
import type { CatalogEntry } from './catalog-entry';
import { COURSE_FILE, findCourseDirs } from './course-dirs';
import { stampOf, walkCourse } from './course-paths';
import { IssueList } from './issues';
import { loadCourse } from './load';

export type { CatalogEntry } from './catalog-entry';
export { findCourseDirs } from './course-dirs';

function summarize(dir: string, course: CourseDocument | null, issues: ValidationIssue[]): CourseSummary {
  const errors = issues.filter((i) => i.severity === 'error');
  return {
    id: course?.id ?? path.basename(dir),
    dir: path.basename(dir),
    title: course?.title ?? path.basename(dir),
    subtitle: course?.subtitle,
    description: course?.description ?? '',
    language: course?.language ?? '',
    version: course?.version ?? '',
    minutes: course?.minutes ?? 0,
    moduleCount: course?.modules.length ?? 0,
    status: course && errors.length === 0 ? 'ok' : 'invalid',
    issues,
  };
}

/** Compiling a course must never fail the call that lists or opens it; whatever went wrong becomes its issue. */
function loadSafely(dir: string, walk: ReturnType<typeof walkCourse>): ReturnType<typeof loadCourse> {
  try {
    return loadCourse(dir, walk);
  } catch (e) {
    const list = new IssueList();
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    list.forFile(COURSE_FILE).error('course.unreadable', undefined, { dir, reason });
    return { course: null, issues: list.all };
  }
}

function notFound(courseId: string): AppError {
  return new AppError({
    code: 'NOT_FOUND',
    message: `There is no course with id '${courseId}'.`,
    hint: 'Refresh the library; the course folder may have been moved or renamed.',
    params: { courseId },
  });
}

/**
 * Compiles courses on demand and keeps the result until a file in the course folder changes, so an
 * author who fixes a file sees the fix on the next refresh without restarting. Refreshing walks
 * every course folder, so only the moments an author's fix should show do it (list, open); a
 * learner's commits use the course as it was when the module was launched (`cached`).
 */
export function createCatalog(roots: string[]) {
  const compiled = new Map<string, { stamp: string; entry: CatalogEntry }>();
  let current: CatalogEntry[] = [];
  /** The last version of each course that could be played: a learner's module keeps working while its author edits. */
  const playable = new Map<string, { course: CourseDocument; dir: string }>();

  function compile(dir: string): CatalogEntry {
    const walk = walkCourse(dir);
    const stamp = stampOf(walk);
    const hit = compiled.get(dir);
    if (hit && hit.stamp === stamp) return hit.entry;
    const { course, issues } = loadSafely(dir, walk);
    const entry: CatalogEntry = { dir, course, summary: summarize(dir, course, issues) };
    compiled.set(dir, { stamp, entry });
    return entry;
  }

  function refresh(): CatalogEntry[] {
    const dirs = findCourseDirs(roots);
    for (const dir of compiled.keys()) if (!dirs.includes(dir)) compiled.delete(dir);
    current = refuseShadowing(dirs.map(compile));
    for (const e of current) if (e.course && e.summary.status === 'ok') playable.set(e.summary.id, { course: e.course, dir: e.dir });
    return current;
  }

  /** The playable entry for an id, else the first with that id (to report why it cannot be opened). */
  const find = (entries: CatalogEntry[], courseId: string) =>
    entries.find((e) => e.summary.id === courseId && e.summary.status === 'ok') ?? entries.find((e) => e.summary.id === courseId);

  function open(courseId: string): CourseDocument {
    const found = find(refresh(), courseId);
    if (!found) throw notFound(courseId);
    if (!found.course || found.summary.status === 'invalid') {
      const errors = found.summary.issues.filter((i) => i.severity === 'error');
      const first = errors[0];
      throw new AppError({
        code: 'COURSE_INVALID',
        message: `The course '${courseId}' cannot be opened: it has ${errors.length} error(s).`,
        hint: `Run: npm run leerpad -- validate ${found.dir}`,
        params: { courseId },
        file: first?.file,
        line: first?.line,
        column: first?.column,
      });
    }
    return found.course;
  }

  return {
    roots,
    list: (): CourseSummary[] => refresh().map((e) => e.summary),
    /** The compiled course, freshly checked against its folder, or a COURSE_INVALID error that lists what is wrong. */
    open,
    /**
     * The course as last opened, without reading its folder: for the calls a learner makes many
     * times while playing (commits, the module's files). Reads the folder only if it was never opened.
     */
    cached(courseId: string): CourseDocument {
      return playable.get(courseId)?.course ?? open(courseId);
    },
    /** The folder of the course `cached` returns. */
    cachedDir(courseId: string): string {
      const hit = playable.get(courseId);
      if (hit) return hit.dir;
      open(courseId);
      return playable.get(courseId)!.dir;
    },
    dirOf(courseId: string): string {
      const found = find(current, courseId) ?? find(refresh(), courseId);
      if (!found) throw notFound(courseId);
      return found.dir;
    },
  };
}

export type Catalog = ReturnType<typeof createCatalog>;
