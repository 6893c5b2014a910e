import { useTranslation } from 'react-i18next';
import type { ModuleStatus, ReportRow } from '../../../../electron/core/contract';
import { formatDuration } from '../../format';

/** The app's own words for a module's status (status.*), as the learner reads them on their course page. */
const STATUS_KEY = {
  'not-started': 'status.notStarted',
  'in-progress': 'status.incomplete',
  'quiz-not-passed': 'status.failed',
  finished: 'status.completed',
} as const satisfies Record<ModuleStatus, `status.${string}`>;

/** One line per profile × module; the course in the row only when the report holds more than one. */
export function ReportRows({ rows, showCourse }: { rows: ReportRow[]; showCourse: boolean }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="stack">
      <h2 id="reports-rows">{t('reports.rowsTitle')}</h2>
      <p className="muted reports-scroll-hint">{t('reports.tableScroll')}</p>
      <div className="reports-scroll" role="region" aria-labelledby="reports-rows" tabIndex={0}>
        <table className="table reports-rows">
          <thead>
            <tr>
              <th scope="col">{t('reports.name')}</th>
              <th scope="col">{t('reports.module')}</th>
              <th scope="col">{t('reports.status')}</th>
              <th scope="col">{t('reports.passed')}</th>
              <th scope="col">{t('reports.best')}</th>
              <th scope="col">{t('reports.time')}</th>
              <th scope="col">{t('reports.lastStudied')}</th>
              <th scope="col">{t('reports.followed')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.learnerId}/${r.courseId}/${r.moduleId}`}>
                <th scope="row">{r.learnerName}</th>
                <td>
                  {r.moduleTitle}
                  {showCourse ? <span className="muted"> ({r.courseTitle})</span> : null}
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
