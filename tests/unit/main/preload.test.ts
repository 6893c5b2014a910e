import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, INVOKE_CHANNEL, STAGE_FILE_CHANNEL } from '../../../electron/core/contract/bridge';
import { electronMock } from '../../helpers/main/electron-mock';

const webUtils = { getPathForFile: vi.fn((file: { name: string }) => `/home/lotte/Downloads/${file.name}`) };
vi.mock('electron', () => ({ ...electronMock, webUtils }));

describe('preload', () => {
  it('exposes only invoke(name, args) and stageFile(file) on window.leerpad', async () => {
    await import('../../../electron/preload/index');
    expect(electronMock.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = electronMock.contextBridge.exposeInMainWorld.mock.calls[0]! as [string, Record<string, unknown>];
    expect(key).toBe(BRIDGE_KEY);
    expect(Object.keys(api)).toEqual(['invoke', 'stageFile']);
    await (api.invoke as (n: string, a: unknown) => Promise<unknown>)('learner/list', {});
    expect(electronMock.ipcRenderer.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'learner/list', {});
  });

  it('sends main only the chosen file’s path, on its own channel', async () => {
    await import('../../../electron/preload/index');
    const [, api] = electronMock.contextBridge.exposeInMainWorld.mock.calls[0]! as [string, Record<string, unknown>];
    await (api.stageFile as (f: unknown) => Promise<unknown>)({ name: 'golf.zip' });
    expect(electronMock.ipcRenderer.invoke).toHaveBeenCalledWith(STAGE_FILE_CHANNEL, '/home/lotte/Downloads/golf.zip', undefined);
  });
});
