import type { ReportRow } from '../../../../electron/core/contract';
import { MODULE_STATUSES } from '../../../../electron/shared/progress-rules';

export const SORT_KEYS = ['name', 'module', 'status', 'best', 'time', 'last'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  descending: boolean;
}

/** What a column sorts by; an empty cell (null) always goes last, whichever way. */
const VALUE: Record<SortKey, (r: ReportRow) => string | number | null> = {
  name: (r) => r.learnerName,
  module: (r) => r.moduleTitle,
  // The order a learner goes through: not started, in progress, quiz not passed, finished.
  status: (r) => MODULE_STATUSES.indexOf(r.status),
  best: (r) => r.bestScorePercent,
  time: (r) => r.timeSeconds,
  last: (r) => r.lastStudiedAt,
};

/** The rows in the chosen order; rows that tie keep the report's order (by name, then course order). */
export function sortRows(rows: readonly ReportRow[], sort: Sort, language: string): ReportRow[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const value = VALUE[sort.key];
  return rows
    .map((row, index) => ({ row, index, v: value(row) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.index - b.index : a.v === null ? 1 : -1;
      const order = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
      return (sort.descending ? -order : order) || a.index - b.index;
    })
    .map((x) => x.row);
}
