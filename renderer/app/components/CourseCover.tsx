import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseMeta, Framework } from '../../../electron/core/contract/course';
import { FrameworkIcon } from '../../shared/framework-icons';
import '../../shared/framework.css';

type CoverCourse = Pick<CourseMeta, 'authors' | 'credits' | 'licence' | 'minutes' | 'framework' | 'language'>;

/**
 * The framework as the course builds it: the umbrella as the frame around the core themes and their levers.
 * A nested list, so the diagram is its own text alternative; only titles from course.yaml, never colour.
 */
function FrameworkFigure({ framework, language }: { framework: Framework; language: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <figure className="cover-framework" aria-labelledby={titleId}>
      <figcaption id={titleId} className="cover-framework-caption">
        {t('look.frameworkTitle')}
      </figcaption>
      <div className="cover-umbrella" lang={language}>
        <p className="cover-umbrella-title">
          <FrameworkIcon id={framework.umbrella.id} />
          <span>{framework.umbrella.title}</span>
        </p>
        <ul className="cover-themes">
          {framework.themes.map((theme) => (
            <li key={theme.id} className="cover-theme">
              <p className="cover-theme-title">
                <FrameworkIcon id={theme.id} />
                <span>{theme.title}</span>
              </p>
              <ul className="cover-levers">
                {theme.levers.map((lever) => (
                  <li key={lever.id}>
                    <FrameworkIcon id={lever.id} />
                    <span>{lever.title}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </div>
    </figure>
  );
}

/** The course page's cover below its title: who made it, how long it takes, the framework, sources and licence. */
export function CourseCover({ course }: { course: CoverCourse }) {
  const { t } = useTranslation();
  const hours = Math.round(course.minutes / 60);
  return (
    <div className="course-cover">
      <div className="cover-facts">
        {course.authors.length > 0 ? (
          <p className="cover-by">
            {t('look.by')}{' '}
            <span lang={course.language}>
              {course.authors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join(', ')}
            </span>
          </p>
        ) : null}
        {hours > 0 ? <p className="cover-time">{t('look.studyTime', { count: hours })}</p> : null}
        <details className="cover-sources">
          <summary>{t('look.sources')}</summary>
          {course.credits ? <p lang={course.language}>{course.credits}</p> : null}
          <p>
            {t('look.licence')} <span lang={course.language}>{course.licence}</span>
          </p>
        </details>
      </div>
      <FrameworkFigure framework={course.framework} language={course.language} />
    </div>
  );
}
