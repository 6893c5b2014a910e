import type { CourseDocument, CourseSummary } from '../contract';

/** One course folder as the catalog knows it: its summary for the library, and the compiled course when it compiles. */
export interface CatalogEntry {
  dir: string;
  summary: CourseSummary;
  course: CourseDocument | null;
}
