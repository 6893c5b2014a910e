import { LANGUAGES, type Language, type Packaging, type ReflectionMode, type ScormEdition, type TargetLms } from '../../shared/enums';

/** One result of the package preflight: what is wrong (or worth knowing) and how to fix it. */
export interface PreflightFinding {
  severity: 'error' | 'warning' | 'info';
  /** Stable rule id, e.g. `manifest.at-root`. */
  rule: string;
  /** The module, resource or file the finding concerns. */
  item?: string;
  /** English, as the CLI prints it. */
  message: string;
  /** English, as the CLI prints it. */
  fix: string;
  /**
   * The values `message` and `fix` are built from (ids, file paths, numbers), for a UI that shows
   * the finding in its own language by `rule`. Absent when the texts have no variable parts.
   */
  params?: Record<string, string | number>;
}

export { TARGET_LMSES, type TargetLms } from '../../shared/enums';

export interface ExportRequest {
  courseId: string;
  edition: ScormEdition;
  /** A subset of module ids; all modules when absent. */
  modules?: string[];
  reflections: ReflectionMode;
  /** Overrides every quiz's pass mark (0–100). */
  mastery?: number;
  lms: TargetLms;
  /** How the modules are laid out; the recommended packaging for `lms` when absent. */
  packaging?: Packaging;
  /** Language of the upload guide; nl-BE when absent. */
  language?: GuideLanguage;
}

/** The guide is written in the app's languages. */
export type GuideLanguage = Language;
export const GUIDE_LANGUAGES = LANGUAGES;

/**
 * What the lecturer does in the LMS with this export, generated from the package (never written
 * per course): which activity to add, which settings to choose, what the student will see.
 */
export interface UploadGuide {
  lms: TargetLms;
  packaging: Packaging;
  edition: ScormEdition;
  language: GuideLanguage;
  title: string;
  sections: { heading: string; steps: string[] }[];
}

/** Which packagings suit this export, the recommended one first, each with why (or why not). */
export interface PackagingAdvice {
  recommended: Packaging;
  /**
   * `reason` is English (CLI); a UI words it itself from `packaging`, `available` and `params`
   * (the numbers and names the reason is built from).
   */
  options: { packaging: Packaging; available: boolean; reason: string; params?: Record<string, string | number> }[];
}

export interface ExportResult {
  /** False when preflight found errors: no package was written. */
  written: boolean;
  fileName: string;
  bytes: number;
  /** Where the package was written on this computer. */
  path: string | null;
  /** Same-origin URL to download it (web harness); null in the desktop app. */
  downloadUrl: string | null;
  findings: PreflightFinding[];
  packaging: Packaging;
  /** For `package-per-module`: the single-SCO packages inside the written zip, in course order. */
  parts?: { fileName: string; moduleId: string; bytes: number }[];
  /** Null when nothing was written. */
  guide: UploadGuide | null;
}
