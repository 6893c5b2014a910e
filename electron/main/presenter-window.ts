import { BrowserWindow, screen, type Display } from 'electron';
import type { Handlers } from '../core/app/handlers';
import { hardenWebContents } from './hardening';
import { APP_ORIGIN } from './protocol';
import { windowOptions } from './window';

/** The notes route of the app's own page: the only page this window ever loads. */
export function notesUrl(trainingId: string): string {
  return `${APP_ORIGIN}/index.html#/training/${encodeURIComponent(trainingId)}/notes`;
}

/**
 * The screen for the notes: one the app's window is not on. With a projector attached, the trainer moves the
 * presenter view to the projector (or leaves it on the laptop), and the notes land on the other screen.
 */
export function notesDisplay(displays: readonly Display[], appDisplay: Display): Display | null {
  return displays.find((d) => d.id !== appDisplay.id) ?? null;
}

/**
 * 'app/open-presenter-notes' on the desktop: one second window for the presenter notes, hardened like the main
 * window (same web preferences, same navigation and new-window rules, the app's page only). The renderer's
 * own window.open stays refused by the hardening; this call is the one way to a second window.
 */
export function presenterNotesHandler(preloadPath: string, appWindow: () => BrowserWindow | null): Pick<Handlers, 'app/open-presenter-notes'> {
  let notes: { win: BrowserWindow; otherScreen: boolean } | null = null;
  return {
    'app/open-presenter-notes': ({ trainingId }) => {
      const url = notesUrl(trainingId);
      if (notes && !notes.win.isDestroyed()) {
        void notes.win.loadURL(url);
        notes.win.focus();
        return { opened: true, otherScreen: notes.otherScreen };
      }
      const main = appWindow();
      const here = main ? screen.getDisplayMatching(main.getBounds()) : screen.getPrimaryDisplay();
      const other = notesDisplay(screen.getAllDisplays(), here);
      const base = windowOptions(preloadPath);
      const place = other ? { x: other.workArea.x, y: other.workArea.y, width: other.workArea.width, height: other.workArea.height } : { width: 900, height: 640 };
      const win = new BrowserWindow({ ...base, ...place, minWidth: 480, minHeight: 360 });
      notes = { win, otherScreen: other !== null };
      hardenWebContents(win.webContents);
      win.once('ready-to-show', () => {
        if (other) win.maximize();
        win.show();
      });
      win.on('closed', () => {
        if (notes?.win === win) notes = null;
      });
      // The notes mean nothing without the presenter view: they close with the app's window.
      main?.once('closed', () => {
        if (!win.isDestroyed()) win.close();
      });
      void win.loadURL(url);
      return { opened: true, otherScreen: other !== null };
    },
  };
}
