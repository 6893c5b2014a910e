import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult, PreflightFinding } from '../../../../electron/core/contract';
import { call } from '../../client';
import { findingText } from '../../i18n/preflight';
import { UploadGuideView } from './UploadGuideView';

function size(bytes: number) {
  return bytes > 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`;
}

function Findings({ findings }: { findings: PreflightFinding[] }) {
  const { t, i18n } = useTranslation();
  if (findings.length === 0) return <p>{t('export.noFindings')}</p>;
  return (
    <ul className="findings">
      {findings.map((f, i) => {
        const { message, fix } = findingText(i18n, f);
        return (
          <li key={i} className={`finding finding-${f.severity}`}>
            <span className={`badge badge-${f.severity === 'error' ? 'failed' : f.severity === 'warning' ? 'incomplete' : 'notStarted'}`}>{t(`export.severity.${f.severity}`)}</span>{' '}
            {f.item ? <code>{f.item}</code> : null} {message}
            <br />
            <span className="muted">
              {t('export.fix')}: {fix}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export function ExportSummary({ result }: { result: ExportResult }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<boolean | null>(null);
  return (
    <div className={`card stack ${result.written ? '' : 'is-invalid'}`} role="region" aria-labelledby="export-result">
      <h2 id="export-result">{result.written ? t('export.done') : t('export.refused')}</h2>
      {result.written ? (
        <p>
          {t('export.file')}: <strong>{result.fileName}</strong> ({size(result.bytes)})
          {result.path ? (
            <>
              <br />
              <span className="muted">{result.path}</span>
            </>
          ) : null}
        </p>
      ) : (
        <p>{t('export.refusedIntro')}</p>
      )}
      <div className="actions">
        {result.written && result.downloadUrl ? (
          <a className="btn btn-primary" href={result.downloadUrl} download={result.fileName}>
            {t('export.download')}
          </a>
        ) : null}
        {result.written && result.path && !result.downloadUrl ? (
          <button type="button" className="btn btn-secondary" onClick={() => void call('app/show-item', { path: result.path! }).then((r) => setShown(r.shown))}>
            {t('export.openFolder')}
          </button>
        ) : null}
      </div>
      {shown === false ? <p className="muted">{t('export.openFolderFailed')}</p> : null}
      {result.written && result.parts ? (
        <section aria-labelledby="export-parts">
          <h3 id="export-parts">{t('export.parts')}</h3>
          <p>{t('export.partsIntro')}</p>
          <ol className="export-parts">
            {result.parts.map((p) => (
              <li key={p.fileName}>
                <code>{p.fileName}</code> ({size(p.bytes)})
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {result.guide ? <UploadGuideView guide={result.guide} /> : null}
      <h3>{t('export.findings')}</h3>
      <Findings findings={result.findings} />
    </div>
  );
}
