import { useTranslation } from 'react-i18next';
import type { ModuleProgress } from '../../../../electron/core/contract';
import { useDateFormat } from './dates';

/**
 * "Gevolgd in sessie" beside a module's status, never in place of it: following a module with the team
 * (issue 15) is not finishing it alone, so the status badge keeps saying what the learner did themselves.
 */
export function FollowedInSession({ followed }: { followed: ModuleProgress['followedInSession'] }) {
  const { t } = useTranslation();
  const { dayLong } = useDateFormat();
  if (!followed) return null;
  return <p className="muted followed-in-session">{t('followed.inSession', { title: followed.title, date: dayLong(followed.date) })}</p>;
}
