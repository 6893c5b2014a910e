import { z } from 'zod';
import { LANGUAGES, PACKAGINGS, REFLECTION_MODES, SCORM_EDITIONS, TARGET_LMSES, type Language, type Packaging, type ScormEdition, type TargetLms } from '../../shared/enums';
import type { MessageParams } from './errors';
import { id } from './fields';

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
  params?: MessageParams;
}

export { TARGET_LMSES, type TargetLms } from '../../shared/enums';

/** The guide is written in the app's languages. */
export type GuideLanguage = Language;
export const GUIDE_LANGUAGES = LANGUAGES;

/** What an export is for: the course, its modules, the edition and the LMS. */
export const exportTarget = z.object({
  courseId: id,
  edition: z.enum(SCORM_EDITIONS),
  /** A subset of module ids; all modules when absent. */
  modules: z.array(id).min(1).max(200).optional(),
  reflections: z.enum(REFLECTION_MODES),
  lms: z.enum(TARGET_LMSES),
});
export type ExportTarget = z.infer<typeof exportTarget>;

/** An export as the app asks for it; the call adds lecturer mode's token (contract/calls.ts 'scorm/export'). */
export const exportRequest = exportTarget.extend({
  /** Overrides every quiz's pass mark (0–100). */
  mastery: z.number().int().min(0).max(100).optional(),
  /** How the modules are laid out; the recommended packaging for this LMS, edition and modules when absent. */
  packaging: z.enum(PACKAGINGS).optional(),
  /** Language of the upload guide; nl-BE when absent. */
  language: z.enum(GUIDE_LANGUAGES).optional(),
});
export type ExportRequest = z.infer<typeof exportRequest>;

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
  options: { packaging: Packaging; available: boolean; reason: string; params?: MessageParams }[];
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
