import { useTranslation } from 'react-i18next';
import type { Completion, Success } from '../../../electron/core/contract';

/** Status in words and colour (never colour alone), for module lists and the dashboard. */
export function StatusBadge({ completion, success }: { completion: Completion; success: Success }) {
  const { t } = useTranslation();
  const key =
    success === 'passed' ? 'passed' : success === 'failed' ? 'failed' : completion === 'completed' ? 'completed' : completion === 'incomplete' ? 'incomplete' : 'notStarted';
  return <span className={`badge badge-${key}`}>{t(`status.${key}`)}</span>;
}
