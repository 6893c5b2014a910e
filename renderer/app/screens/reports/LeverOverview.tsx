import { useTranslation } from 'react-i18next';
import type { LeverOverview as Lever } from '../../../../electron/core/contract';

/** Per kernthema and hefboom: who finished all of it, and the group's average share finished. */
export function LeverOverview({ levers, showCourse }: { levers: Lever[]; showCourse: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="stack">
      <h2 id="reports-levers">{t('reports.leversTitle')}</h2>
      <div className="reports-scroll" role="region" aria-labelledby="reports-levers" tabIndex={0}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('reports.lever')}</th>
              <th scope="col">{t('reports.allFinished')}</th>
              <th scope="col">{t('reports.average')}</th>
            </tr>
          </thead>
          <tbody>
            {levers.map((l) => (
              <tr key={`${l.courseId}/${l.leverId}`} className={l.kind === 'theme' ? 'reports-theme' : undefined}>
                <th scope="row">
                  {l.leverTitle} <span className="muted">({t(l.kind === 'theme' ? 'reports.kindTheme' : 'reports.kindLever')}{showCourse ? `, ${l.courseTitle}` : ''})</span>
                </th>
                <td>{t('reports.allFinishedOf', { finished: l.learnersFinished, total: l.learnersTotal })}</td>
                <td>{l.averagePercent === null ? t('reports.none') : t('reports.percent', { percent: l.averagePercent.toLocaleString(i18n.language) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
