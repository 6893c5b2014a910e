import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../../electron/core/contract';
import { acceptsFileName, UPLOAD_KINDS } from '../../../../electron/shared/uploads';
import { call, upload } from '../../client';
import { lecturerError } from '../../lecturer-mode';
import { Modal } from '../package/Modal';
import { RefusalNotice } from './RefusalNotice';
import { announceRestored } from './restored-event';
import './backup.css';

const ACCEPT = UPLOAD_KINDS.backup.join(',');

/**
 * "Zet een back-up terug" (issue 14): the teacher chooses a backup file, confirms what happens, and
 * core checks the whole file before it replaces anything. A refused file changes nothing and says why.
 */
export function RestoreCard({ teacher }: { teacher: string | null }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const dialogTitleId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  // A file of the wrong kind never leaves the page: said here, in the learner's words.
  const [wrongFile, setWrongFile] = useState<string | null>(null);

  function choose(file: File | undefined) {
    setError(null);
    setWrongFile(null);
    if (!file) return;
    if (!acceptsFileName('backup', file.name)) {
      setWrongFile(t('backup.restoreNotZip', { name: file.name }));
      return;
    }
    setChosen(file);
  }

  async function restore(file: File) {
    setChosen(null);
    setBusy(true);
    try {
      const uploadId = await upload(file, 'backup');
      const done = await call('backup/restore', { uploadId, teacher: teacher ?? undefined });
      const date = new Date(done.createdAt).toLocaleString(i18n.language, { dateStyle: 'long', timeStyle: 'short' });
      announceRestored(t('backup.restored', { date, count: done.learners }));
    } catch (e) {
      setError(lecturerError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('backup.restoreTitle')}</h3>
      <p className="muted">{t('backup.restoreHelp')}</p>
      <RefusalNotice error={error} />
      {wrongFile ? (
        <p className="notice notice-error" role="alert">
          {wrongFile}
        </p>
      ) : null}
      <p role="status" className="status-line">
        {busy ? t('backup.restoreBusy') : ''}
      </p>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('backup.restoreFile')}
        onChange={(e) => {
          choose(e.currentTarget.files?.[0]);
          e.currentTarget.value = '';
        }}
      />
      <div className="actions">
        <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => input.current?.click()}>
          {t('backup.restore')}
        </button>
      </div>
      <Modal open={chosen !== null} labelledBy={dialogTitleId} onCancel={() => setChosen(null)}>
        <h2 id={dialogTitleId}>{t('backup.confirmTitle')}</h2>
        <p>{t('backup.confirmBody', { name: chosen?.name ?? '' })}</p>
        <p>{t('backup.confirmSessions')}</p>
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={() => setChosen(null)} autoFocus>
            {t('backup.cancel')}
          </button>
          <button type="button" className="btn btn-danger" onClick={() => chosen && void restore(chosen)}>
            {t('backup.confirm')}
          </button>
        </div>
      </Modal>
    </section>
  );
}
