import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, CallResult } from '../../../../electron/core/contract';
import { acceptsFileName, UPLOAD_KINDS } from '../../../../electron/shared/uploads';
import { call, upload } from '../../client';
import { lecturerError } from '../../lecturer-mode';
import { RefusalNotice } from './RefusalNotice';
import './backup.css';

const ACCEPT = UPLOAD_KINDS['learner-file'].join(',');

/**
 * "Leerling binnenhalen" (issue 14, part 3): merges a learner file made on another computer and says
 * what the merge did. Nothing is overwritten by older work, so no confirmation is asked.
 */
export function LearnerImportCard({ teacher, onImported }: { teacher: string | null; onImported(): Promise<void> | void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<CallResult<'learner/transfer-import'> | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  // A file of the wrong kind never leaves the page: said here, in the learner's words.
  const [wrongFile, setWrongFile] = useState<string | null>(null);

  async function bringIn(file: File) {
    setError(null);
    setWrongFile(null);
    setDone(null);
    if (!acceptsFileName('learner-file', file.name)) {
      setWrongFile(t('backup.importNotJson', { name: file.name }));
      return;
    }
    setBusy(file.name);
    try {
      const uploadId = await upload(file, 'learner-file');
      const summary = await call('learner/transfer-import', { uploadId, teacher: teacher ?? undefined });
      setDone(summary);
      await onImported();
    } catch (e) {
      setError(lecturerError(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('backup.importTitle')}</h3>
      <p className="muted">{t('backup.importHelp')}</p>
      <RefusalNotice error={error} />
      {wrongFile ? (
        <p className="notice notice-error" role="alert">
          {wrongFile}
        </p>
      ) : null}
      <div role="status" className="status-line">
        {busy ? t('backup.importBusy', { name: busy }) : null}
        {done ? (
          <>
            <p>{done.created ? t('backup.importCreated', { name: done.learnerName }) : t('backup.importMerged', { name: done.learnerName })}</p>
            <ul className="merge-result">
              <li>{t('backup.attemptsAdded', { count: done.attemptsAdded })}</li>
              <li>{t('backup.attemptsUpdated', { count: done.attemptsUpdated })}</li>
              <li>{t('backup.versionsKept', { count: done.versionsKept })}</li>
            </ul>
          </>
        ) : null}
      </div>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('backup.importFile')}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) void bringIn(file);
          e.currentTarget.value = '';
        }}
      />
      <div className="actions">
        <button type="button" className="btn btn-secondary" disabled={busy !== null} onClick={() => input.current?.click()}>
          {t('backup.import')}
        </button>
      </div>
    </section>
  );
}
