import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import { assertKnownMigrations, inspectDatabase } from '../progress/database-check';
import { DATABASE_FILE, type Db } from '../progress/database';
import { migrations } from '../progress/migrations';

/**
 * A connection that reads the data folder's database beside a running Leerpad (`leerpad report` and
 * `leerpad list`; `info` reads even less): no data-folder lock, no migration, and `query_only` so not one byte is written.
 * Read-only when a -wal file is there (a Leerpad has it open); else a plain connection, which removes
 * the -wal and -shm it opens when it closes. Undefined when the folder has no database yet.
 */
export function openDatabaseIfAny(dataDir: string, nativeBinding?: string): Db | undefined {
  const file = path.join(dataDir, DATABASE_FILE);
  const found = inspectDatabase(dataDir, file, nativeBinding);
  if (!found) return undefined;
  assertKnownMigrations(found.applied, migrations, file);
  const applied = new Set(found.applied.map((m) => m.id));
  const missing = migrations.filter((m) => !applied.has(m.id));
  if (missing.length > 0) {
    throw new AppError({
      code: 'DB_UNAVAILABLE',
      message: `The database ${file} was last opened by an older Leerpad (it lacks migration ${missing[0]!.id} '${missing[0]!.name}'); this command only reads and does not bring it up to date.`,
      hint: 'Open Leerpad (the app, or `leerpad serve`) on this data folder once, then run the command again.',
      params: { file },
    });
  }
  const db = new Database(file, { readonly: fs.existsSync(`${file}-wal`), fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  db.pragma('busy_timeout = 5000');
  db.pragma('query_only = ON');
  return db;
}

/** As openDatabaseIfAny, for a command with nothing to say without a database (a report). */
export function openDatabaseForReading(dataDir: string, nativeBinding?: string): Db {
  const db = openDatabaseIfAny(dataDir, nativeBinding);
  if (!db) {
    throw new AppError({
      code: 'NOT_FOUND',
      message: `There is no Leerpad database in ${dataDir}: no profiles to report on.`,
      hint: 'Give the data folder Leerpad uses with --data-dir (leerpad info shows it).',
      params: { dataDir },
    });
  }
  return db;
}
