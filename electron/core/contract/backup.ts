import { z } from 'zod';

export { BACKUP_REFUSAL_REASONS, LEARNER_FILE_REFUSAL_REASONS, type BackupRefusalReason, type LearnerFileRefusalReason } from '../../shared/file-refusals';

/** Daily copies of the database kept in backups/auto: a week by default, a month at most (each is a whole database). */
export const AUTO_BACKUP_KEEP = { default: 7, min: 3, max: 30 } as const;

export const autoBackupValues = z.object({
  /** Whether Leerpad copies the database once a day by itself. */
  autoBackup: z.boolean(),
  autoBackupKeep: z.number().int().min(AUTO_BACKUP_KEEP.min).max(AUTO_BACKUP_KEEP.max),
});

/** One daily copy in backups/auto: its local date (YYYY-MM-DD) and size. */
export interface AutoBackupCopy {
  date: string;
  bytes: number;
}

export interface BackupStatus {
  autoBackup: boolean;
  autoBackupKeep: number;
  keepLimits: { min: number; max: number };
  /** Newest first. */
  copies: AutoBackupCopy[];
}

export interface RestoreSummary {
  /** When the restored backup was made (ISO). */
  createdAt: string;
  learners: number;
  /** Where the replaced data was moved to (backups/before-restore-<time>); null when there was none. */
  keptAs: string | null;
}
