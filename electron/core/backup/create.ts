import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import { libraryDirOf } from '../paths';
import { WORK_PREFIXES } from '../library/library-names';
import { DATABASE_FILE } from '../progress/database';
import { STORED } from '../scorm/zip';
import { BACKUP_DATABASE, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_LIBRARY, MANIFEST_FILE, type BackupManifest } from './manifest';
import { writeZipStreaming, type StreamedEntry } from './zip-stream';

export interface BackupOptions {
  appVersion?: string;
  /** The running app's open connection: no second connection (and no native binding) needed. */
  db?: Database.Database;
  /** better-sqlite3's native binary (Electron's ABI in development). */
  nativeBinding?: string;
  now?: () => Date;
  /** Zip64 records for every entry and the end, needed or not (tests: the layout of a backup beyond 4 GB or 65 535 files). */
  forceZip64?: boolean;
}

export interface BackupResult {
  file: string;
  bytes: number;
  manifest: BackupManifest;
}

/** Uploads waiting to be imported and the work folders of a running import are no learner's data. */
const skipInLibrary = (name: string) => name === '.uploads' || WORK_PREFIXES.some((p) => name.startsWith(p));

/** Every regular file under `dir` by its name in the zip; only names are kept, the bytes are read while zipping. */
function listFolder(entries: StreamedEntry[], dir: string, prefix: string, top: boolean): void {
  let found: fs.Dirent[];
  try {
    found = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  for (const d of found) {
    if (top && skipInLibrary(d.name)) continue;
    const full = path.join(dir, d.name);
    const name = `${prefix}/${d.name}`;
    if (d.isDirectory()) listFolder(entries, full, name, false);
    // Only regular files: a link could point outside the data folder.
    else if (d.isFile()) entries.push({ name, file: full, compress: !STORED.test(d.name) });
  }
}

/** Header bytes 18–19 are 2 in WAL mode (https://www.sqlite.org/fileformat.html §1.3.6); 1 makes the copy one self-contained file. */
function dropWalMode(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    const versions = Buffer.alloc(2);
    fs.readSync(fd, versions, 0, 2, 18);
    fs.writeSync(fd, Buffer.from(versions.map((v) => (v === 2 ? 1 : v))), 0, 2, 18);
  } finally {
    fs.closeSync(fd);
  }
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

/**
 * One zip with the database, the imported packages and a manifest with a sha256 per file; written
 * whole or not at all. Streamed file by file from disk: memory stays flat however large the library,
 * and zip64 takes over beyond 4 GB or 65 535 files. The manifest comes last, when every checksum is known.
 */
export async function createBackup(dataDir: string, outFile: string, options: BackupOptions = {}): Promise<BackupResult> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'leerpad-backup-'));
  const target = path.resolve(outFile);
  const temp = `${target}.${process.pid}.partial`;
  try {
    const dbCopy = path.join(work, BACKUP_DATABASE);
    const facts = await snapshotDatabase(dataDir, dbCopy, options);
    dropWalMode(dbCopy);
    const createdAt = options.now?.() ?? new Date();
    const entries: StreamedEntry[] = [{ name: BACKUP_DATABASE, file: dbCopy, compress: true }];
    listFolder(entries, libraryDirOf(dataDir), BACKUP_LIBRARY, true);
    const sums = new Map<string, string>();
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: options.appVersion ?? 'unknown',
      schemaVersion: facts.schemaVersion,
      createdAt: createdAt.toISOString(),
      learners: facts.learners,
      files: {},
    };
    const made = () => {
      manifest.files = Object.fromEntries([...sums].sort(([a], [b]) => (a < b ? -1 : 1)));
      return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    };
    entries.push({ name: MANIFEST_FILE, made, compress: true });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const bytes = await writeZipStreaming(temp, entries, {
      forceZip64: options.forceZip64,
      mtime: createdAt,
      onDigest: (name, sum) => sums.set(name, sum),
    });
    // On disk before the rename: a crash never leaves a complete-looking name on a half-written file.
    const fd = fs.openSync(temp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
    return { file: target, bytes, manifest };
  } finally {
    fs.rmSync(temp, { force: true });
    fs.rmSync(work, { recursive: true, force: true });
  }
}
