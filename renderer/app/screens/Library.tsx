import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CourseSummary, ValidationIssue } from '../../../electron/core/contract';
import { ErrorNotice } from '../components/ErrorNotice';
import { issueText } from '../i18n/validation';
import { href } from '../router';
import { useCall } from '../use-call';
import { PackageShelf } from './package/PackageShelf';

function IssueList({ issues }: { issues: ValidationIssue[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="issue-list">
      {issues.map((i, n) => {
        const { message, hint } = issueText(i18n, i);
        return (
          <li key={n} className={`issue issue-${i.severity}`}>
            <code>{i.line ? t('validation.where', { file: i.file, line: i.line }) : i.file}</code> {message}
            {hint ? <span className="muted"> — {hint}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

function duration(t: TFunction, minutes: number) {
  return minutes >= 90 ? t('library.minutes', { hours: Math.round(minutes / 60) }) : t('library.minutesShort', { count: minutes });
}

/**
 * "Ga verder" on the library card: core's continueWith (the module in progress, else the next one),
 * the same module the course page and the dashboard offer. Shown once the learner has begun.
 */
function ContinueLink({ courseId, session }: { courseId: string; session: string }) {
  const { t } = useTranslation();
  const { data } = useCall('progress/dashboard', { session, courseId });
  const next = data?.continueWith;
  if (!next || !data.modules.some((m) => m.attempts > 0)) return null;
  return (
    <a className="btn btn-primary" href={href({ name: 'play', courseId, moduleId: next.moduleId })}>
      {t('course.continue', { title: next.title })}
    </a>
  );
}

export function CourseCard({ course, session }: { course: CourseSummary; session?: string }) {
  const { t } = useTranslation();
  const titleId = `course-${course.dir}`;
  return (
    <article className={`card course-card ${course.status === 'invalid' ? 'is-invalid' : ''}`} aria-labelledby={titleId}>
      <h2 id={titleId}>{course.title}</h2>
      {course.subtitle ? <p className="course-subtitle">{course.subtitle}</p> : null}
      <p>{course.description}</p>
      <p className="course-meta muted">
        {t('library.modules', { count: course.moduleCount })}
        {course.minutes ? ` · ${duration(t, course.minutes)}` : null}
        {course.version ? ` · ${t('library.version', { version: course.version })}` : null}
      </p>
      {course.status === 'ok' ? (
        <div className="actions">
          {session ? <ContinueLink courseId={course.id} session={session} /> : null}
          <a className="btn btn-secondary" href={href({ name: 'course', courseId: course.id })} aria-describedby={titleId}>
            {t('library.openCourse')}
          </a>
        </div>
      ) : null}
      {course.status === 'invalid' ? (
        <div className="notice notice-error">
          <p>
            <strong>{t('library.invalid')}</strong>
          </p>
          <p>{t('library.invalidIntro')}</p>
          <IssueList issues={course.issues.filter((i) => i.severity === 'error')} />
        </div>
      ) : null}
    </article>
  );
}

interface LibraryProps {
  session?: string;
  /** Lecturer mode's token, for removing a package once a teacher PIN is set. */
  teacher?: string;
  removeLocked?: boolean;
}

export function Library({ session, teacher, removeLocked = false }: LibraryProps) {
  const { t } = useTranslation();
  const { data: courses, error } = useCall('course/list', {});

  return (
    <section aria-labelledby="library-title">
      <h1 id="library-title">{t('library.title')}</h1>
      <p className="muted">{t('library.intro')}</p>
      <ErrorNotice error={error} />
      {courses === null ? <p role="status">{t('app.loading')}</p> : null}
      {courses?.length === 0 ? <p>{t('library.empty')}</p> : null}
      <div className="course-grid">
        {courses?.map((c) => <CourseCard key={c.dir} course={c} session={session} />)}
      </div>
      <PackageShelf session={session} teacher={teacher} removeLocked={removeLocked} />
    </section>
  );
}
