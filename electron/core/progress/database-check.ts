import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import { LOCK_FILE } from './data-lock';
import { migrationChecksum } from './migration-checksums';
import type { Migration } from './migrations';
import { codeOf, describeWriteFailure } from './open-errors';

export interface AppliedMigration {
  id: number;
  name: string;
  /** sha256 of the SQL it ran; null for a row recorded before migration 5 added the column. */
  checksum: string | null;
}

/** The bookkeeping rows, with or without the checksum column (it came with migration 5). */
export function readAppliedMigrations(db: Database.Database): AppliedMigration[] {
  const rows = db.prepare('SELECT * FROM schema_migrations ORDER BY id').all() as { id: number; name: string; checksum?: string | null }[];
  return rows.map((r) => ({ id: r.id, name: r.name, checksum: r.checksum ?? null }));
}

/** What an existing database holds, read without writing. */
export interface Inspection {
  applied: AppliedMigration[];
  learners: number;
}

/** Every SQLite 3 file starts with these 16 bytes (https://www.sqlite.org/fileformat.html §1.3). */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function sizeOf(file: string): number | null {
  try {
    return fs.statSync(file).size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** Nothing but what a first start that stopped half-way leaves behind: no learner's data was ever here. */
function folderHoldsOnlyAnUnfinishedStart(dataDir: string, dbFile: string): boolean {
  const base = path.basename(dbFile);
  const leftovers = new Set([base, `${base}-wal`, `${base}-shm`, `${base}-journal`, LOCK_FILE]);
  return fs.readdirSync(dataDir).every((name) => leftovers.has(name));
}

/** Where the copies taken before an upgrade go, beside the database (README: "Where the data lives"). */
export function backupsDirOf(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), 'backups');
}

function refuse(file: string, message: string, hint: string): AppError {
  const backups = backupsDirOf(file);
  return new AppError({ code: 'DB_UNAVAILABLE', message, hint: hint.replace('{backups}', backups), params: { file } });
}

const OPEN_HINT = 'Check that the file is not opened by another program, then start Leerpad again.';
const RESTORE_HINT =
  'Leerpad did not change it. Move the file away and put the newest copy from {backups} in its place, or start with another data folder (--data-dir).';

/**
 * A connection that can only read what is on disk. Without a -wal file the bytes are read into
 * memory, so not even a -wal or -shm file appears beside a database that is then refused (SQLite
 * creates both for any connection, also a read-only one, to a WAL database). With a -wal file (a
 * writer is running, or one crashed) the file itself is opened read-only: its -wal holds committed
 * data that the bytes alone lack, and the files SQLite needs are there already.
 */
function readOnlyView(file: string, walBytes: number, nativeBinding?: string): Database.Database {
  const binding = nativeBinding ? { nativeBinding } : {};
  if (walBytes > 0) return new Database(file, { readonly: true, fileMustExist: true, ...binding });
  const bytes = fs.readFileSync(file);
  // Header bytes 18–19 are 2 in WAL mode; a database in memory can only be read in rollback mode (1).
  if (bytes[18] === 2) bytes[18] = 1;
  if (bytes[19] === 2) bytes[19] = 1;
  return new Database(bytes, { readonly: true, ...binding });
}

/**
 * Looks at an existing database without changing a byte of it: null when there is none yet (start
 * fresh), else its migrations and profile count. Refuses an empty file in a folder that has held data, a file
 * that is not SQLite, a damaged one and an SQLite file of another program.
 */
export function inspectDatabase(dataDir: string, file: string, nativeBinding?: string): Inspection | null {
  let size: number | null;
  let walBytes: number;
  try {
    size = sizeOf(file);
    walBytes = sizeOf(`${file}-wal`) ?? 0;
  } catch (e) {
    throw describeWriteFailure(e, dataDir, `Cannot read the database ${file}: ${(e as Error).message}`);
  }
  if (size === null) return null;
  if (size === 0 && walBytes === 0) {
    if (folderHoldsOnlyAnUnfinishedStart(dataDir, file)) return null;
    throw refuse(file, `The database file ${file} is empty (0 bytes): the learners' data that was in it is gone.`, RESTORE_HINT);
  }
  if (walBytes === 0) {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, head, 0, head.length, 0);
    } finally {
      fs.closeSync(fd);
    }
    if (!head.equals(SQLITE_HEADER)) {
      throw refuse(file, `The file ${file} is not a Leerpad database: it is not an SQLite file at all.`, RESTORE_HINT);
    }
  }

  let view: Database.Database | undefined;
  try {
    view = readOnlyView(file, walBytes, nativeBinding);
    const tables = (view.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    if (tables.length === 0) return null;
    if (!tables.includes('schema_migrations')) {
      throw refuse(
        file,
        `The file ${file} is an SQLite database of another program: it has tables (${tables.slice(0, 5).join(', ')}) but no Leerpad schema.`,
        RESTORE_HINT,
      );
    }
    const applied = readAppliedMigrations(view);
    const learners = tables.includes('learners') ? (view.prepare('SELECT COUNT(*) AS n FROM learners').get() as { n: number }).n : 0;
    return { applied, learners };
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (!codeOf(e).startsWith('SQLITE_')) {
      throw describeWriteFailure(e, dataDir, `Cannot open the database ${file}: ${(e as Error).message}`, OPEN_HINT);
    }
    throw refuse(file, `The database ${file} is damaged and cannot be read: ${(e as Error).message}.`, RESTORE_HINT);
  } finally {
    view?.close();
  }
}

const MISMATCH_HINT = 'The database comes from a different build of Leerpad. Open it with that build, or restore a backup. Nothing in the database was changed.';

/**
 * Architecture rule 5: a migration this build does not know (a newer Leerpad) or knows under
 * another name (another build) stops the start, before anything is written.
 */
export function assertKnownMigrations(applied: readonly AppliedMigration[], known: readonly Migration[], file: string): void {
  const byId = new Map(known.map((m) => [m.id, m]));
  for (const row of applied) {
    const mine = byId.get(row.id);
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
        hint: MISMATCH_HINT,
        params: { file, id: row.id, name: row.name, expected: mine.name },
      });
    }
    // Append-only migrations (rule 5): the same id and name with other SQL means other tables than this build's queries expect.
    if (row.checksum !== null && row.checksum !== migrationChecksum(mine.sql)) {
      throw new AppError({
        code: 'DB_MIGRATION_MISMATCH',
        message: `The database ${file} has migration ${row.id} '${row.name}' applied with different SQL than this version's (checksum ${row.checksum.slice(0, 12)}… where this version expects ${migrationChecksum(mine.sql).slice(0, 12)}…).`,
        hint: MISMATCH_HINT,
        params: { file, id: row.id, name: row.name, expected: mine.name },
      });
    }
  }
}
