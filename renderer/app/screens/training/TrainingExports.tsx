import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, Training, TrainingExportFile } from '../../../../electron/core/contract';
import { call } from '../../client';
import { TrainingError } from './TrainingError';
import { lecturerError } from '../../lecturer-mode';

type Kind = 'attendance-csv' | 'attendance-pdf' | 'certificates' | 'notes-md' | 'notes-pdf';

async function make(kind: Kind, id: string, teacher: string | undefined): Promise<TrainingExportFile[]> {
  switch (kind) {
    case 'attendance-csv':
      return [await call('training/export-attendance', { id, format: 'csv', teacher })];
    case 'attendance-pdf':
      return [await call('training/export-attendance', { id, format: 'pdf', teacher })];
    case 'certificates':
      return (await call('training/export-certificates', { id, teacher })).files;
    case 'notes-md':
      return [await call('training/export-notes', { id, format: 'md', teacher })];
    case 'notes-pdf':
      return [await call('training/export-notes', { id, format: 'pdf', teacher })];
  }
}

/**
 * The files for the school: attendance list, a certificate per participant who was present, the group notes.
 * Each is written to the exports folder; the web harness links it for download, the desktop shows where it is.
 */
export function TrainingExports({ training, teacher }: { training: Training; teacher: string | undefined }) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<TrainingExportFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [shown, setShown] = useState<boolean | null>(null);

  async function run(kind: Kind) {
    setBusy(true);
    setError(null);
    setFiles([]);
    setShown(null);
    try {
      setFiles(await make(kind, training.id, teacher));
    } catch (e) {
      setError(lecturerError(e));
    } finally {
      setBusy(false);
    }
  }

  const buttons: [Kind, string][] = [
    ['attendance-csv', t('training.exportAttendanceCsv')],
    ['attendance-pdf', t('training.exportAttendancePdf')],
    ['certificates', t('training.exportCertificates')],
    ['notes-md', t('training.exportNotesMd')],
    ['notes-pdf', t('training.exportNotesPdf')],
  ];
  return (
    <section className="card stack" aria-labelledby="exports-title">
      <h2 id="exports-title">{t('training.exportsTitle')}</h2>
      <p className="muted">
        {t('training.certificatesHelp')} {t('training.exportsHelp')}
      </p>
      <div className="actions">
        {buttons.map(([kind, label]) => (
          <button key={kind} type="button" className="btn btn-secondary" onClick={() => void run(kind)} disabled={busy}>
            {label}
          </button>
        ))}
      </div>
      <p role="status" className="status-line">
        {busy ? t('training.exportBusy') : files.length > 0 ? t('training.exportMade', { count: files.length }) : ''}
      </p>
      <TrainingError error={error} />
      {files.length > 0 ? (
        <ul className="export-files">
          {files.map((f) =>
            f.downloadUrl ? (
              <li key={f.fileName}>
                <a href={f.downloadUrl} download={f.fileName}>
                  {t('training.download', { fileName: f.fileName })}
                </a>
              </li>
            ) : (
              <li key={f.fileName} className="muted">
                {f.path}
              </li>
            ),
          )}
        </ul>
      ) : null}
      {files.length > 0 && !files[0]!.downloadUrl ? (
        <div className="actions">
          <button type="button" className="btn btn-secondary" onClick={() => void call('app/show-item', { path: files[0]!.path }).then((r) => setShown(r.shown))}>
            {t('export.openFolder')}
          </button>
        </div>
      ) : null}
      {shown === false ? <p className="muted">{t('export.openFolderFailed')}</p> : null}
    </section>
  );
}
