import { describe, expect, it, vi } from 'vitest';
import { electronMock } from '../../helpers/main/electron-mock';

vi.mock('electron', () => electronMock);
const { createMainWindow, windowOptions } = await import('../../../electron/main/window');

/** A BrowserWindow stand-in recording its options and what was loaded into it. */
function fakeWindowClass() {
  const made: { options: unknown; loaded: string[]; listeners: string[] }[] = [];
  electronMock.BrowserWindow.mockImplementation(function (this: Record<string, unknown>, options: unknown) {
    const record = { options, loaded: [] as string[], listeners: [] as string[] };
    made.push(record);
    this.webContents = { on: (name: string) => record.listeners.push(name), setWindowOpenHandler: vi.fn() };
    this.once = vi.fn();
    this.loadURL = vi.fn(async (url: string) => void record.loaded.push(url));
  } as never);
  return made;
}

describe('main window', () => {
  it('isolates the renderer: context isolation, sandbox, no Node anywhere', () => {
    const prefs = windowOptions('/app/out/preload/index.js').webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      preload: '/app/out/preload/index.js',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads the app from app://, hardened before anything loads', () => {
    const made = fakeWindowClass();
    createMainWindow('/p.js');
    expect(made).toHaveLength(1);
    expect(made[0]!.loaded).toEqual(['app://leerpad/index.html']);
    expect(made[0]!.listeners).toEqual(expect.arrayContaining(['will-navigate', 'will-frame-navigate', 'will-attach-webview']));
  });
});
