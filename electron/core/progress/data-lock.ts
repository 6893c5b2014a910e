import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import { codeOf, describeWriteFailure } from './open-errors';

export const LOCK_FILE = 'leerpad.lock';

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

/**
 * One running Leerpad (app, web harness or writing CLI command) per data folder.
 *
 * The lock is an operating-system file lock, held through SQLite on a small file of its own: the
 * kernel drops it the moment the process ends, also after a crash or SIGKILL, so the next start is
 * never locked out by a stale lock file (a pid file can outlive its process, and pids are reused).
 * SQLite also keeps the lock exclusive between two connections inside one process.
 */
export function lockDataDir(dataDir: string, nativeBinding?: string): DataDirLock {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (e) {
    throw describeWriteFailure(e, dataDir, `Cannot create the data folder ${dataDir}: ${(e as Error).message}`);
  }
  const file = path.join(dataDir, LOCK_FILE);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { timeout: 0, ...(nativeBinding ? { nativeBinding } : {}) });
    // MEMORY: no -journal file beside the lock; EXCLUSIVE locking mode: the lock taken below is never released.
    db.pragma('journal_mode = MEMORY');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
  } catch (e) {
    db?.close();
    const code = codeOf(e);
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw new AppError({
        code: 'DATA_DIR_LOCKED',
        message: `Leerpad is already open with this data folder (${dataDir}).`,
        hint: 'Switch to the Leerpad that is already open, or close it (and any `leerpad serve` on this folder) and start again. To run a second one, give it another folder with --data-dir.',
        params: { dataDir },
      });
    }
    throw describeWriteFailure(e, dataDir, `Cannot lock the data folder ${dataDir}: ${(e as Error).message}`);
  }
  const held = db;
  return {
    file,
    release() {
      if (held.open) held.close();
    },
  };
}
