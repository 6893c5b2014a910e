import path from 'node:path';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { createAssetResolver } from '../core/app/assets';
import { isAppError } from '../core/errors';
import { resolveDataDir } from '../core/paths';
import { appPolicy, createContentSite, withPolicy } from '../core/app/content-site';
import { openRestorableCore, type RestorableCore } from '../core/app/backup-restore';
import { registerIpc } from './ipc';
import { registerStageFile } from './stage-file';
import { desktopHandlers } from './shell-handlers';
import { presenterNotesHandler } from './presenter-window';
import { buildMenu } from './menu';
import { APP_ORIGIN, CONTENT_ORIGIN, handleAppProtocol, registerAppScheme } from './protocol';
import { hardenProcess, hardenSession } from './hardening';
import { createMainWindow } from './window';
import { createElectronPrinter } from './pdf-printer';

/** Where build/electron-sqlite.mjs (run by `npm start`) puts better-sqlite3 built for this Electron. */
function electronSqliteBinding(appDir: string): string {
  const folder = `${process.versions.electron}-${process.platform}-${process.arch}`;
  return path.join(appDir, 'node_modules', '.cache', 'leerpad-electron-sqlite', folder, 'build', 'Release', 'better_sqlite3.node');
}

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
}

hardenProcess();
registerAppScheme();
let core: RestorableCore | null = null;
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // One instance per user: two processes writing one learner's progress would race.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  void app.whenReady().then(() => {
    const appDir = app.getAppPath();
    const dataDir = argValue('--data-dir') || process.env.LEERPAD_DATA_DIR ? resolveDataDir(argValue('--data-dir')) : app.getPath('userData');
    const coursesDir = app.isPackaged ? path.join(process.resourcesPath, 'courses') : path.join(appDir, 'courses');
    try {
      // A restore from the Settings screen replaces the core while the app runs (backup-restore.ts).
      core = openRestorableCore({
        dataDir,
        coursesDirs: [coursesDir],
        host: 'electron',
        version: app.getVersion(),
        runtimeDir: path.join(appDir, 'out', 'sco'),
        schemasDir: app.isPackaged ? path.join(process.resourcesPath, 'scorm-schemas') : path.join(appDir, 'build', 'scorm-schemas'),
        sqliteBinding: app.isPackaged ? undefined : electronSqliteBinding(appDir),
        contentOrigin: CONTENT_ORIGIN,
        printPdf: createElectronPrinter(),
      });
    } catch (e) {
      const text = isAppError(e) ? `${e.message}\n\n${e.hint ?? ''}` : String(e);
      dialog.showErrorBox('Leerpad kan niet starten', text);
      app.exit(1);
      return;
    }
    hardenSession(session.defaultSession);
    // SCOs play on their own origin (app://content), never the app's: see protocol.ts.
    handleAppProtocol({
      app: withPolicy(createAssetResolver({ rendererDir: path.join(appDir, 'out', 'renderer') }), appPolicy(CONTENT_ORIGIN)),
      content: createContentSite({ trees: core.trees, hostDir: path.join(appDir, 'out', 'lms-host'), appOrigins: () => [APP_ORIGIN] }),
    });
    const preloadPath = path.join(__dirname, '../preload/index.js');
    registerIpc({ ...core.handlers, ...desktopHandlers(core.core.exportsDir), ...presenterNotesHandler(preloadPath, () => mainWindow) });
    registerStageFile(core.uploads);
    buildMenu();
    mainWindow = createMainWindow(preloadPath);
  });

  app.on('window-all-closed', () => {
    core?.close();
    core = null;
    app.quit();
  });
}
