import fs from 'node:fs';
import path from 'node:path';
import { LANGUAGES, type Language } from '../contract';
import { REPORT_FORMATS, type ReportFormat } from '../contract/reports';
import { createCatalog } from '../course/catalog';
import { AppError } from '../errors';
import { createAttemptStore } from '../progress/attempts';
import { createLearnerStore } from '../progress/learners';
import { libraryDirOf } from '../paths';
import { createPackageService } from '../app/package-service';
import { packageStandings } from '../app/report-packages';
import { openDatabaseForReading } from '../reports/read-database';
import { createReportQueries } from '../reports/report';
import { reportCourses } from '../reports/report-courses';
import { reportBytes } from '../reports/report-file';
import { EXIT, type Command } from './command';
import { reportSpec } from './report-specs';

const FORMATS = [...REPORT_FORMATS, 'json'] as const;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T, option: string): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new AppError({ code: 'BAD_REQUEST', message: `--${option} must be ${allowed.join(', ')}; not '${String(value)}'.`, hint: `For example: leerpad report --${option} ${fallback}` });
}

/** Beside the target first, then renamed: a full disk never leaves half a report under the real name. */
function writeAtomically(out: string, bytes: Buffer): void {
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, out);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new AppError({ code: 'IO', message: `Cannot write ${out}: ${(e as Error).message}`, hint: 'Choose another --out, on a disk with room and write access.' });
  }
}

/** `leerpad report`: the lecturer's report, read beside a running Leerpad. */
export const reportCommand: Command = {
  ...reportSpec,
  async run(ctx) {
    const format = oneOf(ctx.values.format, FORMATS, 'csv', 'format');
    const language = oneOf<Language>(ctx.values.language, LANGUAGES, 'nl-BE', 'language');
    const courseId = typeof ctx.values.course === 'string' ? ctx.values.course : undefined;
    const out = typeof ctx.values.out === 'string' && ctx.values.out !== '' ? path.resolve(ctx.values.out) : undefined;
    if (format === 'xlsx' && !out) {
      throw new AppError({ code: 'BAD_REQUEST', message: 'An xlsx report is a binary file: say where to write it with --out <file.xlsx>.', hint: 'For example: leerpad report --format xlsx --out rapport.xlsx' });
    }
    const courses = reportCourses(createCatalog(ctx.coursesDirs), courseId);
    const db = openDatabaseForReading(ctx.dataDir);
    let report;
    try {
      // Without --course: every imported package too, each learner's standing by the package's own rollup.
      const libraryDir = libraryDirOf(ctx.dataDir);
      const packages = courseId === undefined ? packageStandings(createPackageService(db, libraryDir, createAttemptStore(db)), libraryDir) : [];
      report = createReportQueries(db).report(createLearnerStore(db).list(), courses, new Date(), packages);
    } finally {
      db.close();
    }
    const bytes = format === 'json' ? Buffer.from(`${JSON.stringify(report, null, 2)}\n`, 'utf8') : await reportBytes(report, format as ReportFormat, { language });
    if (!out) {
      // Byte for byte, as it would be in the file: console.log would add a bare LF after the CSV's CRLF.
      process.stdout.write(bytes);
      return EXIT.ok;
    }
    writeAtomically(out, bytes);
    if (ctx.json) ctx.stdout(JSON.stringify({ ok: true, file: out, bytes: bytes.length, rows: report.rows.length, format }));
    else ctx.stdout(`Report written: ${out} (${report.rows.length} row(s): profile x module).`);
    return EXIT.ok;
  },
};
