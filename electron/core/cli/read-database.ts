import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import { lockDataDir } from '../progress/data-lock';
import { assertKnownMigrations, inspectDatabase } from '../progress/database-check';
import { DATABASE_FILE, openDatabase, type Db } from '../progress/database';
import { migrations } from '../progress/migrations';

/**
 * The database of a data folder, for a command that only reads it (like `info`): no lock, so it works while
 * Leerpad runs. Beside a running Leerpad (its -wal is there) the connection is read-only; without one, a plain
 * connection that removes the -wal and -shm it opens when closed. A database this build must refuse is refused
 * untouched; one an older Leerpad left is upgraded first, under the lock, as the app would.
 */
export function openForReading(dataDir: string): { db: Db; close: () => void } {
  const file = path.join(dataDir, DATABASE_FILE);
  const found = inspectDatabase(dataDir, file);
  if (!found) {
    throw new AppError({ code: 'NOT_FOUND', message: `There is no Leerpad database in ${dataDir} yet.`, hint: 'Check --data-dir (or LEERPAD_DATA_DIR): it names the folder the app uses.', params: { dataDir } });
  }
  assertKnownMigrations(found.applied, migrations, file);
  const behind = migrations.some((m) => !found.applied.some((a) => a.id === m.id));
  if (behind) {
    const lock = lockDataDir(dataDir);
    try {
      const { db } = openDatabase(dataDir);
      return {
        db,
        close: () => {
          db.close();
          lock.release();
        },
      };
    } catch (e) {
      lock.release();
      throw e;
    }
  }
  const db = new Database(file, { readonly: fs.existsSync(`${file}-wal`), fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return { db, close: () => db.close() };
}
