import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { importProblemText, manifestFolder } from './import-problem';
import type { ImportState } from './use-package-import';

interface Props {
  state: ImportState;
  onFromFolder(uploadId: string, root: string): void;
}

/** What the import is doing or why it stopped, in the learner's words; the core's own message under "Technische melding". */
export function ImportStatus({ state, onFromFolder }: Props) {
  const { t } = useTranslation();
  if (state.step === 'busy') {
    return (
      <p className="notice notice-info" role="status" aria-busy="true">
        {t('packages.busy', { name: state.name })}
      </p>
    );
  }
  if (state.step === 'done') {
    return (
      <p className="notice notice-success" role="status">
        {t('packages.imported', { title: state.imported.title })}
      </p>
    );
  }
  if (state.step !== 'failed') return <p role="status" className="status-line" />;
  const { error, uploadId } = state;
  if (error.params?.problem === 'not-zip') {
    return (
      <div className="notice notice-error" role="alert">
        <p>
          <strong>{t('packages.notZip', { name: String(error.params.name) })}</strong>
        </p>
      </div>
    );
  }
  const folder = manifestFolder(error);
  if (folder && uploadId) {
    return (
      <div className="notice notice-warning" role="alert">
        <p>
          <strong>{t('packages.notAtRoot', { found: folder.found })}</strong>
        </p>
        <p>{t('packages.notAtRootHint')}</p>
        <button type="button" className="btn btn-primary" onClick={() => onFromFolder(uploadId, folder.root)}>
          {t('packages.fromFolder')}
        </button>
      </div>
    );
  }
  const problem = importProblemText(t, error);
  if (!problem) return <ErrorNotice error={error} />;
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{problem}</strong>
      </p>
      {error.code === 'PACKAGE_INVALID' ? <p>{t('packages.problemHint')}</p> : null}
      <details>
        <summary>{t('packages.detail')}</summary>
        <p lang="en">
          {error.message}
          {error.hint ? ` ${error.hint}` : ''}
        </p>
      </details>
    </div>
  );
}
