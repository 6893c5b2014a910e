import type { CallName } from '../contract';
import type { Report } from '../contract/reports';
import { createReportQueries } from '../reports/report';
import { reportCourses } from '../reports/report-courses';
import { reportBytes, reportFileName } from '../reports/report-file';
import { writeExportFile } from './export-file';
import type { Handlers } from './handler-types';
import { packageStandings } from './report-packages';
import type { Core } from './services';

type ReportCall = Extract<CallName, `report/${string}`>;

/** The Reports screen (issue 15): every profile's standing is a lecturer's to read, once a teacher PIN is set. */
export function createReportHandlers(core: Core): Pick<Handlers, ReportCall> {
  const queries = createReportQueries(core.db);
  // One course asked for: that course alone; else every course and every imported package.
  const build = (courseId: string | undefined): Report =>
    queries.report(core.learners.list(), reportCourses(core.catalog, courseId), new Date(), courseId === undefined ? packageStandings(core.packages, core.libraryDir) : []);

  return {
    'report/get': ({ teacher, courseId }) => {
      core.teacher.requireIfSet(teacher);
      return build(courseId);
    },
    'report/file': async ({ teacher, courseId, format, language }) => {
      core.teacher.requireIfSet(teacher);
      const report = build(courseId);
      const bytes = await reportBytes(report, format, { language });
      return { ...writeExportFile(core, reportFileName(courseId, format, new Date()), bytes), rows: report.rows.length };
    },
  };
}
