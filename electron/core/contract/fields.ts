import { z } from 'zod';

/**
 * The field schemas several contract files build their call arguments from, written once so that
 * an id, a PIN or a token means the same bounds in every call.
 */
export const id = z.string().min(1).max(64);
export const learnerName = z.string().trim().min(1, 'name is empty').max(40, 'name is longer than 40 characters');
export const pin = z.string().regex(/^\d{4,8}$/, 'a PIN is 4 to 8 digits');
export const none = z.object({}).strict();
export const session = z.string().min(16).max(128);
/** An empty PIN field means "no PIN given": core answers PIN_REQUIRED with a hint, not a bare BAD_REQUEST. */
export const pinIfGiven = z.union([z.literal(''), pin]).optional().transform((v) => v || undefined);
/** Lecturer mode's token from `teacher/unlock`. */
export const teacher = z.string().min(16).max(128);
