import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, CallResult, PortfolioFormat } from '../../../../electron/core/contract';
import { call } from '../../client';
import { ErrorNotice, errorData } from '../../components/ErrorNotice';
import { MadeFile } from '../../components/MadeFile';
import { downloadUrl } from '../../download';

interface Props {
  session: string;
  courseId: string;
  /** The reflections the learner left out. */
  excluded: Set<string>;
  /** How many reflections go in. */
  included: number;
}

/** "Download als PDF" and "Download als Markdown": core writes the file (one print stylesheet for both hosts). */
export function PortfolioExport({ session, courseId, excluded, included }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<CallResult<'portfolio/export'> | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  async function make(format: PortfolioFormat) {
    setBusy(true);
    setError(null);
    try {
      const result = await call('portfolio/export', { session, courseId, format, exclude: [...excluded] });
      setMade(result);
      if (result.downloadUrl) downloadUrl(result.downloadUrl, result.fileName);
    } catch (e) {
      setError(errorData(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="pf-export" className="card stack">
      <h2 id="pf-export">{t('portfolio.exportHeading')}</h2>
      <p className="muted">{t('portfolio.exportHelp', { count: included })}</p>
      <ErrorNotice error={error} />
      <div className="actions">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void make('pdf')}>
          {t('portfolio.pdf')}
        </button>
        <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => void make('md')}>
          {t('portfolio.md')}
        </button>
      </div>
      <p role="status" className="status-line">
        {busy ? t('portfolio.busy') : made ? t('portfolio.made', { fileName: made.fileName }) : ''}
      </p>
      {made ? <MadeFile key={made.path} file={made} linkText={t('portfolio.downloadAgain', { fileName: made.fileName })} pathClassName="pf-path" /> : null}
    </section>
  );
}
