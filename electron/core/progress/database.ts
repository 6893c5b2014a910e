import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import { assertKnownMigrations, backupsDirOf, inspectDatabase, readAppliedMigrations } from './database-check';
import { migrationChecksum } from './migration-checksums';
import { migrations as knownMigrations, type Migration } from './migrations';
import { isReadOnlyFailure, readOnlyError, describeWriteFailure } from './open-errors';

export type Db = Database.Database;

export const DATABASE_FILE = 'leerpad.sqlite';

export interface OpenedDatabase {
  db: Db;
  path: string;
  schemaVersion: number;
  /** Backup written before this start applied migrations to existing data, if any. */
  backupPath: string | null;
}

/**
 * Opens (creating if needed) the progress database and brings it to the newest schema.
 * Looks first and touches after: a database this build must refuse (a newer Leerpad's, an empty
 * or damaged file, another program's) is left exactly as it was, without even a -wal file beside it.
 */
export function openDatabase(dataDir: string, migrations: readonly Migration[] = knownMigrations, nativeBinding?: string): OpenedDatabase {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (e) {
    throw describeWriteFailure(e, dataDir, `Cannot create the data folder ${dataDir}: ${(e as Error).message}`);
  }
  const file = path.join(dataDir, DATABASE_FILE);
  const existing = inspectDatabase(dataDir, file, nativeBinding);
  if (existing) assertKnownMigrations(existing.applied, migrations, file);

  let db: Db | undefined;
  try {
    // Electron in development loads a binary built for its own ABI (build/electron-sqlite.mjs).
    db = new Database(file, nativeBinding ? { nativeBinding } : {});
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    // FULL: an acknowledged commit survives power loss too, not only a crash of the app.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    assertWritable(db);
  } catch (e) {
    db?.close();
    if (isReadOnlyFailure(e, dataDir)) throw readOnlyError(dataDir, (e as Error).message);
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
    if (isReadOnlyFailure(e, dataDir)) throw readOnlyError(dataDir, (e as Error).message);
    throw e;
  }
}

/**
 * SQLite opens a file it may not write read-only without a word, and an up-to-date database needs no
 * write at start: the learner would only find out at the first commit. A write that is rolled back
 * tells now, and leaves nothing behind.
 */
function assertWritable(db: Db): void {
  const version = Number(db.pragma('user_version', { simple: true }));
  try {
    db.exec(`BEGIN IMMEDIATE; PRAGMA user_version = ${version}; ROLLBACK`);
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  }
}

function migrate(db: Db, file: string, migrations: readonly Migration[]) {
  const appliedNow = () => {
    const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
    return exists ? readAppliedMigrations(db) : [];
  };
  const applied = appliedNow();
  // Checked again: another process may have migrated between the look and the open.
  assertKnownMigrations(applied, migrations, file);

  const appliedIds = new Set(applied.map((r) => r.id));
  const pending = migrations.filter((m) => !appliedIds.has(m.id)).sort((a, b) => a.id - b.id);
  let backupPath: string | null = null;
  if (pending.length > 0 && applied.length > 0) {
    // Learners' data is never dropped by an upgrade: keep a copy of the database as it was.
    const dir = backupsDirOf(file);
    fs.mkdirSync(dir, { recursive: true });
    const last = applied[applied.length - 1]!.id;
    backupPath = path.join(dir, `leerpad-schema${last}-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite`);
    db.prepare('VACUUM INTO ?').run(backupPath);
  }
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE id = ?');
  const record = db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)');
  const apply = db.transaction((m: Migration) => {
    // A second process that started at the same moment may have applied it already.
    if (isApplied.get(m.id)) return;
    db.exec(m.sql);
    record.run(m.id, m.name, new Date().toISOString());
    recordChecksums(db, migrations);
  });
  for (const m of pending) apply.immediate(m);
  const schemaVersion = Math.max(0, ...migrations.map((m) => m.id));
  return { schemaVersion, backupPath };
}

/**
 * Once the checksum column exists (migration 5), every row gets the checksum of the SQL this build ran.
 * Rows recorded before it (migrations 1–4 of an older database) were checked by name, the only check
 * there was: they get this build's checksum once, in the same transaction as the migration that added it.
 */
function recordChecksums(db: Db, migrations: readonly Migration[]): void {
  const hasColumn = (db.prepare('PRAGMA table_info(schema_migrations)').all() as { name: string }[]).some((c) => c.name === 'checksum');
  if (!hasColumn) return;
  const fill = db.prepare('UPDATE schema_migrations SET checksum = ? WHERE id = ? AND checksum IS NULL');
  for (const m of migrations) fill.run(migrationChecksum(m.sql), m.id);
}
