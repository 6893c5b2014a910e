import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../electron/core/app/handlers';
import { electronMock } from '../../helpers/main/electron-mock';

vi.mock('electron', () => electronMock);
const { invokeHandler, registerIpc, INVOKE_CHANNEL } = await import('../../../electron/main/ipc');

const handlers = {
  'learner/list': vi.fn(() => [{ id: '1', name: 'Amira' }]),
  'learner/create': vi.fn((args: { name: string }) => ({ id: '2', name: args.name })),
} as unknown as Handlers;

const fromApp = { senderFrame: { parent: null, url: 'app://leerpad/index.html' } };

describe('IPC', () => {
  it('registers one channel', () => {
    registerIpc(handlers);
    expect(electronMock.ipcMain.handle).toHaveBeenCalledWith(INVOKE_CHANNEL, expect.any(Function));
  });

  it('routes a call from the app page to its handler', async () => {
    const res = await invokeHandler(handlers)(fromApp as never, 'learner/list', {});
    expect(res).toEqual({ ok: true, data: [{ id: '1', name: 'Amira' }] });
  });

  it('refuses unknown handler names', async () => {
    const res = await invokeHandler(handlers)(fromApp as never, 'fs/readFile', { path: '/etc/passwd' });
    expect(res).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    const proto = await invokeHandler(handlers)(fromApp as never, '__proto__', {});
    expect(proto).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
  });

  it('validates arguments before a handler runs', async () => {
    const res = await invokeHandler(handlers)(fromApp as never, 'learner/create', { name: 42 });
    expect(res).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(handlers['learner/create']).not.toHaveBeenCalled();
  });

  it('refuses a non-string name', async () => {
    const res = await invokeHandler(handlers)(fromApp as never, { toString: () => 'learner/list' }, {});
    expect(res).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('refuses calls from an SCO frame or a foreign page', async () => {
    const sco = { senderFrame: { parent: {}, url: 'app://leerpad/sco/x/index.html' } };
    const foreign = { senderFrame: { parent: null, url: 'https://evil.example/' } };
    for (const event of [sco, foreign, { senderFrame: null }]) {
      const res = await invokeHandler(handlers)(event as never, 'learner/list', {});
      expect(res).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    }
  });
});
