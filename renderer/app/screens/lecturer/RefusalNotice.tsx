import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../../electron/core/contract';
import { BACKUP_REFUSAL_REASONS, LEARNER_FILE_REFUSAL_REASONS } from '../../../../electron/shared/file-refusals';
import { ErrorNotice } from '../../components/ErrorNotice';

const backupReason = (e: AppErrorData) => (e.code === 'BACKUP_REFUSED' ? BACKUP_REFUSAL_REASONS.find((r) => r === e.params?.reason) : undefined);
const learnerReason = (e: AppErrorData) => (e.code === 'LEARNER_FILE_REFUSED' ? LEARNER_FILE_REFUSAL_REASONS.find((r) => r === e.params?.reason) : undefined);

/**
 * A refused backup or learner file, told by its reason: what is wrong with the file and what to do,
 * and that nothing changed. Any other error is shown as everywhere else.
 */
export function RefusalNotice({ error }: { error: AppErrorData | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const backup = backupReason(error);
  const learner = learnerReason(error);
  if (!backup && !learner) return <ErrorNotice error={error} />;
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{backup ? t(`backup.refused.${backup}`) : t(`backup.learnerRefused.${learner!}`)}</strong>
      </p>
      <p>{backup ? t(`backup.refusedHint.${backup}`) : t(`backup.learnerRefusedHint.${learner!}`)}</p>
      <details>
        <summary>{t('backup.technical')}</summary>
        <p className="muted">{error.message}</p>
      </details>
    </div>
  );
}
