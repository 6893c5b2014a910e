import type { ReflectionMode, ScormEdition } from './sco';

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

export type TargetLms = 'moodle' | 'canvas' | 'generic';

export interface ExportRequest {
  courseId: string;
  edition: ScormEdition;
  /** A subset of module ids; all modules when absent. */
  modules?: string[];
  reflections: ReflectionMode;
  /** Overrides every quiz's pass mark (0–100). */
  mastery?: number;
  lms: TargetLms;
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
}
