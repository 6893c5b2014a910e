import { localMinute, type Cell, type Table } from './cell';
import { neutralizeFormula } from './formula-guard';

export interface XlsxSheet extends Table {
  name: string;
}

export interface XlsxOptions {
  /** IANA time zone the dates are shown in (tests pin one); default: this computer's. */
  timeZone?: string;
}

/**
 * An xlsx cell holds no time zone: Excel shows the serial number as it is. The local wall-clock time is
 * written as if it were UTC, which is how write-excel-file turns a Date into a serial number.
 */
const wallClock = (d: Date, timeZone?: string) => new Date(`${localMinute(d, timeZone).replace(' ', 'T')}:00Z`);

/**
 * Every cell with its type stated: text is a shared string, never a formula (the library writes `<f>`
 * only for type 'Formula', which is never asked for), and formula-like text still gets its `'` so it
 * stays text when someone edits the cell in Excel.
 */
function cellOf(cell: Cell, timeZone?: string) {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? { type: Number, value: cell } : null;
  if (cell instanceof Date) return { type: Date, value: wallClock(cell, timeZone), format: 'yyyy-mm-dd hh:mm' };
  return { type: String, value: neutralizeFormula(cell) };
}

/** The sheets as one xlsx file (write-excel-file, loaded only when a workbook is asked for). */
export async function toXlsx(sheets: readonly XlsxSheet[], options: XlsxOptions = {}): Promise<Buffer> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  return writeXlsxFile(
    sheets.map((s) => ({
      sheet: s.name,
      stickyRowsCount: 1,
      columns: s.header.map((h) => ({ width: Math.max(10, Math.min(40, h.length + 2)) })),
      data: [s.header.map((h) => ({ type: String, value: h, fontWeight: 'bold' as const })), ...s.rows.map((r) => r.map((c) => cellOf(c, options.timeZone)))],
    })),
  ).toBuffer();
}
