import type { CourseDocument } from '../contract';
import type { Catalog } from '../course/catalog';

/** The course asked for (NOT_FOUND, or COURSE_INVALID with its errors), else every course that can be played. */
export function reportCourses(catalog: Pick<Catalog, 'list' | 'open'>, courseId?: string): CourseDocument[] {
  if (courseId !== undefined) return [catalog.open(courseId)];
  return catalog
    .list()
    .filter((c) => c.status === 'ok')
    .map((c) => catalog.open(c.id));
}
