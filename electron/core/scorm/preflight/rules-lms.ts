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
      { size, unpacked, needed, quota: quotaMb },
    ),
  ];
}

/**
 * Moodle 4.3 with several SCOs in one package (field notes, issue 9): in 2004 its API object stays
 * terminated after the first SCO's Terminate, so every other SCO opened in that visit gets error
 * 104 on Initialize and nothing of it is stored; in 1.2 LMSInitialize throws for a SCO re-opened in
 * the same visit once it wrote objectives or interactions.
 */
function moodleMultiSco(view: PackageView): Finding[] {
  const scos = view.scos.length;
  if (scos < 2) return [];
  return view.edition === 'scorm2004'
    ? [
        finding(
          'error',
          'lms.moodle-multi-sco-2004',
          undefined,
          { scos, maker: view.maker },
        ),
      ]
    : [
        finding(
          'warning',
          'lms.moodle-multi-sco-12',
          undefined,
          { scos, maker: view.maker },
        ),
      ];
}

const moodle2004 = (view: PackageView) => finding('info', 'lms.moodle-scorm2004', undefined, { maker: view.maker });

const canvas12 = (view: PackageView) => finding('warning', 'lms.canvas-scorm12', undefined, { maker: view.maker });

/** What field reports say about the chosen LMS and edition. */
export function lmsRules(view: PackageView, options: PreflightOptions): Finding[] {
  if (options.lms === 'moodle') return [...moodleMultiSco(view), ...(view.edition === 'scorm2004' ? [moodle2004(view)] : [])];
  if (options.lms === 'canvas' && view.edition === 'scorm12') return [canvas12(view)];
  return [];
}
