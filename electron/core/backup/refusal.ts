import type { BackupRefusalReason } from '../contract/backup';
import { AppError } from '../errors';

const UNTOUCHED = 'The data folder was not changed.';

const HINTS: Record<BackupRefusalReason, string> = {
  unreadable: `Check the path, and that the file is a Leerpad backup (made with "leerpad backup" or in Settings). ${UNTOUCHED}`,
  damaged: `The file was damaged or cut off while it was copied. Copy it again from where it was made, or use another backup. ${UNTOUCHED}`,
  'not-a-backup': `Choose a file made with "leerpad backup" or the Settings screen. ${UNTOUCHED}`,
  format: `Install the newest Leerpad to restore it. ${UNTOUCHED}`,
  checksum: `A file inside the backup changed after it was made. Use another copy of the backup. ${UNTOUCHED}`,
  newer: `Install the newest Leerpad to restore it. ${UNTOUCHED}`,
  integrity: `The database in the backup is damaged. Use another backup. ${UNTOUCHED}`,
  mismatch: `The backup comes from a different build of Leerpad. Restore it with that build. ${UNTOUCHED}`,
};

/** A refused restore: one code, and the reason in params so that a UI words each in its own language. */
export function backupRefused(reason: BackupRefusalReason, file: string, message: string, params: Record<string, string | number> = {}): AppError {
  return new AppError({
    code: 'BACKUP_REFUSED',
    message: `Cannot restore ${file}: ${message}`,
    hint: HINTS[reason],
    params: { reason, file, ...params },
  });
}

export const isBackupRefusal = (e: unknown): e is AppError => e instanceof AppError && e.code === 'BACKUP_REFUSED';

/** The CLI exits 2 for a file it could not read at all, 1 for the other refusals. */
export const isUnreadableBackup = (e: unknown): boolean => isBackupRefusal(e) && e.params?.reason === 'unreadable';
