import { useTranslation } from 'react-i18next';
import type { LearnerSummary } from '../../../electron/core/contract';
import { ProfileForm } from '../components/ProfileForm';

export function FirstRun({ onCreated }: { onCreated(learner: LearnerSummary): void }) {
  const { t } = useTranslation();
  return (
    <section className="card narrow" aria-labelledby="first-run-title">
      <h1 id="first-run-title">{t('firstRun.title')}</h1>
      <p>{t('firstRun.intro')}</p>
      <ProfileForm submitLabel={t('firstRun.submit')} onCreated={onCreated} />
    </section>
  );
}
