import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, INVOKE_CHANNEL } from '../../../electron/core/contract/bridge';
import { electronMock } from '../../helpers/main/electron-mock';

vi.mock('electron', () => electronMock);

describe('preload', () => {
  it('exposes only invoke(name, args) on window.leerpad', async () => {
    await import('../../../electron/preload/index');
    expect(electronMock.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = electronMock.contextBridge.exposeInMainWorld.mock.calls[0]! as [string, Record<string, unknown>];
    expect(key).toBe(BRIDGE_KEY);
    expect(Object.keys(api)).toEqual(['invoke']);
    await (api.invoke as (n: string, a: unknown) => Promise<unknown>)('learner/list', {});
    expect(electronMock.ipcRenderer.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'learner/list', {});
  });
});
