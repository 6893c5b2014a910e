import { t } from '../i18n';
import type { LmsHealth } from '../state/store';

/** Discreet on purpose: the learner can keep working in every one of these cases. */
export function LmsNotice({ health }: { health: LmsHealth }) {
  const message = !health.connected
    ? t(health.standalone ? 'lms.none' : 'lms.refused')
    : health.failing
      ? t('lms.failing')
      : health.tooLong
        ? t('lms.tooLong')
        : null;
  return (
    <p className={message && health.connected ? 'lms-notice lms-notice-warning' : 'lms-notice'} role="status">
      {message}
    </p>
  );
}
