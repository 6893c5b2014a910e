import { useTranslation } from 'react-i18next';
import type { AppErrorData, Training } from '../../../../electron/core/contract';
import { TrainingError } from './TrainingError';
import { href } from '../../router';
import { useCall } from '../../use-call';
import { PresenterDeck } from './PresenterDeck';
import { useTrainingCall } from './use-training-call';
import './training.css';

interface Props {
  trainingId: string;
  moduleId?: string;
  teacher: string | undefined;
}

/** `#/training/<id>/present[/<module>]`: the session's module in the presenter view (its first module by default). */
export function Presenter({ trainingId, moduleId, teacher }: Props) {
  const { t } = useTranslation();
  const { data: training, error } = useTrainingCall('training/get', { id: trainingId, teacher });
  if (error) return <PresenterError error={error} />;
  if (!training) return <p role="status">{t('app.loading')}</p>;
  const chosen = moduleId && training.moduleIds.includes(moduleId) ? moduleId : training.moduleIds[0];
  if (!chosen) return <p>{t('training.noSlides')}</p>;
  return <ModulePresenter key={chosen} training={training} moduleId={chosen} teacher={teacher} />;
}

function ModulePresenter({ training, moduleId, teacher }: { training: Training; moduleId: string; teacher: string | undefined }) {
  const { t } = useTranslation();
  const { data: module, error } = useTrainingCall('training/module', { id: training.id, moduleId, teacher });
  // The course's language marks the content when the app speaks another (screen readers pronounce it right).
  const { data: courses } = useCall('course/list', {});
  if (error) return <PresenterError error={error} />;
  if (!module || !courses) return <p role="status">{t('app.loading')}</p>;
  const language = courses.find((c) => c.id === training.courseId)?.language;
  return <PresenterDeck training={training} module={module} lang={language} teacher={teacher} />;
}

/** The presenter view has no app header: a refusal offers the way back itself. */
function PresenterError({ error }: { error: AppErrorData }) {
  const { t } = useTranslation();
  return (
    <div className="app-main">
      <TrainingError error={error} />
      <p>
        <a href={href({ name: 'trainings' })}>{t('training.toList')}</a>
      </p>
    </div>
  );
}
