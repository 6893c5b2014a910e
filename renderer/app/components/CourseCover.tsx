import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseMeta } from '../../../electron/core/contract/course';
import '../../shared/framework.css';
import { FrameworkMap } from './FrameworkMap';

type CoverCourse = Pick<CourseMeta, 'authors' | 'credits' | 'licence' | 'minutes' | 'framework' | 'language'>;

/**
 * The course page's cover, after its title and the way in (so "Begin"/"Ga verder" stays on the first screen at
 * 800×600): who made it, how long it takes, the framework, sources and licence, all from course.yaml.
 */
export function CourseCover({ course }: { course: CoverCourse }) {
  const { t } = useTranslation();
  const mapTitleId = useId();
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
      {/* The dashboard's map, uncoloured: the same drawing of the framework, without progress. */}
      <div className="cover-framework" role="group" aria-labelledby={mapTitleId}>
        <p id={mapTitleId} className="cover-framework-caption">
          {t('look.frameworkTitle')}
        </p>
        <FrameworkMap framework={course.framework} />
      </div>
    </div>
  );
}
