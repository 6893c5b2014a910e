import fs from 'node:fs';
import path from 'node:path';
import { libraryDirOf } from '../paths';
import { lockDataDir } from '../progress/data-lock';
import { backupsDirOf } from '../progress/database-check';
import { DATABASE_FILE } from '../progress/database';
import type { Migration } from '../progress/migrations';
import { BACKUP_DATABASE, BACKUP_LIBRARY, type BackupManifest } from './manifest';
import { backupRefused } from './refusal';
import { validateBackup } from './validate';

export interface RestoreOptions {
  nativeBinding?: string;
  now?: () => Date;
  /** This build's migrations; tests pass fewer to play an older Leerpad. */
  migrations?: readonly Migration[];
}

export interface RestoreResult {
  manifest: BackupManifest;
  /** Where the data folder's previous database and library were moved; null when it held none. */
  keptAs: string | null;
}

/** What of the data folder a restore replaces: the database with its SQLite side files, and the library. */
const REPLACED = [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, `${DATABASE_FILE}-journal`, BACKUP_LIBRARY];

/** Renames only (one file system): the old data is moved aside whole, never copied or deleted. */
function swapIn(dataDir: string, staged: string, keepDir: string): string | null {
  const present = REPLACED.filter((name) => fs.existsSync(path.join(dataDir, name)));
  if (present.length > 0) fs.mkdirSync(keepDir, { recursive: true });
  const moved: string[] = [];
  const placed: string[] = [];
  try {
    for (const name of present) {
      fs.renameSync(path.join(dataDir, name), path.join(keepDir, name));
      moved.push(name);
    }
    fs.renameSync(path.join(staged, BACKUP_DATABASE), path.join(dataDir, DATABASE_FILE));
    placed.push(DATABASE_FILE);
    if (fs.existsSync(path.join(staged, BACKUP_LIBRARY))) fs.renameSync(path.join(staged, BACKUP_LIBRARY), libraryDirOf(dataDir));
  } catch (e) {
    // Put back what was moved: a restore that cannot finish leaves the data as it found it.
    for (const name of placed) fs.rmSync(path.join(dataDir, name), { force: true });
    for (const name of moved) fs.renameSync(path.join(keepDir, name), path.join(dataDir, name));
    fs.rmSync(keepDir, { recursive: true, force: true });
    throw e;
  }
  return present.length > 0 ? keepDir : null;
}

/** The folder a restore unpacks into, inside the data folder (renames on one file system); a crash may leave one. */
const STAGE_PREFIX = '.restore-';

/** What a crash during a restore left: called at every start, once the data folder's lock is held (services.ts). */
export function sweepRestoreLeftovers(dataDir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dataDir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(STAGE_PREFIX)) fs.rmSync(path.join(dataDir, name), { recursive: true, force: true });
  }
}

export interface HeldRestoreOptions extends RestoreOptions {
  /** Runs once the whole file checked out, just before the data is swapped: the running app closes its database here. */
  beforeSwap?: () => void;
  /** Runs right after the swap, also when it failed and put the old data back: the running app reopens here, in the same tick. */
  afterSwap?: () => void;
}

/**
 * The checked restore, for a caller that holds the data folder's lock (restoreBackup below, or the
 * running app, app/backup-restore.ts). A refused file never reaches `beforeSwap` and changes nothing.
 */
export async function restoreWithLockHeld(file: string, dataDir: string, options: HeldRestoreOptions = {}): Promise<RestoreResult> {
  const source = path.resolve(file);
  if (!fs.statSync(source, { throwIfNoEntry: false })?.isFile()) throw backupRefused('unreadable', source, 'there is no such file.');
  const stage = fs.mkdtempSync(path.join(dataDir, STAGE_PREFIX));
  try {
    const staged = path.join(stage, 'backup');
    const manifest = await validateBackup(source, staged, options);
    const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
    options.beforeSwap?.();
    try {
      const keptAs = swapIn(dataDir, staged, path.join(backupsDirOf(path.join(dataDir, DATABASE_FILE)), `before-restore-${stamp}`));
      return { manifest, keptAs };
    } finally {
      options.afterSwap?.();
    }
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

/**
 * Replaces the data folder's database and library with a backup's, after checking all of it
 * (validate.ts). The previous data is kept in backups/before-restore-<time>/. Refused while a
 * Leerpad runs on the folder: the lock is held from the first check to the last rename.
 */
export async function restoreBackup(file: string, dataDir: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const source = path.resolve(file);
  if (!fs.statSync(source, { throwIfNoEntry: false })?.isFile()) throw backupRefused('unreadable', source, 'there is no such file.');
  const lock = lockDataDir(dataDir, options.nativeBinding);
  try {
    return await restoreWithLockHeld(source, dataDir, options);
  } finally {
    lock.release();
  }
}
