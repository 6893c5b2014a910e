import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModuleStatus, ReportRow } from '../../../../electron/core/contract';
import { formatDuration } from '../../format';
import { sortRows, type Sort, type SortKey } from './sort-rows';

/** The app's own words for a module's status (status.*), as the learner reads them on their course page. */
const STATUS_KEY = {
  'not-started': 'status.notStarted',
  'in-progress': 'status.incomplete',
  'quiz-not-passed': 'status.failed',
  finished: 'status.completed',
} as const satisfies Record<ModuleStatus, `status.${string}`>;

/** One line per profile × module (or imported package); the course in the row only when the report holds more than one. */
export function ReportRows({ rows, showCourse }: { rows: ReportRow[]; showCourse: boolean }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const [sort, setSort] = useState<Sort | null>(null);
  const shown = sort ? sortRows(rows, sort, i18n.language) : rows;
  /** A column header that sorts by its column: once ascending, again descending (aria-sort says which). */
  const sortable = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort?.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" className="reports-sort" onClick={() => setSort({ key, descending: sort?.key === key && !sort.descending })}>
        {label}
        <span aria-hidden="true">{sort?.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
  return (
    <div className="stack">
      <h2 id="reports-rows">{t('reports.rowsTitle')}</h2>
      <p className="muted reports-scroll-hint">{t('reports.tableScroll')}</p>
      <div className="reports-scroll" role="region" aria-labelledby="reports-rows" tabIndex={0}>
        <table className="table reports-rows">
          <thead>
            <tr>
              {sortable('name', t('reports.name'))}
              {sortable('module', t('reports.module'))}
              {sortable('status', t('reports.status'))}
              <th scope="col">{t('reports.passed')}</th>
              {sortable('best', t('reports.best'))}
              {sortable('time', t('reports.time'))}
              {sortable('last', t('reports.lastStudied'))}
              <th scope="col">{t('reports.followed')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={`${r.learnerId}/${r.courseId}/${r.moduleId}`}>
                <th scope="row">{r.learnerName}</th>
                <td>
                  {r.moduleTitle}
                  {r.kind === 'package' ? <span className="muted"> ({t('reports.package')})</span> : showCourse ? <span className="muted"> ({r.courseTitle})</span> : null}
                </td>
                <td>{t(STATUS_KEY[r.status])}</td>
                <td>{r.passed === null ? t('reports.none') : t(r.passed ? 'reports.yes' : 'reports.no')}</td>
                <td>{r.bestScorePercent === null ? t('reports.none') : t('reports.percent', { percent: r.bestScorePercent })}</td>
                <td>{formatDuration(t, r.timeSeconds)}</td>
                <td>{r.lastStudiedAt === null ? t('reports.none') : when(r.lastStudiedAt)}</td>
                <td>{r.followedInSession === null ? t('reports.none') : `${r.followedInSession.title} (${r.followedInSession.date})`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
