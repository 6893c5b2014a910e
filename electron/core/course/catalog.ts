import fs from 'node:fs';
import path from 'node:path';
import type { CourseDocument, CourseSummary, ValidationIssue } from '../contract';
import { AppError } from '../errors';
import { loadCourse } from './load';

export interface CatalogEntry {
  dir: string;
  summary: CourseSummary;
  course: CourseDocument | null;
}

/** Every folder with a course.yaml directly under one of the roots. */
export function findCourseDirs(roots: string[]): string[] {
  const dirs: string[] = [];
  for (const root of roots) {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(root, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory() && fs.existsSync(path.join(root, e.name, 'course.yaml'))) dirs.push(path.join(root, e.name));
    }
  }
  return dirs;
}

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

/**
 * Compiles courses on demand and keeps the result until a file in the course folder changes,
 * so an author who fixes a file sees the fix on the next refresh without restarting.
 */
export function createCatalog(roots: string[]) {
  const cache = new Map<string, { stamp: string; entry: CatalogEntry }>();

  function stampOf(dir: string): string {
    const parts: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else parts.push(`${p}:${fs.statSync(p).mtimeMs}`);
      }
    };
    walk(dir);
    return parts.sort().join('|');
  }

  function entry(dir: string): CatalogEntry {
    const stamp = stampOf(dir);
    const hit = cache.get(dir);
    if (hit && hit.stamp === stamp) return hit.entry;
    const { course, issues } = loadCourse(dir);
    const e: CatalogEntry = { dir, course, summary: summarize(dir, course, issues) };
    cache.set(dir, { stamp, entry: e });
    return e;
  }

  return {
    roots,
    list: (): CourseSummary[] => findCourseDirs(roots).map((d) => entry(d).summary),
    /** The compiled course, or a COURSE_INVALID error that lists what is wrong. */
    open(courseId: string): CourseDocument {
      const found = findCourseDirs(roots)
        .map(entry)
        .find((e) => e.summary.id === courseId);
      if (!found) {
        throw new AppError({
          code: 'NOT_FOUND',
          message: `There is no course with id '${courseId}'.`,
          hint: 'Refresh the library; the course folder may have been moved or renamed.',
          params: { courseId },
        });
      }
      if (!found.course || found.summary.status === 'invalid') {
        const first = found.summary.issues.find((i) => i.severity === 'error');
        throw new AppError({
          code: 'COURSE_INVALID',
          message: `The course '${courseId}' cannot be opened: it has ${found.summary.issues.filter((i) => i.severity === 'error').length} error(s).`,
          hint: `Run: npm run leerpad -- validate ${found.dir}`,
          params: { courseId },
          file: first?.file,
          line: first?.line,
          column: first?.column,
        });
      }
      return found.course;
    },
    dirOf(courseId: string): string {
      const found = findCourseDirs(roots)
        .map(entry)
        .find((e) => e.summary.id === courseId);
      if (!found) throw new AppError({ code: 'NOT_FOUND', message: `There is no course with id '${courseId}'.`, params: { courseId } });
      return found.dir;
    },
  };
}

export type Catalog = ReturnType<typeof createCatalog>;
