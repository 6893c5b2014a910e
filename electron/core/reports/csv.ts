import { localMinute, type Cell, type Table } from './cell';
import { neutralizeFormula } from './formula-guard';

export interface CsvOptions {
  /** IANA time zone for dates (tests pin one); default: this computer's. */
  timeZone?: string;
}

const BOM = '\uFEFF';
const SEPARATOR = ';';
const NEWLINE = '\r\n';

/** Decimal comma and no thousands separator: what Excel with Dutch (Belgian) settings reads as a number. */
function numberText(n: number): string {
  return Number.isFinite(n) ? String(n).replace('.', ',') : '';
}

/** RFC 4180: a field with the separator, a quote or a line break goes between quotes, its quotes doubled. */
function quoted(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function field(cell: Cell, options: CsvOptions): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return numberText(cell);
  if (cell instanceof Date) return localMinute(cell, options.timeZone);
  return quoted(neutralizeFormula(cell));
}

/**
 * A CSV file Excel opens right with a double-click on a Dutch-language (Belgian) computer: UTF-8 with a
 * BOM (else Excel guesses Windows-1252 and breaks é and ë), `;` between fields (the list separator where
 * the comma is the decimal sign), CRLF line ends. Texts that look like formulas are neutralised.
 */
export function toCsv(table: Table, options: CsvOptions = {}): string {
  const lines = [table.header, ...table.rows].map((row) => row.map((c) => field(c, options)).join(SEPARATOR));
  return BOM + lines.map((l) => l + NEWLINE).join('');
}
