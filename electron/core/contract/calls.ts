import { z } from 'zod';
import type { CourseOutline, CourseSummary } from './course';
import { IDLE_MINUTES, type AppInfo, type LearnerExport, type LearnerSummary, type OpenedLearner, type SessionStatus, type Settings, type TeacherStatus, type TeacherUnlock } from './learner';
import type { ExportResult, PackagingAdvice } from './export';
import { LANGUAGES, PACKAGINGS, REFLECTION_MODES, SCORM_EDITIONS, TARGET_LMSES } from '../../shared/enums';
import type { CommitResult, Dashboard, LaunchResult } from './progress';
import { checkJsonLimits, describeJsonLimitProblem } from './json-limits';

/**
 * Every call between UI and core (architecture rule 1). The argument schemas are the only input
 * validation the transports need: IPC, HTTP and tests all parse with them before a handler runs.
 */
const id = z.string().min(1).max(64);
const learnerName = z.string().trim().min(1, 'name is empty').max(40, 'name is longer than 40 characters');
const pin = z.string().regex(/^\d{4,8}$/, 'a PIN is 4 to 8 digits');
const none = z.object({}).strict();
const session = z.string().min(16).max(128);
/** An empty PIN field means "no PIN given": core answers PIN_REQUIRED with a hint, not a bare BAD_REQUEST. */
const pinIfGiven = z.union([z.literal(''), pin]).optional().transform((v) => v || undefined);
/** Lecturer mode's token from `teacher/unlock`. */
const teacher = z.string().min(16).max(128);

/** The settings and their bounds; core also checks stored values against these. */
export const settingValues = z.object({
  language: z.enum(LANGUAGES),
  lastLearnerId: id.nullable(),
  idleMinutes: z.number().int().min(IDLE_MINUTES.min).max(IDLE_MINUTES.max),
});
/**
 * A CMI tree from scorm-again; 2 MB leaves room for 64000-character suspend_data and many interactions.
 * The bounds are checked by an iterative walk before zod looks inside: a tree 50 000 levels deep once
 * overflowed the stack in a JSON.stringify here.
 */
const CMI_LIMITS = { maxDepth: 32, maxBytes: 2_000_000, maxNodes: 100_000 };
const cmi = z
  .unknown()
  .superRefine((v, ctx) => {
    const problem = checkJsonLimits(v, CMI_LIMITS);
    if (problem) ctx.addIssue({ code: 'custom', message: `the CMI is ${describeJsonLimitProblem(problem)}`, abort: true });
  })
  .pipe(z.record(z.string(), z.unknown()));

/** What an export is for: the course, its modules, the edition and the LMS. */
const exportTarget = z.object({
  courseId: id,
  edition: z.enum(SCORM_EDITIONS),
  modules: z.array(id).min(1).max(200).optional(),
  reflections: z.enum(REFLECTION_MODES),
  lms: z.enum(TARGET_LMSES),
});

export const callArgs = {
  'app/info': none,
  'settings/get': none,
  'settings/set': settingValues.pick({ language: true, lastLearnerId: true }).partial().strict(),
  'course/list': none,
  'learner/list': none,
  'learner/create': z.object({ name: learnerName, pin: pinIfGiven }).strict(),
  // Own profile: its session; another profile: lecturer mode (teacher).
  'learner/rename': z.object({ id, name: learnerName, session: session.optional(), teacher: teacher.optional() }).strict(),
  // Deleting the own protected profile asks its PIN once more: it cannot be undone.
  'learner/delete': z.object({ id, session: session.optional(), pin: pinIfGiven, teacher: teacher.optional() }).strict(),
  'learner/open': z.object({ id, pin: pinIfGiven }).strict(),
  'learner/close': z.object({ session }).strict(),
  /** `peek` reads the idle time without counting as activity (the UI's idle check). */
  'learner/session': z.object({ session, peek: z.boolean().optional() }).strict(),
  'learner/set-pin': z.object({ session, currentPin: pinIfGiven, pin: pin.nullable() }).strict(),
  'learner/export': z.object({ session }).strict(),
  'teacher/status': none,
  /** The first teacher PIN needs nothing; changing or removing it needs the current one. */
  'teacher/set-pin': z.object({ currentPin: pinIfGiven, pin: pin.nullable() }).strict(),
  'teacher/unlock': z.object({ pin }).strict(),
  'teacher/lock': z.object({ teacher }).strict(),
  /** A forgotten learner PIN: a new one (or none); the learner's data stays. */
  'teacher/reset-learner-pin': z.object({ teacher, id, pin: pin.nullable() }).strict(),
  'teacher/settings': z.object({ teacher: teacher.optional(), idleMinutes: settingValues.shape.idleMinutes }).strict(),
  'course/get': z.object({ courseId: id }).strict(),
  'player/launch': z.object({ session, courseId: id, moduleId: id, fresh: z.boolean().optional() }).strict(),
  'progress/commit': z
    .object({
      session,
      attemptId: z.number().int().positive(),
      launchId: id,
      seq: z.number().int().positive(),
      cmi,
      terminate: z.boolean().optional(),
    })
    .strict(),
  'progress/dashboard': z.object({ session, courseId: id }).strict(),
  'scorm/export': exportTarget
    .extend({
      mastery: z.number().int().min(0).max(100).optional(),
      /** The recommended packaging for this LMS, edition and modules when absent. */
      packaging: z.enum(PACKAGINGS).optional(),
      /** Language of the upload guide; nl-BE when absent. */
      language: z.enum(LANGUAGES).optional(),
      /** Required once a teacher PIN is set: export is a lecturer tool. */
      teacher: teacher.optional(),
    })
    .strict(),
  /** Which packagings suit this export, recommended first; asked again whenever the target changes. */
  'scorm/packaging-advice': exportTarget.strict(),
  'app/show-item': z.object({ path: z.string().min(1).max(4096) }).strict(),
} satisfies Record<string, z.ZodType>;

export interface CallResults {
  'app/info': AppInfo;
  'settings/get': Settings;
  'settings/set': Settings;
  'course/list': CourseSummary[];
  'learner/list': LearnerSummary[];
  'learner/create': OpenedLearner;
  'learner/rename': LearnerSummary;
  'learner/delete': { deleted: true };
  'learner/open': OpenedLearner;
  'learner/close': { closed: true };
  'learner/session': SessionStatus;
  'learner/set-pin': LearnerSummary;
  'learner/export': LearnerExport;
  'teacher/status': TeacherStatus;
  'teacher/set-pin': TeacherStatus;
  'teacher/unlock': TeacherUnlock;
  'teacher/lock': { locked: true };
  'teacher/reset-learner-pin': LearnerSummary;
  'teacher/settings': TeacherStatus;
  'course/get': CourseOutline;
  'player/launch': LaunchResult;
  'progress/commit': CommitResult;
  'progress/dashboard': Dashboard;
  'scorm/export': ExportResult;
  'scorm/packaging-advice': PackagingAdvice;
  /** Reveals a file in the system's file manager (desktop only; the web harness answers false). */
  'app/show-item': { shown: boolean };
}

export type CallName = keyof typeof callArgs & keyof CallResults;
export type CallArgs<K extends CallName> = z.input<(typeof callArgs)[K]>;
export type ParsedArgs<K extends CallName> = z.output<(typeof callArgs)[K]>;
export type CallResult<K extends CallName> = CallResults[K];

export const callNames = Object.keys(callArgs) as CallName[];

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(callArgs, name);
}
