import { XMLValidator } from 'fast-xml-parser';
import type { ScormEdition } from '../../contract';
import { MANIFEST_FILE } from '../manifest-file';
import { finding, type Finding, type PreflightOptions } from './finding';
import { editionOf } from './manifest-model';
import type { PackageView } from './package-view';

export const EDITION_NAME: Record<ScormEdition, string> = { scorm12: 'SCORM 1.2', scorm2004: 'SCORM 2004' };

/** Moodle: "missing imsmanifest.xml or AICC structure" / "imsmanifest.xml … not in the root of your zip". */
export function manifestAtRoot(files: ReadonlyMap<string, unknown>): Finding[] {
  if (files.has(MANIFEST_FILE)) return [];
  const nested = [...files.keys()].find((f) => f.toLowerCase().endsWith(`/${MANIFEST_FILE}`));
  if (nested) {
    return [
      finding(
        'error',
        'manifest.at-root',
        nested,
        { problem: 'nested', path: nested, folder: `${nested.slice(0, -MANIFEST_FILE.length - 1)}/` },
      ),
    ];
  }
  const wrongCase = [...files.keys()].find((f) => f.toLowerCase() === MANIFEST_FILE);
  return [
    finding(
      'error',
      'manifest.at-root',
      wrongCase ?? MANIFEST_FILE,
      { problem: wrongCase ? 'wrong-case' : 'missing', ...(wrongCase ? { name: wrongCase } : {}) },
    ),
  ];
}

/** Moodle's parser stops at the first XML error (scorm_parse_scorm dies with "XML error"). */
export function manifestWellFormed(text: string): Finding[] {
  const result = XMLValidator.validate(text);
  if (result === true) return [];
  const { line, msg } = result.err;
  return [
    finding(
      'error',
      'manifest.well-formed',
      `${MANIFEST_FILE}:${line}`,
      { line, reason: msg },
    ),
  ];
}

/**
 * Moodle picks the runtime from <schemaversion> alone, text as written (scormlib: /^(1\.2)$|^(CAM )?(1\.3)$/
 * and /^2004 (3rd|4th) Edition$/); anything else silently becomes SCORM 1.2.
 */
export function moodleEditionOf(schemaversion: string | undefined): ScormEdition | null {
  if (schemaversion === undefined) return null;
  if (schemaversion === '1.2') return 'scorm12';
  if (/^(CAM )?1\.3$/.test(schemaversion) || /^2004 (3rd|4th) Edition$/.test(schemaversion)) return 'scorm2004';
  return null;
}

/** What <schemaversion> should say: Leerpad writes 4th Edition; another maker's package keeps its own edition, spelled as Moodle knows it. */
function expectedSchemaversion(view: PackageView): string {
  if (view.maker === 'leerpad') return view.declaredEdition === 'scorm2004' ? '2004 4th Edition' : '1.2';
  if (view.edition === 'scorm12') return '1.2';
  const written = editionOf(view.manifest);
  return written === '2004 3rd' ? '2004 3rd Edition' : written === '2004 2nd' ? 'CAM 1.3' : '2004 4th Edition';
}

export function schemaversionRules(view: PackageView, options: PreflightOptions): Finding[] {
  const out: Finding[] = [];
  const sv = view.manifest.schemaversion;
  const expected = expectedSchemaversion(view);
  const moodle = moodleEditionOf(sv);
  // Moodle's fallback to 1.2 is a fault for Leerpad's exports (they always write it) and for a package that needs 2004.
  const harmless = view.maker === 'foreign' && view.edition === 'scorm12';
  if (moodle === null && !harmless) {
    out.push(
      finding(
        'error',
        'manifest.schemaversion',
        sv === undefined ? 'schemaversion' : `schemaversion: '${sv}'`,
        { problem: sv === undefined ? 'missing' : 'unknown', expected, ...(sv === undefined ? {} : { schemaversion: sv }) },
      ),
    );
  } else if (moodle !== null && view.declaredEdition && moodle !== view.declaredEdition) {
    out.push(
      finding(
        'error',
        'manifest.schemaversion',
        `schemaversion: '${sv}'`,
        { problem: 'other-edition', schemaversion: sv!, runs: EDITION_NAME[moodle], declared: EDITION_NAME[view.declaredEdition], expected },
      ),
    );
  }
  if (options.edition && view.declaredEdition && options.edition !== view.declaredEdition) {
    out.push(
      finding(
        'error',
        'manifest.edition',
        view.manifest.identifier,
        {
          declared: EDITION_NAME[view.declaredEdition],
          requested: EDITION_NAME[options.edition],
          format: options.edition,
          declaredFormat: view.declaredEdition,
        },
      ),
    );
  }
  return out;
}
