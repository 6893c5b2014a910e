import { AppError } from '../errors';

/** Why a restore refused a file; the CLI exits 2 for 'unreadable' (not a file it could read at all), 1 for the rest. */
export type BackupProblem = 'unreadable' | 'damaged' | 'not-a-backup' | 'format' | 'checksum' | 'newer' | 'integrity' | 'mismatch';

const UNTOUCHED = 'The data folder was not changed.';

const HINTS: Record<BackupProblem, string> = {
  unreadable: `Check the path, and that the file is a Leerpad backup (made with "leerpad backup" or in Settings). ${UNTOUCHED}`,
  damaged: `The file was damaged or cut off while it was copied. Copy it again from where it was made, or use another backup. ${UNTOUCHED}`,
  'not-a-backup': `Choose a file made with "leerpad backup" or the Settings screen. ${UNTOUCHED}`,
  format: `Install the newest Leerpad to restore it. ${UNTOUCHED}`,
  checksum: `A file inside the backup changed after it was made. Use another copy of the backup. ${UNTOUCHED}`,
  newer: `Install the newest Leerpad to restore it. ${UNTOUCHED}`,
  integrity: `The database in the backup is damaged. Use another backup. ${UNTOUCHED}`,
  mismatch: `The backup comes from a different build of Leerpad. Restore it with that build. ${UNTOUCHED}`,
};

/**
 * A refused restore. The newer-schema refusal keeps the database's own code (DB_NEWER_THAN_APP),
 * so a UI words it as it does a newer database; the rest say the request's file is wrong.
 */
export function backupRefused(problem: BackupProblem, file: string, message: string, params: Record<string, string | number> = {}): AppError {
  return new AppError({
    code: problem === 'newer' ? 'DB_NEWER_THAN_APP' : 'BAD_REQUEST',
    message: `Cannot restore ${file}: ${message}`,
    hint: HINTS[problem],
    params: { problem, file, ...params },
  });
}

export const isUnreadableBackup = (e: unknown): boolean => e instanceof AppError && e.params?.problem === 'unreadable';
