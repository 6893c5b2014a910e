import { vi } from 'vitest';

/**
 * A stand-in for the 'electron' module: from electron 42 on, requiring it in plain Node tries to
 * download the binary. Each fake records what the main process asked of it.
 */
/** A session that records the handlers it is given. */
export function fakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
}

export const electronMock = {
  app: {
    enableSandbox: vi.fn(),
    on: vi.fn(),
    quit: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => false),
    whenReady: vi.fn(() => new Promise<void>(() => undefined)),
  },
  dialog: { showErrorBox: vi.fn() },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  ipcMain: { handle: vi.fn() },
  shell: { openExternal: vi.fn(async () => undefined), showItemInFolder: vi.fn() },
  session: {
    defaultSession: fakeSession(),
  },
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, data: null })) },
  webUtils: { getPathForFile: vi.fn(() => '/home/leerling/Downloads/pakket.zip') },
  Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
  BrowserWindow: vi.fn(),
};

type Listener = (...args: unknown[]) => unknown;

/** A web contents that records its listeners and window-open handler, to fire them as Electron would. */
export function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  return {
    listeners,
    /** Fires an event whose first argument is Electron's event object (details + preventDefault). */
    fire(name: string, details: Record<string, unknown> = {}, ...rest: unknown[]) {
      const event = { preventDefault: vi.fn(), ...details };
      listeners.get(name)!(event, ...rest);
      return event;
    },
    open: (url: string) => openHandler!({ url }),
    contents: {
      session: fakeSession(),
      on: (name: string, fn: Listener) => listeners.set(name, fn),
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    },
  };
}
