import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../electron/core/contract';
import { href } from '../../router';
import { useDateFormat } from './dates';

/** The learner's reflections by their own first line; the course's prompt is only the second line. */
export function MyReflections({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  const mine = data.reflections.filter((r) => r.firstLine !== null);
  const open = data.reflections.filter((r) => !r.written);
  const play = (moduleId: string) => href({ name: 'play', courseId: data.courseId, moduleId });
  return (
    <section aria-labelledby="dash-reflections">
      <h3 id="dash-reflections">{t('myProgress.reflectionsHeading')}</h3>
      <p className="muted">{t('dashboard.reflectionsPrivate')}</p>
      {mine.length === 0 ? <p>{t('myProgress.reflectionsNone')}</p> : null}
      <ul className="dash-reflections">
        {mine.map((r) => (
          <li key={r.reflectionId} className="card dash-reflection">
            <p className="dash-reflection-line">{r.firstLine}</p>
            <p className="muted dash-reflection-prompt">{t('myProgress.reflectionPrompt', { prompt: r.prompt })}</p>
            <p className="dash-reflection-where">
              <a href={play(r.moduleId)}>{r.moduleTitle}</a>
              {r.updatedAt ? <span className="muted"> · {date(r.updatedAt)}</span> : null}
              {r.written ? null : <span className="badge badge-notStarted">{t('dashboard.notWritten')}</span>}
            </p>
          </li>
        ))}
      </ul>
      {open.length > 0 ? (
        <details className="dash-open">
          <summary>{t('myProgress.reflectionsOpen', { count: open.length })}</summary>
          <ul>
            {open.map((r) => (
              <li key={r.reflectionId}>
                <a href={play(r.moduleId)}>{r.moduleTitle}</a>
                <span className="muted"> — {r.prompt}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
