import type { Completion, ScormEdition, Success } from '../../shared/enums';
import type { ModuleStatus } from '../../shared/progress-rules';

export { MODULE_STATUSES, type ModuleStatus } from '../../shared/progress-rules';

/** What the app's player and dashboard exchange with core about a learner's progress. */

/** A 2004 CMI tree as scorm-again renders and loads it (`{ cmi: { … } }`). */
export type CmiJson = Record<string, unknown>;

export interface LaunchResult {
  attemptId: number;
  attemptNumber: number;
  /** The module's SCO launch page, on the content origin: never the app's, so it cannot reach core. */
  scoUrl: string;
  /** The LMS host page on the content origin: holds the SCORM API the SCO finds in its parent. */
  hostUrl: string;
  /** Which SCORM API the SCO looks for: `API` (1.2) or `API_1484_11` (2004). */
  edition: ScormEdition;
  /**
   * CMI to preload with `loadFromJSON`, without the `cmi` wrapper, in the shape of `edition`'s API: 2004 for
   * our modules; an imported package's 1.2 SCO gets the 1.2 shape (`core.student_id`, `core.lesson_location`, …).
   */
  cmi: CmiJson;
  /** Highest commit sequence number stored; the player numbers its commits after it. */
  commitSeq: number;
  /**
   * This launch's token, sent with every commit. A newer launch of the same attempt (another tab
   * or window) takes the attempt over, and this launch's commits are then refused with CONFLICT.
   */
  launchId: string;
}

/** One module's row on the dashboard, built by core from the stored commits (the SCO's own view is ScoProgress). */
export interface ModuleProgress {
  moduleId: string;
  title: string;
  levers: string[];
  completion: Completion;
  success: Success;
  /** What the learner is told (progress-rules.ts): completed with a quiz not passed is not finished. */
  status: ModuleStatus;
  /** Best quiz score in percent, once the quiz was finished. */
  scorePercent: number | null;
  passPercent: number | null;
  timeSeconds: number;
  updatedAt: string | null;
  attempts: number;
  sectionIndex: number | null;
  sectionsTotal: number;
  sectionTitle: string | null;
  questionsCorrect: number;
  questionsTotal: number;
  /**
   * "Gevolgd in sessie": the latest closed training (issue 15) the learner attended that covered this
   * module. Apart from `status`: following a module with the team is not finishing it alone.
   */
  followedInSession: { title: string; date: string } | null;
}

export interface LeverProgress {
  id: string;
  title: string;
  modulesTotal: number;
  /** Finished modules (progress-rules.ts): every section seen and the quiz, if any, passed. */
  modulesCompleted: number;
  /** 0–100: finished modules that serve the lever over all modules that serve it. */
  percent: number;
}

export interface ThemeProgress extends LeverProgress {
  levers: LeverProgress[];
}

export interface ReflectionSummary {
  moduleId: string;
  moduleTitle: string;
  reflectionId: string;
  prompt: string;
  written: boolean;
  characters: number;
  updatedAt: string | null;
  /** The learner's own first line (first non-empty line of the text), by which they recognise what they wrote. */
  firstLine: string | null;
}

/** One rating of a kijkwijzer statement: an index into its checklist's scale, and when it was given. */
export interface RatingAt {
  rating: number;
  at: string;
}

export interface ChecklistItemHistory {
  itemId: string;
  text: string;
  /** The first rating the learner gave (over all attempts) and the latest one; both null when never rated. */
  first: RatingAt | null;
  latest: RatingAt | null;
  /** How many different ratings followed one another (1: rated once, or always the same). */
  ratings: number;
}

/** A kijkwijzer (checklist) with the learner's ratings and how they changed when it was filled in again. */
export interface ChecklistSummary {
  moduleId: string;
  moduleTitle: string;
  checklistId: string;
  title: string;
  /** The levers (or umbrella) of the module it is in, as course.framework names them. */
  levers: string[];
  scale: string[];
  items: ChecklistItemHistory[];
}

/** Minutes studied in one ISO week (Monday to Sunday, the computer's local time). */
export interface WeekMinutes {
  /** ISO week, e.g. `2026-W49`. */
  week: string;
  /** The week's Monday as `YYYY-MM-DD`. */
  monday: string;
  minutes: number;
}

export interface Dashboard {
  courseId: string;
  courseTitle: string;
  modules: ModuleProgress[];
  themes: ThemeProgress[];
  umbrella: LeverProgress;
  overall: { modulesCompleted: number; modulesTotal: number; percent: number; timeSeconds: number };
  /** The module "Ga verder" opens on every screen: see `continueWith` in electron/core/progress/dashboard.ts. */
  continueWith: { moduleId: string; title: string; sectionTitle: string | null } | null;
  reflections: ReflectionSummary[];
  checklists: ChecklistSummary[];
  /** The last 8 ISO weeks, oldest first, ending with the current week. */
  weeks: WeekMinutes[];
}

export interface CommitResult {
  saved: true;
  seq: number;
  completion: Completion;
  success: Success;
}
