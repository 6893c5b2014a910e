import { useTranslation } from 'react-i18next';
import type { OpenedLearner } from '../../../electron/core/contract';
import { ProfileForm } from '../components/ProfileForm';
import { href } from '../router';

export function FirstRun({ onCreated }: { onCreated(opened: OpenedLearner): void }) {
  const { t } = useTranslation();
  return (
    <section className="card narrow" aria-labelledby="first-run-title">
      <h1 id="first-run-title">{t('firstRun.title')}</h1>
      <p>{t('firstRun.intro')}</p>
      <ProfileForm submitLabel={t('firstRun.submit')} onCreated={onCreated} />
      <p className="muted">
        <a href={href({ name: 'lecturer' })}>{t('lecturer.link')}</a>
      </p>
    </section>
  );
}
