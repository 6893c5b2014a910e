import { z } from 'zod';
import { LANGUAGES } from '../../shared/enums';
import type { ModuleStatus } from '../../shared/progress-rules';
import { id, teacher } from './fields';

/** The files a report is written to (issue 15): CSV for Excel with Dutch settings, and xlsx. */
export const REPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * One learner × one module of a course, or × one imported SCORM package (`kind: 'package'`: its course and
 * module id are the package's key `pkg:<id>`, its title both titles), as a lecturer reads it. Never a reflection's text.
 */
export interface ReportRow {
  kind: 'module' | 'package';
  learnerId: string;
  learnerName: string;
  courseId: string;
  courseTitle: string;
  moduleId: string;
  moduleTitle: string;
  /** The status the learner is told (electron/shared/progress-rules.ts), from their latest attempt. */
  status: ModuleStatus;
  /** The quiz of the latest attempt: true passed, false not passed; null when the module has no quiz or it was not taken. */
  passed: boolean | null;
  /** 0–100: the best quiz score over every attempt (a package: its score as it reports it now); null when none was scored. */
  bestScorePercent: number | null;
  /** Every attempt's study time together. */
  timeSeconds: number;
  /** ISO time of the last save; null when never opened. */
  lastStudiedAt: string | null;
  /** "Gevolgd in sessie": the trainer's session that covered it with this learner (ModuleProgress.followedInSession). */
  followedInSession: { title: string; date: string } | null;
}

/** How a group stands on one kernthema or hefboom of a course's framework. */
export interface LeverOverview {
  courseId: string;
  courseTitle: string;
  leverId: string;
  leverTitle: string;
  kind: 'theme' | 'lever';
  /** Learners who finished every module serving it. */
  learnersFinished: number;
  learnersTotal: number;
  /** 0–100, one decimal: the learners' average share of its modules finished; null without learners. */
  averagePercent: number | null;
}

export interface Report {
  generatedAt: string;
  rows: ReportRow[];
  levers: LeverOverview[];
}

/** Lecturer tools once a teacher PIN is set; without `courseId`, every course that can be played. */
export const reportRequest = z.object({ teacher: teacher.optional(), courseId: id.optional() }).strict();
export const reportFileRequest = reportRequest.extend({ format: z.enum(REPORT_FORMATS), language: z.enum(LANGUAGES) }).strict();

/** Written to the data folder's exports/; the web harness links it (downloadUrl), the desktop shows path. */
export interface ReportFile {
  fileName: string;
  bytes: number;
  path: string;
  downloadUrl: string | null;
  rows: number;
}
