import type { PackageCourse } from '../../../electron/core/contract/sco';
import { t } from '../i18n';
import { contentLang } from '../state/langs';

/** Under the course SCO's title, as on the app's course page: the subtitle and who made the course, from course.yaml. */
export function CourseByline({ course }: { course: PackageCourse }) {
  const authors = course.authors ?? [];
  return (
    <>
      {course.subtitle ? (
        <p className="course-subtitle" lang={contentLang()}>
          {course.subtitle}
        </p>
      ) : null}
      {authors.length > 0 ? (
        <p className="course-by">
          {t('look.by')} <span lang={contentLang()}>{authors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join(', ')}</span>
        </p>
      ) : null}
    </>
  );
}
