import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import { libraryDirOf } from '../paths';
import { WORK_PREFIXES } from '../library/library-names';
import { DATABASE_FILE } from '../progress/database';
import { zipDeterministic } from '../scorm/zip';
import { BACKUP_DATABASE, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_LIBRARY, MANIFEST_FILE, sha256, type BackupManifest } from './manifest';

export interface BackupOptions {
  appVersion?: string;
  /** The running app's open connection: no second connection (and no native binding) needed. */
  db?: Database.Database;
  /** better-sqlite3's native binary (Electron's ABI in development). */
  nativeBinding?: string;
  now?: () => Date;
}

export interface BackupResult {
  file: string;
  bytes: number;
  manifest: BackupManifest;
}

/** Uploads waiting to be imported and the work folders of a running import are no learner's data. */
const skipInLibrary = (name: string) => name === '.uploads' || WORK_PREFIXES.some((p) => name.startsWith(p));

function addFolder(files: Map<string, Uint8Array>, dir: string, prefix: string, top: boolean): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  for (const d of entries) {
    if (top && skipInLibrary(d.name)) continue;
    const full = path.join(dir, d.name);
    if (d.isDirectory()) addFolder(files, full, `${prefix}/${d.name}`, false);
    // Only regular files: a link could point outside the data folder.
    else if (d.isFile()) files.set(`${prefix}/${d.name}`, fs.readFileSync(full));
  }
}

/** Header bytes 18–19 are 2 in WAL mode (https://www.sqlite.org/fileformat.html §1.3.6); 1 makes the copy one self-contained file. */
function withoutWal(bytes: Buffer): Buffer {
  if (bytes[18] === 2) bytes[18] = 1;
  if (bytes[19] === 2) bytes[19] = 1;
  return bytes;
}

function readFacts(db: Database.Database): { schemaVersion: number; learners: number } {
  const ids = db.prepare('SELECT id FROM schema_migrations').pluck().all() as number[];
  const learners = db.prepare('SELECT COUNT(*) FROM learners').pluck().get() as number;
  return { schemaVersion: Math.max(0, ...ids), learners };
}

/**
 * Copies the database with SQLite's online backup API: a consistent snapshot even while the app
 * runs and commits (https://www.sqlite.org/backup.html), unlike copying the file and its -wal.
 * The app passes its own connection (`db`); the CLI opens one.
 */
async function snapshotDatabase(dataDir: string, dest: string, options: BackupOptions): Promise<{ schemaVersion: number; learners: number }> {
  const file = path.join(dataDir, DATABASE_FILE);
  if (!options.db && !fs.existsSync(file)) {
    throw new AppError({
      code: 'NOT_FOUND',
      message: `There is no Leerpad database in ${dataDir}: nothing to back up.`,
      hint: 'Give the data folder Leerpad uses with --data-dir (leerpad info shows it).',
      params: { dataDir },
    });
  }
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  // Read-only beside a running Leerpad (its -wal is there); else a connection that removes the -wal and -shm it opens on close.
  const source = options.db ?? new Database(file, { readonly: fs.existsSync(`${file}-wal`), fileMustExist: true, ...binding });
  try {
    if (!options.db) source.pragma('busy_timeout = 5000');
    // 1000 pages a step: a commit between two steps restarts the copy (that keeps it consistent); bigger steps restart less often.
    await source.backup(dest, { progress: () => 1000 });
    return readFacts(source);
  } finally {
    if (!options.db) source.close();
  }
}

/** One zip with the database, the imported packages and a manifest with a sha256 per file; written whole or not at all. */
export async function createBackup(dataDir: string, outFile: string, options: BackupOptions = {}): Promise<BackupResult> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'leerpad-backup-'));
  const target = path.resolve(outFile);
  const temp = `${target}.${process.pid}.partial`;
  try {
    const dbCopy = path.join(work, BACKUP_DATABASE);
    const facts = await snapshotDatabase(dataDir, dbCopy, options);
    const files = new Map<string, Uint8Array>([[BACKUP_DATABASE, withoutWal(fs.readFileSync(dbCopy))]]);
    addFolder(files, libraryDirOf(dataDir), BACKUP_LIBRARY, true);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: options.appVersion ?? 'unknown',
      schemaVersion: facts.schemaVersion,
      createdAt: (options.now?.() ?? new Date()).toISOString(),
      learners: facts.learners,
      files: Object.fromEntries([...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, data]) => [name, sha256(data)])),
    };
    files.set(MANIFEST_FILE, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    const zip = zipDeterministic(files);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeFileSync(fd, zip);
      // On disk before the rename: a crash never leaves a complete-looking name on a half-written file.
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
    return { file: target, bytes: zip.length, manifest };
  } finally {
    fs.rmSync(temp, { force: true });
    fs.rmSync(work, { recursive: true, force: true });
  }
}
