import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock } from '../../helpers/main/electron-mock';

type Bounds = { x: number; y: number; width: number; height: number };
const display = (id: number, x: number): { id: number; bounds: Bounds; workArea: Bounds } => ({
  id,
  bounds: { x, y: 0, width: 1920, height: 1080 },
  workArea: { x, y: 32, width: 1920, height: 1048 },
});
const laptop = display(1, 0);
const projector = display(2, 1920);
const fakeScreen = {
  displays: [laptop, projector],
  getAllDisplays: () => fakeScreen.displays,
  getPrimaryDisplay: () => laptop,
  getDisplayMatching: vi.fn(() => laptop),
};

vi.mock('electron', () => ({ ...electronMock, screen: fakeScreen }));
const { notesUrl, presenterNotesHandler } = await import('../../../electron/main/presenter-window');

type Listener = (...args: unknown[]) => void;
interface Made {
  options: Record<string, unknown>;
  loaded: string[];
  contents: string[];
  once: Map<string, Listener>;
  on: Map<string, Listener>;
  maximized: boolean;
  shown: boolean;
  focused: number;
  destroyed: boolean;
  openHandler: unknown;
}

/** A BrowserWindow stand-in recording what the handler asked of it. */
function fakeWindows() {
  const made: Made[] = [];
  electronMock.BrowserWindow.mockImplementation(function (this: Record<string, unknown>, options: Record<string, unknown>) {
    const record: Made = { options, loaded: [], contents: [], once: new Map(), on: new Map(), maximized: false, shown: false, focused: 0, destroyed: false, openHandler: null };
    made.push(record);
    this.webContents = { on: (name: string) => record.contents.push(name), setWindowOpenHandler: (fn: unknown) => (record.openHandler = fn), session: {} };
    this.once = (name: string, fn: Listener) => record.once.set(name, fn);
    this.on = (name: string, fn: Listener) => record.on.set(name, fn);
    this.loadURL = vi.fn(async (url: string) => void record.loaded.push(url));
    this.maximize = () => (record.maximized = true);
    this.show = () => (record.shown = true);
    this.focus = () => (record.focused += 1);
    this.close = () => (record.destroyed = true);
    this.isDestroyed = () => record.destroyed;
  } as never);
  return made;
}

function fakeMainWindow() {
  const once = new Map<string, Listener>();
  return { once, win: { getBounds: () => laptop.bounds, once: (name: string, fn: Listener) => once.set(name, fn) } };
}

const ctx = { transport: 'ipc' as const };

describe('the presenter notes window (desktop)', () => {
  beforeEach(() => {
    fakeScreen.displays = [laptop, projector];
  });

  it('opens the notes route of the app page on the screen the app is not on, maximised there', () => {
    const made = fakeWindows();
    const main = fakeMainWindow();
    const open = presenterNotesHandler('/app/out/preload/index.js', () => main.win as never)['app/open-presenter-notes'];

    expect(open({ trainingId: 'studiedag-1' }, ctx)).toEqual({ opened: true, otherScreen: true });
    expect(made).toHaveLength(1);
    expect(made[0]!.loaded).toEqual(['app://leerpad/index.html#/training/studiedag-1/notes']);
    expect(made[0]!.options).toMatchObject({ x: 1920, y: 32, width: 1920, height: 1048 });
    made[0]!.once.get('ready-to-show')!();
    expect(made[0]!.maximized).toBe(true);
    expect(made[0]!.shown).toBe(true);
  });

  it('is hardened like the main window: sandboxed, isolated, navigation and new windows guarded', () => {
    const made = fakeWindows();
    presenterNotesHandler('/p.js', () => null)['app/open-presenter-notes']({ trainingId: 't1' }, ctx);
    expect(made[0]!.options).toMatchObject({ show: false });
    expect(made[0]!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, preload: '/p.js' });
    expect(made[0]!.contents).toEqual(expect.arrayContaining(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']));
    const deny = (made[0]!.openHandler as (d: { url: string }) => { action: string })({ url: 'app://leerpad/index.html#/library' });
    expect(deny).toEqual({ action: 'deny' });
  });

  it('with one screen opens a normal window beside the app instead of covering it', () => {
    fakeScreen.displays = [laptop];
    const made = fakeWindows();
    expect(presenterNotesHandler('/p.js', () => null)['app/open-presenter-notes']({ trainingId: 't1' }, ctx)).toEqual({ opened: true, otherScreen: false });
    expect(made[0]!.options).toMatchObject({ width: 900, height: 640 });
    expect(made[0]!.options).not.toHaveProperty('x');
    made[0]!.once.get('ready-to-show')!();
    expect(made[0]!.maximized).toBe(false);
  });

  it('keeps one notes window: asked again, it shows the other session there and comes to the front', () => {
    const made = fakeWindows();
    const open = presenterNotesHandler('/p.js', () => null)['app/open-presenter-notes'];
    open({ trainingId: 'a' }, ctx);
    expect(open({ trainingId: 'b' }, ctx)).toEqual({ opened: true, otherScreen: true });
    expect(made).toHaveLength(1);
    expect(made[0]!.loaded).toEqual([notesUrl('a'), notesUrl('b')]);
    expect(made[0]!.focused).toBe(1);

    made[0]!.on.get('closed')!();
    open({ trainingId: 'c' }, ctx);
    expect(made).toHaveLength(2);
  });

  it("closes with the app's window", () => {
    const made = fakeWindows();
    const main = fakeMainWindow();
    presenterNotesHandler('/p.js', () => main.win as never)['app/open-presenter-notes']({ trainingId: 't1' }, ctx);
    main.once.get('closed')!();
    expect(made[0]!.destroyed).toBe(true);
  });

  it('puts the id in the route encoded, so it cannot add a path or a query', () => {
    expect(notesUrl('a/../b?x#y')).toBe('app://leerpad/index.html#/training/a%2F..%2Fb%3Fx%23y/notes');
  });
});
