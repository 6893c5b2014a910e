import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, Language, ReportFile, ReportFormat } from '../../../../electron/core/contract';
import { LANGUAGES } from '../../../../electron/shared/enums';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { MadeFile } from '../../components/MadeFile';
import { downloadUrl } from '../../download';
import { lecturerError } from '../../lecturer-mode';

const languageOf = (l: string): Language => (LANGUAGES as readonly string[]).includes(l) ? (l as Language) : 'nl-BE';

/** "Download CSV (Excel)" and "Download xlsx": the report is written to exports/ by core, in the screen's language. */
export function ReportDownloads({ teacher, courseId }: { teacher?: string; courseId?: string }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<ReportFile | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  async function make(format: ReportFormat) {
    setBusy(true);
    setError(null);
    try {
      const file = await call('report/file', { teacher, courseId, format, language: languageOf(i18n.language) });
      setMade(file);
      // The desktop shows where the file is instead (MadeFile).
      if (file.downloadUrl) downloadUrl(file.downloadUrl, file.fileName);
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
      {made ? <MadeFile key={made.path} file={made} linkText={t('reports.download', { fileName: made.fileName })} /> : null}
    </div>
  );
}
