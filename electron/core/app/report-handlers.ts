import fs from 'node:fs';
import path from 'node:path';
import type { CallName } from '../contract';
import type { Report } from '../contract/reports';
import { AppError } from '../errors';
import { createReportQueries } from '../reports/report';
import { reportCourses } from '../reports/report-courses';
import { reportBytes, reportFileName } from '../reports/report-file';
import { EXPORTS_PREFIX } from './export';
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
      const fileName = reportFileName(courseId, format, new Date());
      const file = path.join(core.exportsDir, fileName);
      try {
        fs.mkdirSync(core.exportsDir, { recursive: true });
        fs.writeFileSync(file, bytes);
      } catch (e) {
        throw new AppError({ code: 'IO', message: `Cannot write the report ${file}: ${(e as Error).message}`, hint: 'Free some disk space, or check that the data folder may be written.' });
      }
      return {
        fileName,
        bytes: bytes.length,
        path: file,
        downloadUrl: core.info().host === 'web' ? `.${EXPORTS_PREFIX}${encodeURIComponent(fileName)}` : null,
        rows: report.rows.length,
      };
    },
  };
}
