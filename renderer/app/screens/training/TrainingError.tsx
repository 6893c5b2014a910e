import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../../electron/core/contract';
import { ErrorNotice } from '../../components/ErrorNotice';

/**
 * A refusal from core in the trainer's language, with core's own sentence under "Technische melding": the
 * Dutch texts are per error code, core's message names the exact field or module.
 */
export function TrainingError({ error }: { error: AppErrorData | null }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  return (
    <>
      <ErrorNotice error={error} />
      {i18n.language !== 'en' ? (
        <details>
          <summary>{t('training.technical')}</summary>
          <p lang="en">
            {error.message}
            {error.hint ? ` ${error.hint}` : ''}
          </p>
        </details>
      ) : null}
    </>
  );
}
