import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commitQueue, type QueueStatus } from '../player/commit-queue';
import { useErrorText } from './ErrorNotice';

/**
 * Tells the learner when work is not stored yet, or was refused because another window continued
 * the module (the player reloads when it is open; this covers a module left meanwhile). Silent
 * while everything is saved.
 */
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
  const { conflict } = status;
  if (conflict) {
    return (
      <div className="notice notice-warning save-status" role="alert">
        <p>{t('save.conflict')}</p>
        <button type="button" className="btn btn-secondary" onClick={() => commitQueue.conflictHandled(conflict.launchId)}>
          {t('save.dismiss')}
        </button>
      </div>
    );
  }
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
