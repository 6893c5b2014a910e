import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../components/ErrorNotice';
import { Meter } from '../components/Meter';
import { StatusBadge } from '../components/StatusBadge';
import { formatDuration } from '../format';
import { href } from '../router';
import { useCall } from '../use-call';

export function Dashboard({ courseId, session }: { courseId: string; session: string }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useCall('progress/dashboard', { session, courseId });

  if (error) return <ErrorNotice error={error} />;
  if (!data) return <p role="status">{t('app.loading')}</p>;
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language, { dateStyle: 'medium' });
  const quizModules = data.modules.filter((m) => m.questionsTotal > 0);

  return (
    <section aria-labelledby="dash-title" className="stack dashboard">
      <p>
        <a href={href({ name: 'course', courseId })}>← {data.courseTitle}</a>
      </p>
      <h1 id="dash-title">{t('dashboard.title')}</h1>

      <div className="dash-summary card">
        <Meter
          label={t('dashboard.overall')}
          percent={data.overall.percent}
          detail={t('dashboard.modulesDone', { done: data.overall.modulesCompleted, total: data.overall.modulesTotal })}
        />
        <p>
          {t('dashboard.timeSpent')}: <strong>{formatDuration(t, data.overall.timeSeconds)}</strong>
        </p>
        {data.continueWith ? (
          <a className="btn btn-primary" href={href({ name: 'play', courseId, moduleId: data.continueWith.moduleId })}>
            {data.continueWith.sectionTitle
              ? t('dashboard.continueAt', { title: data.continueWith.title, section: data.continueWith.sectionTitle })
              : t('course.continue', { title: data.continueWith.title })}
          </a>
        ) : (
          <p className="notice notice-success">{t('dashboard.allDone')}</p>
        )}
      </div>

      <h2>{t('dashboard.framework')}</h2>
      <div className="theme-grid">
        {data.themes.map((theme) => (
          <div key={theme.id} className="card">
            <h3>{theme.title}</h3>
            <Meter label={t('dashboard.theme')} percent={theme.percent} />
            {theme.levers.map((l) => (
              <Meter key={l.id} label={l.title} percent={l.percent} detail={t('dashboard.leverDetail', { done: l.modulesCompleted, total: l.modulesTotal, percent: l.percent })} />
            ))}
          </div>
        ))}
        <div className="card">
          <h3>{data.umbrella.title}</h3>
          <Meter label={data.umbrella.title} percent={data.umbrella.percent} detail={t('dashboard.leverDetail', { done: data.umbrella.modulesCompleted, total: data.umbrella.modulesTotal, percent: data.umbrella.percent })} />
        </div>
      </div>

      <h2>{t('dashboard.quizzes')}</h2>
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
          {quizModules.map((m) => (
            <tr key={m.moduleId}>
              <th scope="row">
                <a href={href({ name: 'play', courseId, moduleId: m.moduleId })}>{m.title}</a>
              </th>
              <td>
                <StatusBadge completion={m.completion} success={m.success} />
              </td>
              <td>{m.scorePercent === null ? t('dashboard.noScore') : t('dashboard.scoreOf', { score: m.scorePercent, pass: m.passPercent })}</td>
              <td>{formatDuration(t, m.timeSeconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('dashboard.reflections')}</h2>
      <p className="muted">{t('dashboard.reflectionsPrivate')}</p>
      <ul className="reflection-list">
        {data.reflections.map((r) => (
          <li key={r.reflectionId}>
            <span className={`badge ${r.written ? 'badge-completed' : 'badge-notStarted'}`}>{r.written ? t('dashboard.written') : t('dashboard.notWritten')}</span>{' '}
            <a href={href({ name: 'play', courseId, moduleId: r.moduleId })}>{r.moduleTitle}</a>
            <span className="muted"> — {r.prompt}</span>
            {r.updatedAt ? <span className="muted"> ({date(r.updatedAt)})</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
