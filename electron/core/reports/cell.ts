/**
 * What a table cell may hold, for every file a report or list is written to (CSV, xlsx): text stays
 * text, a number stays a number, a date is a moment, written in local time. Empty: null.
 */
export type Cell = string | number | Date | null;

export type Row = readonly Cell[];

/** A table with its header: what csv.ts and xlsx.ts write. */
export interface Table {
  header: readonly string[];
  rows: readonly Row[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `YYYY-MM-DD HH:MM` in the given time zone (default: this computer's): Excel with Dutch or English
 * settings reads it as a date and time, unlike ISO's `T…Z`.
 */
export function localMinute(d: Date, timeZone?: string): string {
  if (!timeZone) return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
