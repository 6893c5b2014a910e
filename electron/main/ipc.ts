import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Envelope } from '../core/contract';
import { toErrorData } from '../core/errors';
import type { Handlers } from '../core/app/handlers';
import { dispatch } from '../core/transport/rpc';
import { INVOKE_CHANNEL } from '../core/contract/bridge';
import { APP_ORIGIN } from './protocol';

export { INVOKE_CHANNEL } from '../core/contract/bridge';

/**
 * Only the app's own top-level page may call core (Electron security checklist 17): not an SCO frame,
 * not the content origin, not a page that navigated elsewhere. A frame that was disposed meanwhile
 * throws on `url`, which counts as a refusal.
 */
export function fromAppPage(event: IpcMainInvokeEvent): boolean {
  try {
    const frame = event.senderFrame;
    return Boolean(frame && frame.parent === null && frame.url.startsWith(`${APP_ORIGIN}/`));
  } catch {
    return false;
  }
}

/**
 * Everything arriving here is hostile until checked: the sender, the name, the arguments (zod in
 * dispatch). The answer is always an envelope; a throw would reach the page as a bare Error.
 */
export function invokeHandler(handlers: Handlers, log: (message: string, error: unknown) => void = (m, e) => console.error(m, e)) {
  return async (event: IpcMainInvokeEvent, name: unknown, args: unknown): Promise<Envelope<unknown>> => {
    try {
      if (!fromAppPage(event)) {
        return { ok: false, error: { code: 'BAD_REQUEST', message: 'Calls are only accepted from the Leerpad window.' } };
      }
      if (typeof name !== 'string') {
        return { ok: false, error: { code: 'BAD_REQUEST', message: 'The call name must be a string.' } };
      }
      return await dispatch(handlers, name, args, { transport: 'ipc' }, log);
    } catch (e) {
      log('An IPC call failed', e);
      return { ok: false, error: toErrorData(e) };
    }
  };
}

export function registerIpc(handlers: Handlers) {
  ipcMain.handle(INVOKE_CHANNEL, invokeHandler(handlers));
}
