import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAssetResolver } from '../../electron/core/app/assets';
import type { Handlers } from '../../electron/core/app/handlers';
import { tempDir } from '../helpers/temp';
import { electronMock, fakeWebContents } from '../helpers/main/electron-mock';
import { STAGE_FILE_CHANNEL } from '../../electron/core/contract/bridge';

/**
 * The Electron shell against Electron's security checklist,
 * https://www.electronjs.org/docs/latest/tutorial/security — one test per numbered item, each calling
 * the shell's real functions with a recording stand-in for 'electron' (the binary cannot run here).
 */
vi.mock('electron', () => electronMock);
const { windowOptions, createMainWindow } = await import('../../electron/main/window');
const { hardenSession, hardenWebContents } = await import('../../electron/main/hardening');
const { invokeHandler, registerIpc, INVOKE_CHANNEL } = await import('../../electron/main/ipc');
const { appProtocolHandler, registerAppScheme } = await import('../../electron/main/protocol');
// The entry point itself: with the single-instance lock refused it stops after its top-level setup.
await import('../../electron/main/index');

const ROOT = path.resolve(__dirname, '../..');
const prefs = windowOptions('/app/out/preload/index.js').webPreferences!;
const appTop = { parent: null, url: 'app://leerpad/index.html' };

function sessionHandlers() {
  const s = electronMock.session.defaultSession;
  hardenSession(s as never);
  const last = <T>(fn: { mock: { calls: unknown[][] } }) => fn.mock.calls.at(-1)![0] as T;
  return {
    request: last<(wc: unknown, permission: string, cb: (ok: boolean) => void) => void>(s.setPermissionRequestHandler),
    check: last<(wc: unknown, permission: string) => boolean>(s.setPermissionCheckHandler),
    device: last<(d: unknown) => boolean>(s.setDevicePermissionHandler),
    beforeRequest: last<(d: { url: string; webContentsId?: number }, cb: (r: { cancel: boolean }) => void) => void>(s.webRequest.onBeforeRequest),
  };
}

/** Whether a request a page makes (it has a web contents) is cancelled. */
function cancels(url: string, fromPage = true): boolean {
  let cancel: boolean | undefined;
  sessionHandlers().beforeRequest(fromPage ? { url, webContentsId: 1 } : { url }, (r) => (cancel = r.cancel));
  return cancel!;
}

function hardened() {
  const f = fakeWebContents();
  hardenWebContents(f.contents as never);
  return f;
}

async function invokeFrom(senderFrame: unknown) {
  const handlers = { 'learner/list': vi.fn(() => []) } as unknown as Handlers;
  const res = await invokeHandler(handlers, () => undefined)({ senderFrame } as never, 'learner/list', {});
  return { res, ran: (handlers['learner/list'] as unknown as ReturnType<typeof vi.fn>).mock.calls.length > 0 };
}

