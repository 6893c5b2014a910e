import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import { migrations as knownMigrations, type Migration } from './migrations';

export type Db = Database.Database;

export const DATABASE_FILE = 'leerpad.sqlite';

export interface OpenedDatabase {
  db: Db;
  path: string;
  schemaVersion: number;
  /** Backup written before this start applied migrations to existing data, if any. */
  backupPath: string | null;
}

interface AppliedRow {
  id: number;
  name: string;
}

/**
 * Opens (creating if needed) the progress database and brings it to the newest schema.
 * Refuses, without touching the file, a database that has migrations this version does not know.
 */
export function openDatabase(dataDir: string, migrations: readonly Migration[] = knownMigrations, nativeBinding?: string): OpenedDatabase {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (e) {
    throw new AppError({
      code: 'DB_UNAVAILABLE',
      message: `Cannot create the data folder ${dataDir}: ${(e as Error).message}`,
      hint: 'Choose a folder you may write to with --data-dir or LEERPAD_DATA_DIR.',
      params: { dataDir },
    });
  }
  const file = path.join(dataDir, DATABASE_FILE);
  let db: Db;
  try {
    // Electron in development loads a binary built for its own ABI (build/electron-sqlite.mjs).
    db = new Database(file, nativeBinding ? { nativeBinding } : {});
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    // FULL: an acknowledged commit survives power loss too, not only a crash of the app.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
  } catch (e) {
    throw new AppError({
      code: 'DB_UNAVAILABLE',
      message: `Cannot open the database ${file}: ${(e as Error).message}`,
      hint: 'Check that the file is not damaged or opened by another program; restore a backup if needed.',
      params: { file },
    });
  }
  try {
    const { schemaVersion, backupPath } = migrate(db, file, migrations);
    return { db, path: file, schemaVersion, backupPath };
  } catch (e) {
    db.close();
    throw e;
  }
}

function migrate(db: Db, file: string, migrations: readonly Migration[]) {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = db.prepare('SELECT id, name FROM schema_migrations ORDER BY id').all() as AppliedRow[];
  const known = new Map(migrations.map((m) => [m.id, m]));

  for (const row of applied) {
    const mine = known.get(row.id);
    if (!mine) {
      throw new AppError({
        code: 'DB_NEWER_THAN_APP',
        message: `The database ${file} was written by a newer version of Leerpad: it has migration ${row.id} '${row.name}', which this version does not know.`,
        hint: 'Install the newest Leerpad to open it, or start with another data folder (--data-dir). Nothing in the database was changed.',
        params: { file, id: row.id, name: row.name },
      });
    }
    if (mine.name !== row.name) {
      throw new AppError({
        code: 'DB_MIGRATION_MISMATCH',
        message: `The database ${file} has migration ${row.id} '${row.name}' where this version expects '${mine.name}'.`,
        hint: 'The database comes from a different build of Leerpad. Open it with that build, or restore a backup. Nothing in the database was changed.',
        params: { file, id: row.id, name: row.name, expected: mine.name },
      });
    }
  }

  const appliedIds = new Set(applied.map((r) => r.id));
  const pending = migrations.filter((m) => !appliedIds.has(m.id)).sort((a, b) => a.id - b.id);
  let backupPath: string | null = null;
  if (pending.length > 0 && applied.length > 0) {
    // Learners' data is never dropped by an upgrade: keep a copy of the database as it was.
    const dir = path.join(path.dirname(file), 'backups');
    fs.mkdirSync(dir, { recursive: true });
    const last = applied[applied.length - 1]!.id;
    backupPath = path.join(dir, `leerpad-schema${last}-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite`);
    db.prepare('VACUUM INTO ?').run(backupPath);
  }
  const record = db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)');
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.id, m.name, new Date().toISOString());
    })();
  }
  const schemaVersion = Math.max(0, ...migrations.map((m) => m.id));
  return { schemaVersion, backupPath };
}
