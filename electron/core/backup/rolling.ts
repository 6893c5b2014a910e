import fs from 'node:fs';
import path from 'node:path';
import { AUTO_BACKUP_KEEP, type AutoBackupCopy } from '../contract/backup';
import type { Db } from '../progress/database';
import { DATABASE_FILE } from '../progress/database';
import { backupsDirOf } from '../progress/database-check';

/** One copy a day, the newest seven kept, unless a teacher chose otherwise (teacher setting autoBackupKeep). */
export const ROLLING_KEEP = AUTO_BACKUP_KEEP.default;

export interface RollingOptions {
  /** The open database of the app that starts; its own connection takes the copy. */
  db: Db;
  keep?: number;
  now?: () => Date;
  log?: (message: string) => void;
}

export interface RollingResult {
  written: string | null;
  deleted: string[];
}

const AUTO_NAME = /^leerpad-(\d{4}-\d{2}-\d{2})\.sqlite$/;

export const autoBackupsDirOf = (dataDir: string): string => path.join(backupsDirOf(path.join(dataDir, DATABASE_FILE)), 'auto');

/** Local date: a lecturer thinks of "yesterday's copy" by the calendar on the wall, not UTC. */
function day(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function rollOnce(dataDir: string, options: RollingOptions): RollingResult {
  const dir = autoBackupsDirOf(dataDir);
  const learners = options.db.prepare('SELECT COUNT(*) FROM learners').pluck().get() as number;
  // A folder nobody has worked in yet has nothing to lose; no copies of an empty database.
  if (learners === 0) return { written: null, deleted: [] };
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `leerpad-${day(options.now?.() ?? new Date())}.sqlite`);
  let written: string | null = null;
  if (!fs.existsSync(target)) {
    const temp = `${target}.partial`;
    fs.rmSync(temp, { force: true });
    // VACUUM INTO reads one snapshot (consistent) and is synchronous: the start waits for it once a day.
    options.db.prepare('VACUUM INTO ?').run(temp);
    fs.renameSync(temp, target);
    written = target;
  }
  return { written, deleted: pruneAutoBackups(dataDir, options.keep ?? ROLLING_KEEP) };
}

const copyNames = (dir: string): string[] => {
  try {
    return fs.readdirSync(dir).filter((n) => AUTO_NAME.test(n)).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
};

/** Deletes all but the newest `keep` daily copies; answers the deleted paths. */
export function pruneAutoBackups(dataDir: string, keep: number): string[] {
  const dir = autoBackupsDirOf(dataDir);
  const days = copyNames(dir);
  const deleted = days.slice(0, Math.max(0, days.length - keep)).map((name) => path.join(dir, name));
  for (const file of deleted) fs.rmSync(file, { force: true });
  return deleted;
}

/** The daily copies there are, newest first (the Settings screen lists them). */
export function listAutoBackups(dataDir: string): AutoBackupCopy[] {
  const dir = autoBackupsDirOf(dataDir);
  return copyNames(dir)
    .reverse()
    .flatMap((name) => {
      const stat = fs.statSync(path.join(dir, name), { throwIfNoEntry: false });
      return stat?.isFile() ? [{ date: AUTO_NAME.exec(name)![1]!, bytes: stat.size }] : [];
    });
}

/**
 * The daily copy of the database in backups/auto/, taken when a Leerpad opens the data folder.
 * Never fails the start: a full disk or a read-only folder is logged and the app goes on.
 */
export function rollingBackup(dataDir: string, options: RollingOptions): RollingResult {
  try {
    return rollOnce(dataDir, options);
  } catch (e) {
    (options.log ?? console.warn)(`Leerpad could not write the daily backup in ${autoBackupsDirOf(dataDir)}: ${(e as Error).message}`);
    return { written: null, deleted: [] };
  }
}
