import { useTranslation } from 'react-i18next';
import type { LearnerSummary } from '../../../../electron/core/contract';

/** A profile's name, when it was last used and whether it has a PIN. */
export function ProfileLine({ learner, you = false, level = 3 }: { learner: LearnerSummary; you?: boolean; level?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div>
      <Heading className="manage-name">
        {learner.name} {you ? <span className="badge badge-incomplete">{t('profiles.you')}</span> : null}
      </Heading>
      <p className="muted">
        {learner.lastActiveAt ? t('profiles.lastActive', { date: date(learner.lastActiveAt) }) : t('profiles.neverActive')}
        {learner.hasPin ? ` · ${t('profiles.withPin')}` : ''}
      </p>
    </div>
  );
}
