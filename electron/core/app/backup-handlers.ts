import type { BackupStatus, CallName } from '../contract';
import { AUTO_BACKUP_KEEP } from '../contract/backup';
import { listAutoBackups, rollingBackup } from '../backup/rolling';
import { AppError } from '../errors';
import type { Handlers } from './handler-types';
import type { Core } from './services';

type BackupCall = Extract<CallName, 'backup/status' | 'backup/auto-settings' | 'backup/restore'>;

function status(core: Core): BackupStatus {
  const { autoBackup, autoBackupKeep } = core.settings.get();
  return { autoBackup, autoBackupKeep, keepLimits: { min: AUTO_BACKUP_KEEP.min, max: AUTO_BACKUP_KEEP.max }, copies: listAutoBackups(core.info().dataDir) };
}

/** The Settings screen's daily copies (issue 14); the one-file backup is 'backup/create' (backup-file.ts). */
export function createBackupHandlers(core: Core): Pick<Handlers, BackupCall> {
  return {
    'backup/status': ({ teacher }) => {
      core.teacher.requireIfSet(teacher);
      return status(core);
    },
    'backup/auto-settings': ({ teacher, autoBackup, autoBackupKeep }) => {
      core.teacher.requireIfSet(teacher);
      core.settings.set({ autoBackup, autoBackupKeep });
      const dataDir = core.info().dataDir;
      // The list on screen follows the choice at once: today's copy when switched on, fewer copies when fewer are kept.
      // Switched off, the copies there are stay: they may be the only ones left.
      if (autoBackup) rollingBackup(dataDir, { db: core.db, keep: autoBackupKeep });
      return status(core);
    },
    // Replacing the data needs the host that opened this core; backup-restore.ts (desktop and web harness) replaces this.
    'backup/restore': () => {
      throw new AppError({
        code: 'BAD_REQUEST',
        message: 'This Leerpad cannot restore a backup while it runs.',
        hint: 'Close Leerpad and use `leerpad restore <file>`.',
      });
    },
  };
}
