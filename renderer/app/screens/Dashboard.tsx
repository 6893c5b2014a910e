import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../components/ErrorNotice';
import { href } from '../router';
import { useCall } from '../use-call';
import { AllModules } from './dashboard/AllModules';
import { MyChecklists } from './dashboard/MyChecklists';
import { MyReflections } from './dashboard/MyReflections';
import { NextStep } from './dashboard/NextStep';
import { StudyTime } from './dashboard/StudyTime';
import { WhereAmI } from './dashboard/WhereAmI';
import './dashboard/dashboard.css';

/** Mijn voortgang: what next, where am I, what did I write, time per week; the full module table last, collapsed. */
export function Dashboard({ courseId, session }: { courseId: string; session: string }) {
  const { t } = useTranslation();
  const { data, error } = useCall('progress/dashboard', { session, courseId });

  if (error) return <ErrorNotice error={error} />;
  if (!data) return <p role="status">{t('app.loading')}</p>;

  return (
    <section aria-labelledby="dash-title" className="stack dashboard">
      <p>
        <a href={href({ name: 'course', courseId })}>← {data.courseTitle}</a>
      </p>
      <h1 id="dash-title">{t('dashboard.title')}</h1>
      <p>
        <a className="btn btn-secondary" href={href({ name: 'portfolio', courseId })}>
          {t('portfolio.link')}
        </a>
      </p>
      <NextStep data={data} />
      <WhereAmI data={data} />
      <section aria-labelledby="dash-written" className="stack">
        <h2 id="dash-written">{t('myProgress.writtenHeading')}</h2>
        <MyReflections data={data} />
        <MyChecklists data={data} />
      </section>
      <StudyTime data={data} />
      <AllModules data={data} />
    </section>
  );
}
