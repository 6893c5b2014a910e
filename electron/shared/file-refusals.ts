/** Why a restore refuses a backup file (params.reason of BACKUP_REFUSED); the UI has a text for each. */
export const BACKUP_REFUSAL_REASONS = ['unreadable', 'damaged', 'not-a-backup', 'format', 'checksum', 'newer', 'integrity', 'mismatch'] as const;
export type BackupRefusalReason = (typeof BACKUP_REFUSAL_REASONS)[number];

/** Why an import refuses a learner file (params.reason of LEARNER_FILE_REFUSED); the UI has a text for each. */
export const LEARNER_FILE_REFUSAL_REASONS = ['not-a-learner-file', 'newer-format', 'damaged'] as const;
export type LearnerFileRefusalReason = (typeof LEARNER_FILE_REFUSAL_REASONS)[number];
