import { useTranslation } from 'react-i18next';
import { CourseCover } from '../components/CourseCover';
import { ErrorNotice } from '../components/ErrorNotice';
import { StatusBadge } from '../components/StatusBadge';
import { FollowedInSession } from './dashboard/FollowedInSession';
import { CourseModules } from './course/CourseModules';
import { href } from '../router';
import { useCall } from '../use-call';

export function Course({ courseId, session }: { courseId: string; session: string }) {
  const { t } = useTranslation();
  const { data: course, error: courseError } = useCall('course/get', { courseId });
  const { data: progress, error: progressError } = useCall('progress/dashboard', { session, courseId });

  const error = courseError ?? progressError;
  if (error) return <ErrorNotice error={error} />;
  if (!course || !progress) return <p role="status">{t('app.loading')}</p>;

  const next = progress.continueWith;
  return (
    <section aria-labelledby="course-title" className="stack">
      <p>
        <a href={href({ name: 'library' })}>← {t('library.title')}</a>
      </p>
      <h1 id="course-title">{course.title}</h1>
      {course.subtitle ? <p className="course-subtitle">{course.subtitle}</p> : null}
      <p className="lead">{course.description}</p>
      <div className="actions">
        {next ? (
          <a className="btn btn-primary" href={href({ name: 'play', courseId, moduleId: next.moduleId })}>
            {progress.overall.modulesCompleted > 0 || progress.modules.some((m) => m.attempts > 0)
              ? t('course.continue', { title: next.title })
              : t('course.start', { title: next.title })}
          </a>
        ) : null}
        <a className="btn btn-secondary" href={href({ name: 'dashboard', courseId })}>
          {t('dashboard.title')}
        </a>
      </div>
      <p className="muted">
        {t('course.progress', { done: progress.overall.modulesCompleted, total: progress.overall.modulesTotal })} {t('honest.rule')}
      </p>

      <CourseCover course={course} />
      <h2>{t('course.modules')}</h2>
      <CourseModules
        course={course}
        progress={progress}
        card={(i, level, extra) => {
          const m = course.modules[i]!;
          const p = progress.modules[i]!;
          const Title = `h${level}` as const;
          return (
            <li key={m.id} className="card module-item">
              <div className="module-head">
                <Title id={`m-${m.id}`}>{m.title}</Title>
                <StatusBadge completion={p.completion} success={p.success} />
              </div>
              <p className="muted">
                {t('course.moduleMeta', { minutes: m.minutes, sections: m.sections.length })}
                {p.scorePercent !== null ? ` · ${t('course.score', { score: p.scorePercent })}` : ''}
              </p>
              <FollowedInSession followed={p.followedInSession} />
              {extra}
              <details>
                <summary>{t('course.goals')}</summary>
                <ul>
                  {m.goals.map((g) => (
                    <li key={g}>{g}</li>
                  ))}
                </ul>
              </details>
              <a className="btn btn-secondary" href={href(p.status === 'quiz-not-passed' ? { name: 'play', courseId, moduleId: m.id, start: 'quiz' } : { name: 'play', courseId, moduleId: m.id })} aria-describedby={`m-${m.id}`}>
                {p.status === 'quiz-not-passed' ? t('honest.retryQuiz') : p.status === 'finished' ? t('course.review') : p.attempts > 0 ? t('course.resume') : t('course.open')}
              </a>
            </li>
          );
        }}
      />
    </section>
  );
}
