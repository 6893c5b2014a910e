import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, CallResult } from '../../../../electron/core/contract';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { lecturerError } from '../../lecturer-mode';

/** 'Maak een back-up' (issue 14): one file with every profile's work; RestoreCard puts it back. */
export function BackupCard({ teacher }: { teacher: string | null }) {
  const { t } = useTranslation();
  const [made, setMade] = useState<CallResult<'backup/create'> | null>(null);
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<boolean | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  async function make() {
    setBusy(true);
    setError(null);
    setShown(null);
    try {
      setMade(await call('backup/create', { teacher: teacher ?? undefined }));
    } catch (err) {
      setError(lecturerError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby="backup-title">
      <h3 id="backup-title">{t('backup.title')}</h3>
      <p className="muted">{t('backup.help')}</p>
      <ErrorNotice error={error} />
      <p role="status" className="status-line">
        {made ? t('backup.made', { fileName: made.fileName, count: made.learners }) : busy ? t('backup.busy') : ''}
      </p>
      {made && !made.downloadUrl ? <p className="muted">{made.path}</p> : null}
      <div className="actions">
        <button type="button" className="btn btn-secondary" onClick={() => void make()} disabled={busy}>
          {t('backup.make')}
        </button>
        {made?.downloadUrl ? (
          <a className="btn btn-primary" href={made.downloadUrl} download={made.fileName}>
            {t('backup.download')}
          </a>
        ) : null}
        {made && !made.downloadUrl ? (
          <button type="button" className="btn btn-secondary" onClick={() => void call('app/show-item', { path: made.path }).then((r) => setShown(r.shown))}>
            {t('export.openFolder')}
          </button>
        ) : null}
      </div>
      {shown === false ? <p className="muted">{t('export.openFolderFailed')}</p> : null}
    </section>
  );
}
