import path from 'node:path';
import type { AppInfo } from '../contract';
import { createCatalog } from '../course/catalog';
import { createAttemptStore } from '../progress/attempts';
import { createDashboardQueries } from '../progress/dashboard';
import { createPortfolioQueries } from '../portfolio/portfolio-model';
import type { PdfPrinter } from '../pdf/pdf-printer';
import { lockDataDir, type DataDirLock } from '../progress/data-lock';
import { openDatabase } from '../progress/database';
import { createLearnerStore } from '../progress/learners';
import { createPinHasher } from '../progress/pin';
import { createPinGuard } from '../progress/pin-guard';
import { createSessions } from '../progress/sessions';
import { createSettingsStore } from '../progress/settings';
import { createTeacher } from '../progress/teacher';
import { createAppTrees } from './sco-trees';
import { createPackageFiles } from './package-site';
import { createPackageService } from './package-service';
import { libraryDirOf } from '../paths';
import { createUploads } from '../library/uploads';
import { sweepLeftovers } from '../library/library';
import { DEFAULT_ZIP_LIMITS } from '../scorm/zip-limits';
import { findProjectRoot } from '../project-root';
import { rollingBackup } from '../backup/rolling';
import { sweepRestoreLeftovers } from '../backup/restore';

export interface CoreOptions {
  dataDir: string;
  coursesDirs: string[];
  host: AppInfo['host'];
  version: string;
  /** The built SCO runtime (out/sco); needed to play modules. */
  runtimeDir?: string;
  /** The official SCORM XSDs shipped inside packages (build/scorm-schemas; resources/ when packaged). */
  schemasDir?: string;
  /** better-sqlite3's native binary to load instead of the default (Electron's ABI in development). */
  sqliteBinding?: string;
  /** Where the host serves SCOs (content-site.ts), e.g. `app://content`; absent: relative launch URLs. */
  contentOrigin?: string;
  /** Milliseconds since the epoch; tests pass a fake clock to let sessions and PIN locks expire. */
  clock?: () => number;
  /** Prints the portfolio's PDF (pdf/pdf-printer.ts): Electron's printToPDF on the desktop, Chromium in the web harness and CLI. */
  printPdf?: PdfPrinter;
  /** The data folder's lock, already held: a restore in the running app reopens without letting go of the folder. */
  lock?: DataDirLock;
}

/** Opens the database and builds every service; the one place that wires core together. */
export function openCore(options: CoreOptions) {
  // Before the database: a second instance on this folder stops here, without touching a byte of it.
  const lock = options.lock ?? lockDataDir(options.dataDir, options.sqliteBinding);
  // What a crash in the middle of a restore left (backup/restore.ts); the lock says no restore is running.
  sweepRestoreLeftovers(options.dataDir);
  let opened: ReturnType<typeof openDatabase>;
  try {
    opened = openDatabase(options.dataDir, undefined, options.sqliteBinding);
  } catch (e) {
    lock.release();
    throw e;
  }
  const { db } = opened;
  const learners = createLearnerStore(db);
  const settings = createSettingsStore(db);
  // The daily copy in backups/auto/ (issue 14), as the teacher set it; logs and goes on when it cannot be written.
  if (settings.get().autoBackup) rollingBackup(options.dataDir, { db, keep: settings.get().autoBackupKeep });
  const clock = options.clock ?? Date.now;
  const pins = createPinHasher();
  const pinGuard = createPinGuard(db, pins, clock);
  const catalog = createCatalog(options.coursesDirs.map((d) => path.resolve(d)));
  const root = findProjectRoot(__dirname);
  const runtimeDir = options.runtimeDir ?? path.join(root, 'out/sco');
  const schemasDir = options.schemasDir ?? path.join(root, 'build/scorm-schemas');
  const libraryDir = libraryDirOf(options.dataDir);
  // What a crash left of an import, a replace or a remove holds disk space and is never listed.
  sweepLeftovers(libraryDir);
  const attempts = createAttemptStore(db);
  const dashboards = createDashboardQueries(db);
  return {
    db,
    learners,
    settings,
    catalog,
    attempts,
    pins,
    pinGuard,
    sessions: createSessions(learners, pinGuard, () => settings.get().idleMinutes * 60_000, clock),
    teacher: createTeacher(settings, pinGuard, pins, clock),
    dashboards,
    portfolios: createPortfolioQueries(db, dashboards.dashboard),
    /** Absent: this host makes no PDFs (the portfolio's Markdown export still works). */
    printPdf: options.printPdf,
    // Our modules under /sco/, imported packages under /pkg/ (content-site.ts serves both).
    trees: { ...createAppTrees(catalog, runtimeDir), packages: createPackageFiles(libraryDir) },
    backupPath: opened.backupPath,
    contentOrigin: options.contentOrigin ?? '',
    runtimeDir,
    schemasDir,
    /** Where packages made in the app are written (served for download by the web harness). */
    exportsDir: path.join(options.dataDir, 'exports'),
    /** Imported third-party packages (issue 12): one folder each, with each learner's attempts in SQLite. */
    libraryDir,
    packages: createPackageService(db, libraryDir, attempts),
    /** Zips on their way to 'library/import' (POST /upload, the desktop's stageFile); an hour to be imported. */
    uploads: createUploads(path.join(libraryDir, '.uploads'), { maxBytes: DEFAULT_ZIP_LIMITS.maxTotalBytes, maxAgeMs: 60 * 60_000 }),
    info: (): AppInfo => ({
      name: 'Leerpad',
      version: options.version,
      dataDir: options.dataDir,
      databasePath: opened.path,
      schemaVersion: opened.schemaVersion,
      coursesDirs: catalog.roots,
      host: options.host,
    }),
    close() {
      db.close();
      lock.release();
    },
    /** Closes the database and hands over the folder's lock still held: a restore swaps the data and reopens (backup-restore.ts). */
    closeKeepingLock(): DataDirLock {
      db.close();
      return lock;
    },
  };
}

export type Core = ReturnType<typeof openCore>;
