import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useCall } from '../../use-call';
import { LeverOverview } from './LeverOverview';
import { ReportDownloads } from './ReportDownloads';
import { ReportRows } from './ReportRows';
import './reports.css';

/**
 * The lecturer's report (issue 15): every profile × module and the overview per kernthema and hefboom,
 * with the same numbers as the CSV and xlsx files. `teacher` is lecturer mode's token (core requires it
 * once a teacher PIN is set).
 */
export function Reports({ teacher }: { teacher?: string }) {
  const { t } = useTranslation();
  const [courseId, setCourseId] = useState('');
  const courses = useCall('course/list', {});
  const playable = (courses.data ?? []).filter((c) => c.status === 'ok');
  const chosen = courseId || undefined;
  const report = useCall('report/get', { teacher, courseId: chosen });
  const showCourse = chosen === undefined && playable.length > 1;

  return (
    <section aria-labelledby="reports-title" className="stack reports">
      <h1 id="reports-title">{t('reports.title')}</h1>
      <p className="lead">{t('reports.intro')}</p>
      {playable.length > 1 ? (
        <div className="field">
          <label htmlFor="reports-course">{t('reports.course')}</label>
          <select id="reports-course" className="select" value={courseId} onChange={(e) => setCourseId(e.target.value)}>
            <option value="">{t('reports.allCourses')}</option>
            {playable.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <ReportDownloads teacher={teacher} courseId={chosen} />
      <ErrorNotice error={report.error ?? courses.error} />
      {report.data === null && report.error === null ? <p role="status">{t('app.loading')}</p> : null}
      {report.data && report.data.rows.length === 0 ? <p>{t('reports.noProfiles')}</p> : null}
      {report.data && report.data.rows.length > 0 ? (
        <>
          <LeverOverview levers={report.data.levers} showCourse={showCourse} />
          <ReportRows rows={report.data.rows} showCourse={showCourse} />
        </>
      ) : null}
    </section>
  );
}
