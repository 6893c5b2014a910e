import { z } from 'zod';
import type { CourseOutline, CourseSummary } from './course';
import { settingValues, type AppInfo, type LearnerExport, type LearnerSummary, type OpenedLearner, type SessionStatus, type Settings, type TeacherStatus, type TeacherUnlock } from './learner';
import { exportRequest, exportTarget, type ExportResult, type PackagingAdvice } from './export';
import { id, learnerName, none, pin, pinIfGiven, session, teacher } from './fields';
import type { CommitResult, Dashboard, LaunchResult } from './progress';
import { checkJsonLimits, describeJsonLimitProblem } from './json-limits';
import { autoBackupValues, type BackupStatus, type RestoreSummary } from './backup';
import { IMPORT_MODES, importRoot, itemId, uploadId, type ImportResult, type PackageOutline, type PackageSummary } from './library';
import { portfolioExportArgs, portfolioGetArgs, type Portfolio, type PortfolioExportResult } from './portfolio';
import { trainingCallArgs, type TrainingCallResults } from './training';
import { reportFileRequest, reportRequest, type Report, type ReportFile } from './reports';

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

/**
 * Every call between UI and core (architecture rule 1). The argument schemas are the only input
 * validation the transports need: IPC, HTTP and tests all parse with them before a handler runs.
 */
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
  /** The own profile as a sealed leerpad-learner/1 file, to take to another computer. */
  'learner/transfer-export': z.object({ session }).strict(),
  /** Merges an uploaded learner file; it may add to any profile, so lecturer mode once a teacher PIN is set. */
  'learner/transfer-import': z.object({ uploadId, teacher: teacher.optional() }).strict(),
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
  /** Required once a teacher PIN is set: export is a lecturer tool. */
  'scorm/export': exportRequest.extend({ teacher: teacher.optional() }).strict(),
  /** Which packagings suit this export, recommended first; asked again whenever the target changes. */
  'scorm/packaging-advice': exportTarget.strict(),
  'app/show-item': z.object({ path: z.string().min(1).max(4096) }).strict(),
  /** Presenter notes in a second window (issue 15): the desktop opens it on the other screen; the web harness answers false and the page opens it. */
  'app/open-presenter-notes': z.object({ trainingId: id }).strict(),
  /** One file with every profile's work (issue 14): lecturer mode once a teacher PIN is set. */
  'backup/create': z.object({ teacher: teacher.optional() }).strict(),
  /** The daily copies and their settings: lecturer mode once a teacher PIN is set. */
  'backup/status': z.object({ teacher: teacher.optional() }).strict(),
  'backup/auto-settings': autoBackupValues.extend({ teacher: teacher.optional() }).strict(),
  /** Replaces every profile's data with an uploaded backup (checked whole first); every open profile closes. */
  'backup/restore': z.object({ uploadId, teacher: teacher.optional() }).strict(),
  /** Third-party packages beside the courses; with a session, each carries that learner's status. */
  'library/packages': z.object({ session: session.optional() }).strict(),
  /** Any profile may import (students get packages from their college); `mode` answers a conflict. */
  'library/import': z.object({ uploadId, mode: z.enum(IMPORT_MODES).optional(), root: importRoot.optional() }).strict(),
  /** Removing touches every profile's records: lecturer mode once a teacher PIN is set. */
  'library/remove': z.object({ packageId: id, keepRecords: z.boolean(), teacher: teacher.optional() }).strict(),
  'package/outline': z.object({ session, packageId: id }).strict(),
  'package/launch': z.object({ session, packageId: id, itemId, fresh: z.boolean().optional() }).strict(),
  /** The own profile's portfolio (issue 14): a learner's writing is never readable by another profile. */
  'portfolio/get': portfolioGetArgs,
  /** The own portfolio as PDF or Markdown in exports/, without the reflections in `exclude` (private notes). */
  'portfolio/export': portfolioExportArgs,
  /** A trainer's session with a school team (issue 15): lecturer mode once a teacher PIN is set. */
  ...trainingCallArgs,
  /** The lecturer's report (issue 15): every profile's standing, so lecturer mode once a teacher PIN is set. */
  'report/get': reportRequest,
  /** The report as CSV (Excel, Dutch settings) or xlsx, written to exports/. */
  'report/file': reportFileRequest,
} satisfies Record<string, z.ZodType>;

export interface CallResults extends TrainingCallResults {
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
  'learner/transfer-export': { fileName: string; json: string };
  'learner/transfer-import': {
    learnerId: string;
    learnerName: string;
    created: boolean;
    attemptsAdded: number;
    attemptsUpdated: number;
    versionsKept: number;
  };
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
  'app/open-presenter-notes': { opened: boolean; otherScreen: boolean };
  /** Written to the data folder's exports/; the web harness links it for download (downloadUrl), the desktop shows path. */
  'backup/create': { fileName: string; bytes: number; path: string; downloadUrl: string | null; learners: number };
  'backup/status': BackupStatus;
  'backup/auto-settings': BackupStatus;
  'backup/restore': RestoreSummary;
  'library/packages': PackageSummary[];
  'library/import': ImportResult;
  'library/remove': { removed: true };
  'package/outline': PackageOutline;
  'package/launch': LaunchResult;
  'report/get': Report;
  'report/file': ReportFile;
  'portfolio/get': Portfolio;
  'portfolio/export': PortfolioExportResult;
}

export type CallName = keyof typeof callArgs & keyof CallResults;
export type CallArgs<K extends CallName> = z.input<(typeof callArgs)[K]>;
export type ParsedArgs<K extends CallName> = z.output<(typeof callArgs)[K]>;
export type CallResult<K extends CallName> = CallResults[K];

export const callNames = Object.keys(callArgs) as CallName[];

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(callArgs, name);
}
