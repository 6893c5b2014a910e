import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';

const READ_ONLY_FS_CODES = new Set(['EACCES', 'EPERM', 'EROFS']);

/** The `code` of a Node fs error or an SqliteError ('' when there is none). */
export function codeOf(e: unknown): string {
  return (e as { code?: unknown } | null)?.code?.toString() ?? '';
}

/** True when nothing may be created in `dir` (a read-only mount, or no write permission). */
function folderRefusesWrites(dir: string): boolean {
  const probe = path.join(dir, `.leerpad-write-test-${process.pid}-${Date.now()}`);
  try {
    fs.closeSync(fs.openSync(probe, 'wx'));
    fs.rmSync(probe, { force: true });
    return false;
  } catch (e) {
    return READ_ONLY_FS_CODES.has(codeOf(e));
  }
}

/**
 * Read-only storage is a different problem from a damaged database, with a different fix: the
 * learner (or the school's IT) must be told which folder cannot be written, not to restore a backup.
 * SQLite reports it as SQLITE_READONLY*, or as SQLITE_CANTOPEN when it cannot create its -wal file.
 */
export function isReadOnlyFailure(e: unknown, dataDir: string): boolean {
  const code = codeOf(e);
  if (READ_ONLY_FS_CODES.has(code) || code.startsWith('SQLITE_READONLY')) return true;
  return code.startsWith('SQLITE_CANTOPEN') && folderRefusesWrites(dataDir);
}

export function readOnlyError(dataDir: string, detail: string): AppError {
  return new AppError({
    code: 'DATA_DIR_READ_ONLY',
    message: `Leerpad cannot write in its data folder ${dataDir}: the folder or the database in it is read-only (${detail}).`,
    hint: 'Nothing is damaged. Make the folder writable for your account (or ask the school\'s IT), or choose a folder you may write to with --data-dir or LEERPAD_DATA_DIR.',
    params: { dataDir },
  });
}

/** A failure to create or write something in the data folder, told as read-only when that is the cause. */
export function describeWriteFailure(
  e: unknown,
  dataDir: string,
  message: string,
  hint = 'Choose a folder you may write to with --data-dir or LEERPAD_DATA_DIR.',
): AppError {
  if (e instanceof AppError) return e;
  if (isReadOnlyFailure(e, dataDir)) return readOnlyError(dataDir, codeOf(e) || (e as Error).message);
  return new AppError({
    code: 'DB_UNAVAILABLE',
    message,
    hint,
    params: { dataDir },
  });
}
