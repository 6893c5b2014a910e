import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../client';

/** What core answers for a file it wrote into the data folder's exports/ (electron/core/app/export-file.ts). */
export interface ExportedFileRef {
  fileName: string;
  path: string;
  /** Set by the web harness, which serves exports/; the desktop shows the path instead. */
  downloadUrl: string | null;
}

/**
 * A file just made: in the browser a link to download it again, on the desktop where it is and a button that
 * opens its folder. Keyed by the file's path where it is used, so a new file starts without an old failure.
 */
export function MadeFile({ file, linkText, pathClassName }: { file: ExportedFileRef; linkText: string; pathClassName?: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<boolean | null>(null);
  if (file.downloadUrl) {
    return (
      <p>
        <a href={file.downloadUrl} download={file.fileName}>
          {linkText}
        </a>
      </p>
    );
  }
  return (
    <>
      <div className="actions">
        <span className={pathClassName ? `muted ${pathClassName}` : 'muted'}>{file.path}</span>
        <button type="button" className="btn btn-secondary" onClick={() => void call('app/show-item', { path: file.path }).then((r) => setShown(r.shown))}>
          {t('export.openFolder')}
        </button>
      </div>
      {shown === false ? <p className="muted">{t('export.openFolderFailed')}</p> : null}
    </>
  );
}
