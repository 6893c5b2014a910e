import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../electron/core/contract';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDuration } from '../../format';
import { href } from '../../router';
import { FollowedInSession } from './FollowedInSession';

/** Every module in a row, for whoever looks for one: collapsed, the page's main content is above. */
export function AllModules({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  return (
    <details className="dash-all">
      <summary>{t('myProgress.allModules')}</summary>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.module')}</th>
            <th scope="col">{t('dashboard.status')}</th>
            <th scope="col">{t('dashboard.score')}</th>
            <th scope="col">{t('dashboard.time')}</th>
          </tr>
        </thead>
        <tbody>
          {data.modules.map((m) => (
            <tr key={m.moduleId}>
              <th scope="row">
                <a href={href({ name: 'play', courseId: data.courseId, moduleId: m.moduleId })}>{m.title}</a>
              </th>
              <td>
                <StatusBadge completion={m.completion} success={m.success} />
                <FollowedInSession followed={m.followedInSession} />
              </td>
              <td>{m.passPercent === null ? '—' : m.scorePercent === null ? t('dashboard.noScore') : t('dashboard.scoreOf', { score: m.scorePercent, pass: m.passPercent })}</td>
              <td>{formatDuration(t, m.timeSeconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
