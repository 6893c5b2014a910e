import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Envelope } from '../core/contract';
import { STAGE_FILE_CHANNEL } from '../core/contract/bridge';
import { isUploadKind } from '../shared/uploads';
import { toErrorData } from '../core/errors';
import type { Core } from '../core/app/services';
import { fromAppPage } from './ipc';

const MAX_PATH = 4096;

/**
 * The desktop's half of an upload: the preload sends the path of the file the learner chose and what
 * it is for, and core copies it into its uploads folder (only an existing regular file with an ending
 * that kind accepts, within the size cap: the path comes from the page, which must not make core read
 * anything else). Without a kind, the file is a package for the Library.
 */
export function stageFileHandler(uploads: Pick<Core['uploads'], 'stage'>, log: (message: string, error: unknown) => void = (m, e) => console.error(m, e)) {
  return async (event: IpcMainInvokeEvent, file: unknown, kind: unknown = 'package'): Promise<Envelope<{ uploadId: string }>> => {
    if (!fromAppPage(event)) return { ok: false, error: { code: 'BAD_REQUEST', message: 'Files are only accepted from the Leerpad window.' } };
    if (typeof file !== 'string' || file.length === 0 || file.length > MAX_PATH) {
      return { ok: false, error: { code: 'BAD_REQUEST', message: 'Choose a zip file on this computer.', hint: 'A file from a website or an e-mail must be saved first.' } };
    }
    if (!isUploadKind(kind)) return { ok: false, error: { code: 'BAD_REQUEST', message: 'Leerpad does not take files for that purpose.' } };
    try {
      return { ok: true, data: { uploadId: await uploads.stage(file, kind) } };
    } catch (e) {
      log('Staging a file failed', e);
      return { ok: false, error: toErrorData(e) };
    }
  };
}

export function registerStageFile(uploads: Pick<Core['uploads'], 'stage'>) {
  ipcMain.handle(STAGE_FILE_CHANNEL, stageFileHandler(uploads));
}
