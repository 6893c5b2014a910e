import { useCallback, useState } from 'react';
import type { AppErrorData, ImportMode, PackageSummary } from '../../../../electron/core/contract';
import { call, upload } from '../../client';
import { errorData } from '../../components/ErrorNotice';

/** Where an import stands; the upload stays on core's side, so a conflict or a retry from a folder needs no new upload. */
export type ImportState =
  | { step: 'idle' }
  | { step: 'busy'; name: string }
  | { step: 'conflict'; uploadId: string; existing: PackageSummary; root?: string }
  | { step: 'failed'; error: AppErrorData; uploadId?: string }
  | { step: 'done'; imported: PackageSummary };

const ZIP = /\.zip$/i;

/** The import of one zip at a time: upload, 'library/import', and the answers a conflict or a refusal ask for. */
export function usePackageImport(onImported: (p: PackageSummary) => void) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  const importUpload = useCallback(
    async (uploadId: string, name: string, options: { mode?: ImportMode; root?: string } = {}) => {
      setState({ step: 'busy', name });
      try {
        const result = await call('library/import', { uploadId, ...options });
        if ('conflict' in result) return setState({ step: 'conflict', uploadId, existing: result.conflict, root: options.root });
        setState({ step: 'done', imported: result.imported });
        onImported(result.imported);
      } catch (e) {
        setState({ step: 'failed', error: errorData(e), uploadId });
      }
    },
    [onImported],
  );

  const start = useCallback(
    async (file: File) => {
      if (!ZIP.test(file.name)) {
        return setState({ step: 'failed', error: { code: 'BAD_REQUEST', message: `${file.name} is not a zip file.`, params: { problem: 'not-zip', name: file.name } } });
      }
      setState({ step: 'busy', name: file.name });
      let uploadId: string;
      try {
        uploadId = await upload(file);
      } catch (e) {
        return setState({ step: 'failed', error: errorData(e) });
      }
      await importUpload(uploadId, file.name);
    },
    [importUpload],
  );

  return {
    state,
    start: (file: File) => void start(file),
    /** The manifest sits in a folder of the zip: import from there (the error names it). */
    fromFolder: (uploadId: string, root: string) => void importUpload(uploadId, root, { root }),
    answerConflict: (mode: ImportMode | null) => {
      if (state.step !== 'conflict') return;
      if (mode === null) return setState({ step: 'idle' });
      void importUpload(state.uploadId, state.existing.title, { mode, root: state.root });
    },
    dismiss: () => setState({ step: 'idle' }),
  };
}
