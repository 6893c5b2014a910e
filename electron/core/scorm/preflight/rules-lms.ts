import { finding, type Finding, type PreflightOptions } from './finding';
import type { PackageView } from './package-view';

const DEFAULT_QUOTA_MB = 100;

const mb = (bytes: number) => Number((bytes / (1024 * 1024)).toFixed(1));

/**
 * Moodle keeps the zip and unpacks it beside itself: the course quota must hold both. The unpacked
 * size is the real sum of the entries (a small zip of a large expansion is caught), not a guess from the zip.
 */
export function sizeRules(view: PackageView, options: PreflightOptions): Finding[] {
  const quotaMb = options.quotaMb ?? DEFAULT_QUOTA_MB;
  // Rounded as the message shows them; the UI formats them for its language.
  const [size, unpacked, needed] = [mb(view.zipBytes), mb(view.unpackedBytes), mb(view.zipBytes + view.unpackedBytes)];
  if (view.zipBytes + view.unpackedBytes <= quotaMb * 1024 * 1024) return [];
  return [
    finding(
      'warning',
      'size.quota',
      `${size} MB`,
      `The package is ${size} MB and unpacks to ${unpacked} MB; the LMS keeps both, about ${needed} MB, more than the course quota of ${quotaMb} MB.`,
      'Export fewer modules per package (--modules), use smaller media, or ask the LMS administrator for a larger quota.',
      { size, unpacked, needed, quota: quotaMb },
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
