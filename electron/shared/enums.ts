/**
 * Every closed set of values the contract knows, written once: the array is what zod checks and
 * what menus list, the type is derived from it. Pure and dependency-free, so the renderer may
 * import it as a value (eslint.config.mjs allows this file, like the codecs).
 */
export const SCORM_EDITIONS = ['scorm12', 'scorm2004'] as const;
export type ScormEdition = (typeof SCORM_EDITIONS)[number];

/**
 * `private`: reflection text stays in the learner's own browser storage; the LMS only learns that
 * a reflection was answered. `lms`: the text goes to the LMS (suspend_data and an interaction).
 */
export const REFLECTION_MODES = ['private', 'lms'] as const;
export type ReflectionMode = (typeof REFLECTION_MODES)[number];

export const TARGET_LMSES = ['moodle', 'canvas', 'generic'] as const;
export type TargetLms = (typeof TARGET_LMSES)[number];

/**
 * How an export lays out the chosen modules (issue 9):
 * - `course-sco`: one SCO for the whole selection, with its own module menu; one activity, one grade.
 * - `package-per-module`: one single-SCO package per module (a zip of zips): one activity per module.
 * - `sco-per-module`: one package, one SCO per module; needs an LMS with full SCORM navigation.
 */
export const PACKAGINGS = ['course-sco', 'package-per-module', 'sco-per-module'] as const;
export type Packaging = (typeof PACKAGINGS)[number];

/** The languages of the app's and the SCO's chrome, and of the upload guide: Dutch (Flemish) first. */
export const LANGUAGES = ['nl-BE', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
/** The app's language on a new computer and the upload guide's when none is asked for: the course's own (Dutch). */
export const DEFAULT_LANGUAGE = LANGUAGES[0] satisfies Language;

/**
 * The SCORM 2004 status values the local store keeps per attempt (RTE 4.2.4 completion_status,
 * 4.2.22 success_status); a commit with any other value is stored as `unknown`.
 */
export const COMPLETIONS = ['not attempted', 'incomplete', 'completed', 'unknown'] as const;
export type Completion = (typeof COMPLETIONS)[number];
export const SUCCESSES = ['passed', 'failed', 'unknown'] as const;
export type Success = (typeof SUCCESSES)[number];

/** The learner's portfolio (issue 14): a PDF to print or hand in, Markdown to edit further. */
export const PORTFOLIO_FORMATS = ['pdf', 'md'] as const;
export type PortfolioFormat = (typeof PORTFOLIO_FORMATS)[number];
