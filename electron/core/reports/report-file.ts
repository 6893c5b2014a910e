import type { Language } from '../contract';
import type { Report, ReportFormat } from '../contract/reports';
import { localMinute } from './cell';
import { toCsv } from './csv';
import { leverTable, moduleTable } from './report-table';
import { REPORT_WORDS } from './report-words';
import { toXlsx } from './xlsx';

export interface ReportFileOptions {
  language: Language;
  /** IANA time zone for the dates (tests pin one); default: this computer's. */
  timeZone?: string;
}

/**
 * The report as a file's bytes. CSV holds one table (Excel opens one per file): the learner × module
 * rows. The xlsx workbook adds the kernthema and hefboom overview as a second sheet.
 */
export async function reportBytes(report: Report, format: ReportFormat, options: ReportFileOptions): Promise<Buffer> {
  if (format === 'csv') return Buffer.from(toCsv(moduleTable(report, options.language), options), 'utf8');
  const w = REPORT_WORDS[options.language];
  return toXlsx(
    [
      { name: w.moduleSheet, ...moduleTable(report, options.language) },
      { name: w.leverSheet, ...leverTable(report, options.language) },
    ],
    options,
  );
}

/** `leerpad-rapport-<course or alle>-<local date and time>.<format>`: two reports of one day both stay, sorted by time. */
export function reportFileName(courseId: string | undefined, format: ReportFormat, at: Date): string {
  return `leerpad-rapport-${courseId ?? 'alle'}-${localMinute(at).replace(' ', '-').replace(':', '')}.${format}`;
}