async function loadBuilderConfig(): Promise<Record<string, unknown>> {
  const { getConfig, validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as unknown as {
    getConfig(dir: string, file: string, extra: null): Promise<Record<string, unknown>>;
    validateConfiguration(config: object, logger: object): Promise<void>;
  };
  const { DebugLogger } = (await import('builder-util')) as { DebugLogger: new (enabled: boolean) => object };
  const config = await getConfig(ROOT, path.join(ROOT, 'build/electron-builder.yml'), null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('Electron security checklist', () => {
  it('1. only secure content: the window loads app://, and no page may load http(s), ws(s), ftp or file', () => {
    electronMock.BrowserWindow.mockImplementation(function (this: Record<string, unknown>) {
      this.webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
      this.once = vi.fn();
      this.loadURL = vi.fn(async () => undefined);
    } as never);
    const win = createMainWindow('/p.js') as unknown as { loadURL: ReturnType<typeof vi.fn> };
    expect(win.loadURL).toHaveBeenCalledWith('app://leerpad/index.html');
    for (const url of ['https://cdn.example/x.js', 'http://127.0.0.1:5179/rpc/learner/list', 'ws://x/', 'ftp://x/', 'file:///etc/passwd', '::bad'])
      expect(cancels(url), url).toBe(true);
    for (const url of ['app://leerpad/assets/app.js', 'app://content/sco/m/index.html', 'data:image/png;base64,AA==', 'blob:app://leerpad/1', 'devtools://devtools/x'])
      expect(cancels(url), url).toBe(false);
    // Electron's own downloads (spellcheck dictionaries) come from no page.
    expect(cancels('https://redirector.gvt1.com/edgedl/chrome/dict/nl-nl-3-0.bdic', false)).toBe(false);
  });

  it('2. no Node.js integration for remote content: not in the page, not in frames, not in workers', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
  });

  it('3. context isolation is on and the preload only reaches the page through contextBridge', async () => {
    expect(prefs.contextIsolation).toBe(true);
    await import('../../electron/preload/index');
    expect(electronMock.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  });

  it('4. process sandboxing: the window is sandboxed and app.enableSandbox() runs at start-up for every renderer', () => {
    expect(prefs.sandbox).toBe(true);
    expect(electronMock.app.enableSandbox).toHaveBeenCalled();
  });

  it('5. session permission requests are denied by default (camera, microphone, location, notifications, devices)', () => {
    const h = sessionHandlers();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'hid', 'usb']) {
      const cb = vi.fn();
      h.request(null, permission, cb);
      expect(cb, permission).toHaveBeenCalledWith(false);
      expect(h.check(null, permission), permission).toBe(false);
    }
    expect(h.device({ deviceType: 'usb' })).toBe(false);
  });

  it('6. webSecurity is not disabled', () => {
    expect(prefs.webSecurity).toBe(true);
  });

  it("7. a Content-Security-Policy: the app's page gets a strict one, every other response a sandbox", async () => {
    const rendererDir = tempDir();
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Leerpad</title>');
    fs.writeFileSync(path.join(rendererDir, 'app.js'), '1');
    const site = createAssetResolver({ rendererDir });
    const handle = appProtocolHandler({ app: site, content: site });
    const page = handle(new Request('app://leerpad/index.html')).headers.get('content-security-policy')!;
    const scriptSrc = page.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc).toBe("script-src 'self'");
    expect(page).toContain("object-src 'none'");
    expect(page).not.toMatch(/unsafe-eval|https?:/);
    expect(handle(new Request('app://leerpad/app.js')).headers.get('content-security-policy')).toMatch(/^sandbox; default-src 'none'/);
  });

  it('8. allowRunningInsecureContent stays off', () => {
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });

  it('9. no experimental features', () => {
    expect(prefs.experimentalFeatures).toBe(false);
  });

  it('10. no enableBlinkFeatures', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('11. no allowpopups on webviews: the <webview> tag is off and attaching one is refused', () => {
    expect(prefs.webviewTag).toBe(false);
    const f = hardened();
    expect(f.fire('will-attach-webview', {}, { preload: '/evil.js' }, { allowpopups: 'true' }).preventDefault).toHaveBeenCalled();
  });

  it('12. webview options are verified: a preload is stripped, Node off, isolation on, and the webview refused', () => {
    const f = hardened();
    const webPreferences: Record<string, unknown> = { preload: '/evil.js', nodeIntegration: true, contextIsolation: false };
    const event = f.fire('will-attach-webview', {}, webPreferences, { src: 'https://evil.example/' });
    expect(webPreferences).toEqual({ nodeIntegration: false, contextIsolation: true });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('13. navigation is limited to app://: the window, its frames and redirects', () => {
    const f = hardened();
    expect(f.fire('will-navigate', { url: 'app://leerpad/index.html#/x', initiator: appTop }).preventDefault).not.toHaveBeenCalled();
    expect(f.fire('will-navigate', { url: 'https://evil.example/', initiator: appTop }).preventDefault).toHaveBeenCalled();
    expect(f.fire('will-navigate', { url: 'file:///etc/passwd', initiator: appTop }).preventDefault).toHaveBeenCalled();
    expect(f.fire('will-frame-navigate', { url: 'https://evil.example/', isMainFrame: false }).preventDefault).toHaveBeenCalled();
    expect(f.fire('will-redirect', { url: 'https://evil.example/' }).preventDefault).toHaveBeenCalled();
  });

  it('14. no new windows: every window.open is denied; an https link goes to the system browser instead', () => {
    const f = hardened();
    electronMock.shell.openExternal.mockClear();
    for (const url of ['https://klasse.be/', 'app://leerpad/index.html', 'javascript:alert(1)', 'about:blank'])
      expect(f.open(url), url).toEqual({ action: 'deny' });
    expect(electronMock.shell.openExternal.mock.calls).toEqual([['https://klasse.be/']]);
  });

  it('15. no shell.openExternal with untrusted content: only checked https URLs, never one a SCO pushes the window to', () => {
    const f = hardened();
    electronMock.shell.openExternal.mockClear();
    for (const url of ['file:///C:/Windows/System32/calc.exe', 'smb://evil/share', 'ms-msdt:/id', 'http://klasse.be', 'https://bank.example@evil.example/'])
      f.open(url);
    f.fire('will-navigate', { url: 'https://phish.example/', initiator: { parent: appTop, url: 'app://content/sco/m/index.html' } });
    expect(electronMock.shell.openExternal).not.toHaveBeenCalled();
  });

  it('16. a current Electron: the installed major is the one package.json asks for, 45 or newer', () => {
    const wanted = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.electron!;
    const installed = (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
    const major = Number(installed.split('.')[0]);
    expect(major).toBeGreaterThanOrEqual(45);
    expect(wanted.replace(/^[\^~]/, '').split('.')[0]).toBe(String(major));
  });

  it('17. the sender of every IPC message is validated: only the app page, top level, on one channel', async () => {
    registerIpc({} as Handlers);
    expect(electronMock.ipcMain.handle.mock.calls.map(([channel]) => channel)).toEqual([INVOKE_CHANNEL]);
    expect(await invokeFrom(appTop)).toMatchObject({ res: { ok: true }, ran: true });
    for (const frame of [
      { parent: appTop, url: 'app://leerpad/sco/m/index.html' },
      { parent: null, url: 'app://content/lms-host/index.html' },
      { parent: null, url: 'https://evil.example/' },
      null,
    ])
      expect(await invokeFrom(frame), JSON.stringify(frame)).toMatchObject({ res: { ok: false }, ran: false });
  });

  it('18. no file://: the app is served from a standard, secure app:// scheme', () => {
    registerAppScheme();
    expect(electronMock.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(cancels('file:///home/learner/.config/Leerpad/leerpad.sqlite')).toBe(true);
  });

  it('19. fuses: the packaged binary cannot run as Node, take NODE_OPTIONS or --inspect, nor load code outside a checked app.asar', async () => {
    // Every fuse electron-builder 26 can flip is decided here. Not set: resetAdHocDarwinSignature (electron-builder
    // signs the macOS app after flipping). Asar integrity is checked on macOS and Windows only; on Linux the
    // AppImage/deb install is the boundary.
    const config = await loadBuilderConfig();
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      // Not a security fuse; Electron's default, written down so every fuse is decided.
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('20. no Electron API reaches the page: the preload exposes invoke(name, args) and stageFile(file, kind), each on its own channel, nothing else', async () => {
    await import('../../electron/preload/index');
    const [key, api] = electronMock.contextBridge.exposeInMainWorld.mock.calls[0]! as [string, Record<string, unknown>];
    expect(key).toBe('leerpad');
    expect(Object.keys(api)).toEqual(['invoke', 'stageFile']);
    await (api.invoke as (n: string, a: unknown) => Promise<unknown>)('learner/list', {});
    expect(electronMock.ipcRenderer.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'learner/list', {});
    // A chosen file crosses as its path only (main copies it into the uploads after its own checks), never its bytes or a handle.
    await (api.stageFile as (f: unknown, kind?: string) => Promise<unknown>)({ name: 'pakket.zip' });
    expect(electronMock.ipcRenderer.invoke).toHaveBeenLastCalledWith(STAGE_FILE_CHANNEL, '/home/leerling/Downloads/pakket.zip', undefined);
    await (api.stageFile as (f: unknown, kind?: string) => Promise<unknown>)({ name: 'pakket.zip' }, 'learner-file');
    expect(electronMock.ipcRenderer.invoke).toHaveBeenLastCalledWith(STAGE_FILE_CHANNEL, '/home/leerling/Downloads/pakket.zip', 'learner-file');
  });

  it('hardens every web contents Electron creates, and its session, not only the main window', () => {
    const created = electronMock.app.on.mock.calls.find(([name]) => name === 'web-contents-created')![1] as (e: unknown, c: unknown) => void;
    const f = fakeWebContents();
    created({}, f.contents);
    expect([...f.listeners.keys()]).toEqual(expect.arrayContaining(['will-navigate', 'will-frame-navigate', 'will-attach-webview']));
    expect(f.contents.session.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(f.contents.session.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
  });
});
