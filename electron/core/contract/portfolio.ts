import { z } from 'zod';
import { PORTFOLIO_FORMATS, type PortfolioFormat } from '../../shared/enums';
import { id, session } from './fields';
import type { LeverProgress, RatingAt, ThemeProgress } from './progress';

export { PORTFOLIO_FORMATS, type PortfolioFormat } from '../../shared/enums';

/**
 * The learner's portfolio (issue 14, part 1): what they wrote, rated and scored in one course, handed back
 * to them. Always the own profile (a session): a learner's writing is never readable by another profile.
 */

/** An earlier text of the same reflection, kept when the learner wrote it on two computers (migration 7). */
export interface PortfolioReflectionVersion {
  text: string;
  writtenAt: string;
}

/** One reflection the learner wrote: the course's prompt and their own text in full. */
export interface PortfolioReflection {
  reflectionId: string;
  moduleId: string;
  moduleTitle: string;
  prompt: string;
  /** The learner's text as stored, never shortened; empty when only earlier versions remain. */
  text: string;
  updatedAt: string | null;
  /** Long enough to count as written (the module's minimum length, progress-rules.ts). */
  written: boolean;
  /** Oldest first. */
  versions: PortfolioReflectionVersion[];
}

/** A kijkwijzer statement: the first and latest rating (labels from the scale) and the learner's note. */
export interface PortfolioRatedItem {
  itemId: string;
  text: string;
  first: RatingAt | null;
  latest: RatingAt | null;
  /** The scale's words for `first.rating` and `latest.rating`. */
  firstLabel: string | null;
  latestLabel: string | null;
  /** How many different ratings followed one another: more than 1 means the rating changed. */
  ratings: number;
  /** The note the learner wrote beside the statement in the latest attempt, if any. */
  note: string | null;
}

export interface PortfolioChecklist {
  moduleId: string;
  moduleTitle: string;
  checklistId: string;
  title: string;
  /** The levers of the module the kijkwijzer is in, as ids of course.framework. */
  levers: string[];
  scale: string[];
  /** Only the statements the learner rated. */
  items: PortfolioRatedItem[];
}

/** A module's quiz: its best result over all the learner's attempts (a fresh attempt does not take a result back). */
export const PORTFOLIO_QUIZ_VERDICTS = ['passed', 'not-passed', 'not-taken'] as const;
export type PortfolioQuizVerdict = (typeof PORTFOLIO_QUIZ_VERDICTS)[number];

export interface PortfolioQuiz {
  moduleId: string;
  moduleTitle: string;
  /** The best score of all attempts; null before a quiz was finished. */
  scorePercent: number | null;
  passPercent: number | null;
  /** Passed in any attempt. */
  passed: boolean;
  /**
   * What the learner is told: `not-taken` until a quiz attempt was finished (a module only read, or a reflection
   * written, is no failed quiz), then `not-passed` or `passed`.
   */
  verdict: PortfolioQuizVerdict;
  /** Questions right in the attempt with the best score. */
  questionsCorrect: number;
  questionsTotal: number;
  attempts: number;
}

export interface Portfolio {
  learnerName: string;
  courseId: string;
  courseTitle: string;
  /** ISO time the portfolio was read. */
  generatedAt: string;
  /** Only the reflections with text (or kept versions), in course order. */
  reflections: PortfolioReflection[];
  /** Only the kijkwijzers with at least one rating, in course order. */
  checklists: PortfolioChecklist[];
  /** Only the modules with a quiz the learner started, in course order. */
  quizzes: PortfolioQuiz[];
  /** Progress per kernthema (with its hefbomen) and for the umbrella, as on the dashboard. */
  themes: ThemeProgress[];
  umbrella: LeverProgress;
  overall: { modulesCompleted: number; modulesTotal: number; percent: number; timeSeconds: number };
}

/** Up to this many reflections can be left out of one export; a course has far fewer. */
const MAX_EXCLUDED = 1000;

export const portfolioGetArgs = z.object({ session, courseId: id }).strict();

export const portfolioExportArgs = z
  .object({
    session,
    courseId: id,
    format: z.enum(PORTFOLIO_FORMATS),
    /** Reflection ids the learner keeps private: left out of the file (ids not in the course are ignored). */
    exclude: z.array(id).max(MAX_EXCLUDED).default([]),
  })
  .strict();

/** Written to the data folder's exports/ like a backup: the web harness links it (downloadUrl), the desktop shows path. */
export interface PortfolioExportResult {
  fileName: string;
  format: PortfolioFormat;
  bytes: number;
  path: string;
  downloadUrl: string | null;
  /** How many reflections are in the file (the ones not excluded). */
  reflections: number;
}
