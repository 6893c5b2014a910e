import type { UploadKind } from '../../shared/uploads';

/**
 * The one object the Electron preload exposes to the app's page, as `window[BRIDGE_KEY]`, and the
 * one IPC channel behind it. Written once here: the preload `satisfies` the type, the main process
 * listens on the channel, the renderer's client declares `window.leerpad` with this type.
 */
export interface LeerpadBridge {
  invoke(name: string, args: unknown): Promise<unknown>;
  /**
   * Hands a file the learner chose (file input or drop) to core for the call that takes it ('library/import',
   * 'backup/restore', 'learner/transfer-import'); answers an Envelope<{ uploadId }>. Only the file's path and
   * what it is for cross: main copies the file into the uploads folder if its name fits the kind (electron/shared/uploads.ts).
   */
  stageFile(file: File, kind?: UploadKind): Promise<unknown>;
}

export const BRIDGE_KEY = 'leerpad';
export const INVOKE_CHANNEL = 'leerpad:invoke';
export const STAGE_FILE_CHANNEL = 'leerpad:stage-file';
