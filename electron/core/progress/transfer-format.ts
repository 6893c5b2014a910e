import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../errors';
import { id as learnerId, learnerName } from '../contract/fields';
import { LEARNER_FILE_REFUSAL_REASONS, type LearnerFileRefusalReason } from '../contract/backup';
import { LEARNER_FILE_EXTENSION } from '../../shared/uploads';
import { COMPLETION_RANK, SUCCESS_RANK } from '../../shared/status-ranks';
import { fileStem } from './learner-export';

/**
 * One learner's file, to move them between computers (issue 14, part 3). Read as hostile input: it
 * comes from a USB stick or a mail attachment. Everything the database keeps about the learner is in
 * it; the PIN only as the scrypt hash the database holds, never a PIN.
 */
export const LEARNER_FILE_FORMAT = 'leerpad-learner/1';
/** A learner file holds text and small numbers; one far larger is not one, and is not read into memory. */
export const MAX_LEARNER_FILE_BYTES = 256 * 1024 * 1024;
const FORMAT_PREFIX = 'leerpad-learner/';

const text = (max: number) => z.string().max(max);
const id = z.string().min(1).max(500);
const iso = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
const completion = z.enum(Object.keys(COMPLETION_RANK) as [string, ...string[]]);
const success = z.enum(Object.keys(SUCCESS_RANK) as [string, ...string[]]);
const seconds = z.number().finite().nonnegative();
const jsonObject = z.string().refine((s) => {
  try {
    const v: unknown = JSON.parse(s);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}, 'not a JSON object');

const attemptSchema = z.strictObject({
  courseId: id,
  moduleId: id,
  number: z.number().int().positive(),
  startedAt: iso,
  updatedAt: iso,
  completion,
  success,
  scoreScaled: z.number().finite().nullable(),
  location: text(10_000).nullable(),
  timeBaseS: seconds,
  timeSessionS: seconds,
  commitSeq: z.number().int().nonnegative(),
  launchId: id.nullable(),
  cmiJson: jsonObject,
  questions: z.array(z.strictObject({ questionId: id, type: text(100), response: text(100_000), result: text(100) })),
  reflections: z.array(z.strictObject({ reflectionId: id, text: text(1_000_000), updatedAt: iso })),
  reflectionVersions: z.array(z.strictObject({ reflectionId: id, text: text(1_000_000), writtenAt: iso })),
  ratings: z.array(z.strictObject({ itemId: id, rating: z.number().int(), note: text(100_000).nullable() })),
  ratingHistory: z.array(z.strictObject({ itemId: id, rating: z.number().int(), ratedAt: iso })),
  objectives: z.array(z.strictObject({ objectiveId: id, completion: text(100), success: text(100), scoreScaled: z.number().finite().nullable() })),
  studySessions: z.array(z.strictObject({ launchId: id, startedAt: iso, seconds })),
  /** Earlier states of this attempt the exporting side has held (its current one included): see transfer-merge.ts. */
  mergedStates: z.array(z.strictObject({ updatedAt: iso, commitSeq: z.number().int().nonnegative() })),
});

const bodySchema = z.strictObject({
  format: z.literal(LEARNER_FILE_FORMAT),
  app: z.strictObject({ name: z.literal('Leerpad'), version: text(100) }),
  schemaVersion: z.number().int().positive(),
  exportedAt: iso,
  learner: z.strictObject({
    // The rules a profile made in the app obeys: an imported name is one the profile list can show.
    id: learnerId,
    name: learnerName,
    pinHash: z.string().regex(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/).nullable(),
    createdAt: iso,
    lastActiveAt: iso.nullable(),
  }),
  attempts: z.array(attemptSchema),
});

export type TransferAttempt = z.infer<typeof attemptSchema>;
export type LearnerFileBody = z.infer<typeof bodySchema>;
export type LearnerFile = LearnerFileBody & { sha256: string };

/** Over the body as written (key order included): a file edited or cut short by a copy no longer matches. */
export function contentSha256(body: LearnerFileBody | Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify(body), 'utf8').digest('hex');
}

export function sealLearnerFile(body: LearnerFileBody): LearnerFile {
  return { ...body, sha256: contentSha256(body) };
}

/** The name a learner file is offered under: `leerpad-learner-<name>.json`, with the learner export's stem. */
export function learnerFileName(name: string): string {
  return `leerpad-learner-${fileStem(name)}${LEARNER_FILE_EXTENSION}`;
}

export type RefusalReason = LearnerFileRefusalReason;

/** A refused learner file: one code, the reason in params so that a UI words each in its own language. */
export function learnerFileRefused(reason: RefusalReason, message: string, hint: string): AppError {
  return new AppError({ code: 'LEARNER_FILE_REFUSED', message, hint, params: { reason } });
}

export function refusalReasonOf(e: unknown): RefusalReason | undefined {
  if (!(e instanceof AppError) || e.code !== 'LEARNER_FILE_REFUSED') return undefined;
  const reason = e.params?.reason;
  return LEARNER_FILE_REFUSAL_REASONS.find((r) => r === reason);
}

/** Checks a parsed file before anything is written: its kind, its format version, its checksum, then every field. */
export function checkLearnerFile(doc: unknown): LearnerFile {
  const format = typeof doc === 'object' && doc !== null ? (doc as { format?: unknown }).format : undefined;
  if (typeof format !== 'string' || !format.startsWith(FORMAT_PREFIX)) {
    throw learnerFileRefused('not-a-learner-file', 'This is not a Leerpad learner file.', 'Choose a file made with `leerpad learner-export` or "Neem mijn werk mee" (leerpad-learner-….json).');
  }
  if (format !== LEARNER_FILE_FORMAT) {
    throw learnerFileRefused('newer-format', `This learner file has format ${format}; this Leerpad reads ${LEARNER_FILE_FORMAT}.`, 'Update Leerpad on this computer, then import the file again.');
  }
  const { sha256, ...body } = doc as Record<string, unknown>;
  if (typeof sha256 !== 'string' || sha256 !== contentSha256(body)) {
    throw learnerFileRefused('damaged', 'This learner file is damaged: its content does not match its checksum. Nothing was imported.', 'Export the learner again on the other computer and copy the file once more.');
  }
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw learnerFileRefused('damaged', `This learner file is damaged: ${issue?.path.join('.') || 'its content'} is not valid (${issue?.message}). Nothing was imported.`, 'Export the learner again on the other computer and copy the file once more.');
  }
  return { ...parsed.data, sha256 };
}
