import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { href } from '../../router';
import { useCall } from '../../use-call';
import { useExcludedReflections } from './excluded-reflections';
import { LeverProgressChart } from './LeverProgressChart';
import { PortfolioExport } from './PortfolioExport';
import { PortfolioQuizzes } from './PortfolioQuizzes';
import { PortfolioRatings } from './PortfolioRatings';
import { PortfolioReflections } from './PortfolioReflections';
import '../lecturer/backup.css';
import './portfolio.css';

interface Props {
  courseId: string;
  session: string;
  /** The signed-in profile: the reflections left out of an export are remembered per profile. */
  learnerId: string;
}

/** Mijn portfolio (issue 14, part 1): the learner's own work in one course, and its export as PDF or Markdown. */
export function Portfolio({ courseId, session, learnerId }: Props) {
  const { t } = useTranslation();
  const { data, error } = useCall('portfolio/get', { session, courseId });
  const { excluded, setIncluded } = useExcludedReflections(learnerId, courseId);

  if (error) return <ErrorNotice error={error} />;
  if (!data) return <p role="status">{t('app.loading')}</p>;
  const included = data.reflections.filter((r) => !excluded.has(r.reflectionId)).length;

  return (
    <section aria-labelledby="portfolio-title" className="stack portfolio">
      <p>
        <a href={href({ name: 'dashboard', courseId })}>← {t('dashboard.title')}</a>
      </p>
      <h1 id="portfolio-title">{t('portfolio.title')}</h1>
      <p className="lead">{t('portfolio.intro')}</p>
      <PortfolioExport session={session} courseId={courseId} excluded={excluded} included={included} />
      <PortfolioReflections reflections={data.reflections} excluded={excluded} onInclude={setIncluded} />
      <PortfolioRatings data={data} />
      <PortfolioQuizzes quizzes={data.quizzes} />
      <LeverProgressChart data={data} />
    </section>
  );
}
