import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../electron/core/contract';
import { Meter } from '../../components/Meter';
import { formatDuration } from '../../format';
import { href } from '../../router';

/** The page's first answer: how far the learner is, and one clear way on (core's continueWith). */
export function NextStep({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const next = data.continueWith;
  const done = t('myProgress.modulesDone', { done: data.overall.modulesCompleted, count: data.overall.modulesTotal });
  return (
    <section className="card dash-next" aria-labelledby="dash-next-title">
      <h2 id="dash-next-title" className="visually-hidden">
        {t('myProgress.summary')}
      </h2>
      <div className="dash-next-progress">
        <Meter label={t('dashboard.overall')} percent={data.overall.percent} detail={done} />
        {data.overall.timeSeconds > 0 ? <p className="muted">{t('myProgress.studied', { time: formatDuration(t, data.overall.timeSeconds) })}</p> : null}
      </div>
      {next ? (
        <div className="dash-next-action">
          <p className="dash-next-label">{t('myProgress.nextHeading')}</p>
          <a className="btn btn-primary dash-continue" href={href({ name: 'play', courseId: data.courseId, moduleId: next.moduleId })}>
            {t('myProgress.continue', { title: next.title })}
          </a>
          {next.sectionTitle ? <p className="muted">{t('myProgress.continueSection', { section: next.sectionTitle })}</p> : null}
        </div>
      ) : (
        <p className="notice notice-success">{t('dashboard.allDone')}</p>
      )}
    </section>
  );
}
