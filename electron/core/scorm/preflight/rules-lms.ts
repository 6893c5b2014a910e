import { finding, type Finding, type PreflightOptions } from './finding';
import type { PackageView } from './package-view';

const DEFAULT_QUOTA_MB = 100;

/** Moodle unpacks the zip next to itself: it needs about twice the zip size free in the course quota. */
export function sizeRules(view: PackageView, options: PreflightOptions): Finding[] {
  const quotaMb = options.quotaMb ?? DEFAULT_QUOTA_MB;
  const neededMb = (view.zipBytes * 2) / (1024 * 1024);
  if (neededMb <= quotaMb) return [];
  return [
    finding(
      'warning',
      'size.quota',
      `${(view.zipBytes / (1024 * 1024)).toFixed(1)} MB`,
      `The package is ${(view.zipBytes / (1024 * 1024)).toFixed(1)} MB; unpacking needs about ${neededMb.toFixed(1)} MB, more than the course quota of ${quotaMb} MB.`,
      'Export fewer modules per package (--modules), use smaller media, or ask the LMS administrator for a larger quota.',
      // Rounded as the message shows them; the UI formats them for its language.
      { size: Number((view.zipBytes / (1024 * 1024)).toFixed(1)), needed: Number(neededMb.toFixed(1)), quota: quotaMb },
    ),
  ];
}

/** What field reports say about the chosen LMS and edition. */
export function lmsRules(view: PackageView, options: PreflightOptions): Finding[] {
  if (options.lms === 'canvas' && view.edition === 'scorm12') {
    return [
      finding(
        'warning',
        'lms.canvas-scorm12',
        undefined,
        "Field reports show 1.2 packages blank in Canvas's SCORM tool where the 2004 version of the same content worked.",
        'Export SCORM 2004 too (--format scorm2004) and try that one first in Canvas.',
      ),
    ];
  }
  if (options.lms === 'moodle' && view.edition === 'scorm2004') {
    return [
      finding(
        'info',
        'lms.moodle-scorm2004',
        undefined,
        "Moodle's 2004 support is partial (the runtime API works, sequencing does not); 1.2 is the safest for Moodle.",
        'Prefer the SCORM 1.2 export for Moodle unless you need 2004 features.',
      ),
    ];
  }
  return [];
}
