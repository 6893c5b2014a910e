import fs from 'node:fs';
import type { ScormEdition } from '../../contract';
import { loadCourse } from '../../course';
import { AppError } from '../../errors';
import type { ExportDirs, ExportOptions } from '../export-options';
import { buildPackage, MANIFEST_FILE } from '../package-build';
import { unzipFiles } from '../zip';
import { finding, type Finding, type PreflightOptions } from './finding';
import { parseManifest } from './manifest-model';
import { packageView } from './package-view';
import { fileRules } from './rules-files';
import { identifierRules } from './rules-identifiers';
import { interactionRules } from './rules-interactions';
import { lmsRules, sizeRules } from './rules-lms';
import { manifestAtRoot, manifestWellFormed, schemaversionRules } from './rules-manifest';
import { masteryRules } from './rules-mastery';
import { moodleParserRules } from './rules-moodle-parser';
import { organizationRules } from './rules-organization';
import { scoRules } from './rules-sco';
import { shippedSchemaRules, xsdRules } from './rules-schemas';
import { suspendDataRules } from './rules-suspend-data';

export { hasErrors, type Finding, type PreflightOptions, type Severity } from './finding';
export { describeFinding, tally } from './report';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

function sorted(findings: Finding[]): Finding[] {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i).map(({ f }) => f);
}

/** The checks on a package's files; the zip itself is already read. */
export async function preflightFiles(files: Map<string, Uint8Array>, zipBytes: number, options: PreflightOptions): Promise<Finding[]> {
  const missing = manifestAtRoot(files);
  if (missing.length > 0) return missing;
  const text = Buffer.from(files.get(MANIFEST_FILE)!).toString('utf8').replace(/^\uFEFF/, '');
  const malformed = manifestWellFormed(text);
  if (malformed.length > 0) return malformed;

  const view = packageView(files, zipBytes, text, parseManifest(text), options.edition);
  // Started first: it runs in a worker thread while the other rules run here.
  const xsd = xsdRules(view, options);
  const findings = [
    ...schemaversionRules(view, options),
    ...moodleParserRules(view),
    ...organizationRules(view),
    ...fileRules(view),
    ...shippedSchemaRules(view),
    ...scoRules(view),
    ...suspendDataRules(view),
    ...interactionRules(view),
    ...masteryRules(view),
    ...(options.previous ? identifierRules(view, options.previous) : []),
    ...(await xsd),
    ...sizeRules(view, options),
    ...lmsRules(view, options),
  ];
  return sorted(findings);
}

/** Checks a SCORM zip as Moodle, Canvas and a validating LMS would see it. */
export async function preflightZip(bytes: Uint8Array, options: PreflightOptions): Promise<Finding[]> {
  let files: Map<string, Uint8Array>;
  try {
    files = unzipFiles(bytes);
  } catch (e) {
    return [
      finding('error', 'zip.unreadable', undefined, (e as Error).message, 'Export the package again; the zip is damaged or not a zip.', {
        reason: (e as Error).message,
      }),
    ];
  }
  return preflightFiles(files, bytes.length, options);
}

export interface CourseDirPreflightOptions extends PreflightOptions, Omit<ExportOptions, 'edition' | 'lms'> {
  runtimeDir: string;
}

/**
 * Builds the package in memory exactly as `export` would (both editions unless one is asked for)
 * and checks it; each finding names its edition. A course that does not compile is one error.
 */
export async function preflightCourseDir(dir: string, options: CourseDirPreflightOptions): Promise<Finding[]> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new AppError({ code: 'NOT_FOUND', message: `There is no folder '${dir}'.`, hint: 'Give a course folder or a .zip package.', params: { dir } });
  }
  const { course, issues } = loadCourse(dir);
  const errors = issues.filter((i) => i.severity === 'error');
  if (!course || errors.length > 0) {
    return [
      finding(
        'error',
        'course.invalid',
        errors[0] ? `${errors[0].file}${errors[0].line ? `:${errors[0].line}` : ''}` : dir,
        `The course has ${errors.length} error(s)${errors[0] ? `, the first: ${errors[0].message}` : ''}; it cannot be exported.`,
        `Run \`npm run leerpad -- validate ${dir}\` and fix what it lists.`,
        { errors: errors.length, dir, ...(errors[0] ? { first: errors[0].message } : {}) },
      ),
    ];
  }
  const dirs: ExportDirs = { runtimeDir: options.runtimeDir, schemasDir: options.schemasDir };
  const editions: ScormEdition[] = options.edition ? [options.edition] : ['scorm12', 'scorm2004'];
  const out: Finding[] = [];
  for (const edition of editions) {
    const built = buildPackage(course, dir, { ...options, edition }, dirs);
    for (const f of await preflightZip(built.zip, { ...options, edition })) out.push({ ...f, edition });
  }
  return out;
}
