import { describe, expect, it, vi } from 'vitest';
import { electronMock } from './electron-mock';

vi.mock('electron', () => electronMock);
const { hardenWebContents, windowOptions, isExternalLink, denyAllPermissions } = await import('../../../electron/main/window');

type Listener = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  return {
    listeners,
    open: (url: string) => openHandler!({ url }),
    contents: {
      on: (name: string, fn: Listener) => listeners.set(name, fn),
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    },
  };
}

describe('main window', () => {
  it('isolates the renderer: context isolation, sandbox, no Node', () => {
    const prefs = windowOptions('/app/out/preload/index.js').webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      preload: '/app/out/preload/index.js',
    });
  });

  it('blocks navigation away from app:// and sends https links to the system browser', () => {
    const f = fakeContents();
    hardenWebContents(f.contents as never);
    const navigate = f.listeners.get('will-navigate')!;

    const inside = { preventDefault: vi.fn() };
    navigate(inside, 'app://leerpad/index.html#/library');
    expect(inside.preventDefault).not.toHaveBeenCalled();

    const remote = { preventDefault: vi.fn() };
    navigate(remote, 'https://www.grotekansen.be/');
    expect(remote.preventDefault).toHaveBeenCalled();
    expect(electronMock.shell.openExternal).toHaveBeenCalledWith('https://www.grotekansen.be/');

    const file = { preventDefault: vi.fn() };
    electronMock.shell.openExternal.mockClear();
    navigate(file, 'file:///etc/passwd');
    expect(file.preventDefault).toHaveBeenCalled();
    expect(electronMock.shell.openExternal).not.toHaveBeenCalled();
  });

  it('never opens a new window', () => {
    const f = fakeContents();
    hardenWebContents(f.contents as never);
    expect(f.open('https://example.org')).toEqual({ action: 'deny' });
    expect(f.open('app://leerpad/index.html')).toEqual({ action: 'deny' });
    expect(f.open('javascript:alert(1)')).toEqual({ action: 'deny' });
  });

  it('refuses to attach webviews', () => {
    const f = fakeContents();
    hardenWebContents(f.contents as never);
    const e = { preventDefault: vi.fn() };
    f.listeners.get('will-attach-webview')!(e, '');
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('only treats https as an external link', () => {
    expect(isExternalLink('https://klasse.be')).toBe(true);
    expect(isExternalLink('http://klasse.be')).toBe(false);
    expect(isExternalLink('file:///x')).toBe(false);
    expect(isExternalLink('not a url')).toBe(false);
  });

  it('denies every permission request (camera, microphone, notifications …)', () => {
    denyAllPermissions();
    const handler = electronMock.session.defaultSession.setPermissionRequestHandler.mock.calls[0]![0] as (
      wc: unknown,
      p: string,
      cb: (ok: boolean) => void,
    ) => void;
    const cb = vi.fn();
    handler(null, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
  });
});
