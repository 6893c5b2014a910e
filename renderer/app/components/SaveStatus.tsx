import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commitQueue, type QueueStatus } from '../player/commit-queue';
import { useErrorText } from './ErrorNotice';

/** Tells the learner when work is not stored yet; silent while everything is saved. */
export function SaveStatus() {
  const { t } = useTranslation();
  const text = useErrorText();
  const [status, setStatus] = useState<QueueStatus>(commitQueue.status);
  useEffect(() => {
    const off = commitQueue.subscribe(setStatus);
    return () => {
      off();
    };
  }, []);
  if (!status.pending) return null;
  const detail = status.lastError ? text(status.lastError) : null;
  return (
    <div className="notice notice-warning save-status" role="alert">
      <p>
        <strong>{t('save.pending')}</strong> {t('save.kept')}
      </p>
      {detail ? <p>{detail.message}</p> : null}
      <button type="button" className="btn btn-secondary" onClick={() => commitQueue.retryNow()}>
        {t('save.retry')}
      </button>
    </div>
  );
}
