/**
 * Errors are data (architecture rule 2): core throws AppError, every transport carries the
 * envelope below, and the UI shows `message` + `hint` translated by `code`.
 */
export type ErrorCode =
  | 'BAD_REQUEST'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNKNOWN_CALL'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'COURSE_INVALID'
  | 'DB_NEWER_THAN_APP'
  | 'DB_MIGRATION_MISMATCH'
  | 'DB_UNAVAILABLE'
  | 'DB_BUSY'
  | 'DATA_DIR_LOCKED'
  | 'DATA_DIR_READ_ONLY'
  | 'PIN_REQUIRED'
  | 'PIN_WRONG'
  | 'PIN_LOCKED'
  | 'BUSY'
  | 'TEACHER_REQUIRED'
  | 'TEACHER_PIN_NOT_SET'
  | 'SESSION_REQUIRED'
  | 'PACKAGE_INVALID'
  | 'EXPORT_REFUSED'
  /** A backup a restore will not use; params.reason says why (electron/shared/file-refusals.ts). */
  | 'BACKUP_REFUSED'
  /** A learner file an import will not use; params.reason says why (electron/shared/file-refusals.ts). */
  | 'LEARNER_FILE_REFUSED'
  | 'IO'
  | 'INTERNAL';

/**
 * The values a message or hint was built from (ids, file names, numbers), sent beside the English
 * text so that a UI can word it in its own language by the message's code.
 */
export { CONFLICT_REASONS, TOO_LARGE_REASONS, type ConflictReason, type TooLargeReason } from '../../shared/error-reasons';

export type MessageParams = Record<string, string | number>;

export interface AppErrorData {
  code: ErrorCode;
  /** English, for logs and the CLI; the UI translates by `code` and falls back to this. */
  message: string;
  hint?: string;
  /** Values the message was built from, for translation. */
  params?: MessageParams;
  file?: string;
  line?: number;
  column?: number;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: AppErrorData };
