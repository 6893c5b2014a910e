import type { Completion, ScormEdition, Success } from '../../shared/enums';

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
  /** CMI to preload with `loadFromJSON` (2004 shape, without the `cmi` wrapper). */
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
}

export interface LeverProgress {
  id: string;
  title: string;
  modulesTotal: number;
  modulesCompleted: number;
  /** 0–100: completed modules that serve the lever over all modules that serve it. */
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
}

export interface Dashboard {
  courseId: string;
  courseTitle: string;
  modules: ModuleProgress[];
  themes: ThemeProgress[];
  umbrella: LeverProgress;
  overall: { modulesCompleted: number; modulesTotal: number; percent: number; timeSeconds: number };
  /** The module to continue with: the last one worked on if unfinished, else the first unfinished. */
  continueWith: { moduleId: string; title: string; sectionTitle: string | null } | null;
  reflections: ReflectionSummary[];
}

export interface CommitResult {
  saved: true;
  seq: number;
  completion: Completion;
  success: Success;
}
