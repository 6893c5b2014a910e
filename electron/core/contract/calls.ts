import { z } from 'zod';
import type { CourseSummary } from './course';
import type { AppInfo, LearnerSummary, Settings } from './learner';

/**
 * Every call between UI and core (architecture rule 1). The argument schemas are the only input
 * validation the transports need: IPC, HTTP and tests all parse with them before a handler runs.
 */
const id = z.string().min(1).max(64);
const learnerName = z.string().trim().min(1, 'name is empty').max(40, 'name is longer than 40 characters');
const pin = z.string().regex(/^\d{4,8}$/, 'a PIN is 4 to 8 digits');
const none = z.object({}).strict();

export const callArgs = {
  'app/info': none,
  'settings/get': none,
  'settings/set': z
    .object({
      language: z.enum(['nl-BE', 'en']).optional(),
      lastLearnerId: id.nullable().optional(),
    })
    .strict(),
  'course/list': none,
  'learner/list': none,
  'learner/create': z.object({ name: learnerName, pin: pin.optional() }).strict(),
  'learner/rename': z.object({ id, name: learnerName }).strict(),
  'learner/delete': z.object({ id }).strict(),
} satisfies Record<string, z.ZodType>;

export interface CallResults {
  'app/info': AppInfo;
  'settings/get': Settings;
  'settings/set': Settings;
  'course/list': CourseSummary[];
  'learner/list': LearnerSummary[];
  'learner/create': LearnerSummary;
  'learner/rename': LearnerSummary;
  'learner/delete': { deleted: true };
}

export type CallName = keyof typeof callArgs & keyof CallResults;
export type CallArgs<K extends CallName> = z.input<(typeof callArgs)[K]>;
export type ParsedArgs<K extends CallName> = z.output<(typeof callArgs)[K]>;
export type CallResult<K extends CallName> = CallResults[K];

export const callNames = Object.keys(callArgs) as CallName[];

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(callArgs, name);
}
