import { XMLValidator } from 'fast-xml-parser';
import type { ScormEdition } from '../../contract';
import { MANIFEST_FILE } from '../package-build';
import { finding, type Finding, type PreflightOptions } from './finding';
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
        `imsmanifest.xml is in '${nested}', not at the root of the zip: Moodle refuses the package ("imsmanifest.xml … not in the root of your zip").`,
        `Zip the contents of '${nested.slice(0, -MANIFEST_FILE.length - 1)}/', not the folder itself, or export again with Leerpad.`,
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
      wrongCase
        ? `The manifest is named '${wrongCase}'; LMSs look for exactly 'imsmanifest.xml' (Moodle: "missing imsmanifest.xml or AICC structure").`
        : 'The zip has no imsmanifest.xml: Moodle refuses it ("missing imsmanifest.xml or AICC structure").',
      wrongCase ? "Rename it to 'imsmanifest.xml' (lower case)." : 'Export the package with Leerpad; a SCORM package needs imsmanifest.xml at its root.',
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
      `imsmanifest.xml is not well-formed XML (line ${line}: ${msg}); no LMS can read it.`,
      'Export the package again with Leerpad; if you edited the manifest by hand, fix the XML at that line.',
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

export function schemaversionRules(view: PackageView, options: PreflightOptions): Finding[] {
  const out: Finding[] = [];
  const sv = view.manifest.schemaversion;
  const expected = view.declaredEdition === 'scorm2004' ? '2004 4th Edition' : '1.2';
  const moodle = moodleEditionOf(sv);
  if (moodle === null) {
    out.push(
      finding(
        'error',
        'manifest.schemaversion',
        sv === undefined ? 'schemaversion' : `schemaversion: '${sv}'`,
        sv === undefined
          ? 'The manifest has no <schemaversion>: Moodle would fall back to 1.2.'
          : `<schemaversion> '${sv}' is not one Moodle recognises: Moodle would fall back to 1.2.`,
        `Write exactly <schemaversion>${expected}</schemaversion> (no spaces around it) in <metadata>.`,
        { problem: sv === undefined ? 'missing' : 'unknown', expected, ...(sv === undefined ? {} : { schemaversion: sv }) },
      ),
    );
  } else if (view.declaredEdition && moodle !== view.declaredEdition) {
    out.push(
      finding(
        'error',
        'manifest.schemaversion',
        `schemaversion: '${sv}'`,
        `<schemaversion> '${sv}' makes Moodle run ${EDITION_NAME[moodle]}, but the manifest is ${EDITION_NAME[view.declaredEdition]}: the SCO looks for the other API and records nothing.`,
        `Write exactly <schemaversion>${expected}</schemaversion>.`,
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
        `This package is ${EDITION_NAME[view.declaredEdition]}, not ${EDITION_NAME[options.edition]} as asked.`,
        `Export it again with --format ${options.edition}, or check it with --format ${view.declaredEdition}.`,
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
