import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Envelope } from '../core/contract';
import { STAGE_FILE_CHANNEL } from '../core/contract/bridge';
import { toErrorData } from '../core/errors';
import type { Core } from '../core/app/services';
import { fromAppPage } from './ipc';

const MAX_PATH = 4096;

/**
 * The desktop's half of an import: the preload sends the path of the zip the learner chose, and
 * core copies it into its uploads folder (only an existing regular .zip file within the size cap:
 * the path comes from the page, which must not make core read anything else).
 */
export function stageFileHandler(uploads: Pick<Core['uploads'], 'stage'>, log: (message: string, error: unknown) => void = (m, e) => console.error(m, e)) {
  return async (event: IpcMainInvokeEvent, file: unknown): Promise<Envelope<{ uploadId: string }>> => {
    if (!fromAppPage(event)) return { ok: false, error: { code: 'BAD_REQUEST', message: 'Files are only accepted from the Leerpad window.' } };
    if (typeof file !== 'string' || file.length === 0 || file.length > MAX_PATH) {
      return { ok: false, error: { code: 'BAD_REQUEST', message: 'Choose a zip file on this computer.', hint: 'A file from a website or an e-mail must be saved first.' } };
    }
    try {
      return { ok: true, data: { uploadId: await uploads.stage(file) } };
    } catch (e) {
      log('Staging a file failed', e);
      return { ok: false, error: toErrorData(e) };
    }
  };
}

export function registerStageFile(uploads: Pick<Core['uploads'], 'stage'>) {
  ipcMain.handle(STAGE_FILE_CHANNEL, stageFileHandler(uploads));
}
