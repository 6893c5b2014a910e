import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, Language, ReportFile, ReportFormat } from '../../../../electron/core/contract';
import { LANGUAGES } from '../../../../electron/shared/enums';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { lecturerError } from '../../lecturer-mode';

const languageOf = (l: string): Language => (LANGUAGES as readonly string[]).includes(l) ? (l as Language) : 'nl-BE';

/** Starts the browser's download of a file the web harness serves; the desktop shows where the file is instead. */
function startDownload(file: ReportFile) {
  if (!file.downloadUrl) return;
  const a = document.createElement('a');
  a.href = file.downloadUrl;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
}

/** "Download CSV (Excel)" and "Download xlsx": the report is written to exports/ by core, in the screen's language. */
export function ReportDownloads({ teacher, courseId }: { teacher?: string; courseId?: string }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<ReportFile | null>(null);
  const [shown, setShown] = useState<boolean | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  async function make(format: ReportFormat) {
    setBusy(true);
    setError(null);
    setShown(null);
    try {
      const file = await call('report/file', { teacher, courseId, format, language: languageOf(i18n.language) });
      setMade(file);
      startDownload(file);
    } catch (e) {
      setError(lecturerError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <div className="actions">
        <button type="button" className="btn btn-primary" onClick={() => void make('csv')} disabled={busy}>
          {t('reports.downloadCsv')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => void make('xlsx')} disabled={busy}>
          {t('reports.downloadXlsx')}
        </button>
      </div>
      <p className="muted">{t('reports.csvHelp')}</p>
      <ErrorNotice error={error} />
      <p role="status" className="status-line">
        {busy ? t('reports.busy') : made ? t('reports.made', { fileName: made.fileName }) : ''}
      </p>
      {made?.downloadUrl ? (
        <p>
          <a href={made.downloadUrl} download={made.fileName}>
            {t('reports.download', { fileName: made.fileName })}
          </a>
        </p>
      ) : null}
      {made && !made.downloadUrl ? (
        <div className="actions">
          <span className="muted">{made.path}</span>
          <button type="button" className="btn btn-secondary" onClick={() => void call('app/show-item', { path: made.path }).then((r) => setShown(r.shown))}>
            {t('export.openFolder')}
          </button>
        </div>
      ) : null}
      {shown === false ? <p className="muted">{t('export.openFolderFailed')}</p> : null}
    </div>
  );
}
