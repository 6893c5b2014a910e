import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Envelope } from '../core/contract';
import type { Handlers } from '../core/handlers';
import { dispatch } from '../core/rpc';
import { APP_ORIGIN } from './protocol';

export const INVOKE_CHANNEL = 'leerpad:invoke';

/** Only the app's own top-level page may call core; an SCO frame or a foreign page may not. */
function fromAppPage(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return Boolean(frame && frame.parent === null && frame.url.startsWith(`${APP_ORIGIN}/`));
}

export function invokeHandler(handlers: Handlers) {
  return async (event: IpcMainInvokeEvent, name: unknown, args: unknown): Promise<Envelope<unknown>> => {
    if (!fromAppPage(event)) {
      return { ok: false, error: { code: 'BAD_REQUEST', message: 'Calls are only accepted from the Leerpad window.' } };
    }
    if (typeof name !== 'string') {
      return { ok: false, error: { code: 'BAD_REQUEST', message: 'The call name must be a string.' } };
    }
    return dispatch(handlers, name, args, { transport: 'ipc' });
  };
}

export function registerIpc(handlers: Handlers) {
  ipcMain.handle(INVOKE_CHANNEL, invokeHandler(handlers));
}
