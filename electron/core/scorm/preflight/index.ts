import fs from 'node:fs';
import type { ScormEdition } from '../../contract';
import { loadCourse } from '../../course';
import { AppError } from '../../errors';
import type { ExportDirs, ExportOptions } from '../export-options';
import { checkExport } from '../pipeline';
import { XmlRefusal } from '../xml';
import { isZipRefusal } from '../zip-refusal';
import type { ZipSource } from '../zip-read';
import { preflightContents, sorted } from './check-contents';
import { finding, type Finding, type PreflightOptions } from './finding';
import { readPackageFolder } from './package-folder';
import { readPackage, type PackageContents } from './package-read';
import { isPackageSet, preflightPackageSet } from './package-set';
import { isUnreadableRule, xmlRefusalFinding, zipRefusalFinding } from './rules-unreadable';

export { MAX_FINDINGS_PER_RULE, preflightContents } from './check-contents';
export { isPackageFolder } from './package-folder';
export { hasErrors, type Finding, type PreflightOptions, type Severity } from './finding';
export { describeFinding, tally } from './report';
export type { ZipSource } from '../zip-read';

/** A refusal of the reader or the XML parse as its finding; anything else is a bug and is thrown on. */
function refusalFinding(e: unknown): Finding {
  if (isZipRefusal(e)) return zipRefusalFinding(e);
  if (e instanceof XmlRefusal) return xmlRefusalFinding(e);
  throw e;
}

/** True when the package could not be read at all (not a zip, a limit, an unsafe entry, a refused manifest). */
export const isUnreadable = (findings: Finding[]) => findings.some((f) => isUnreadableRule(f.rule));

async function preflightOne(source: ZipSource, options: PreflightOptions, set: 'may-be-set' | 'package-only'): Promise<Finding[]> {
  let contents: PackageContents;
  try {
    contents = await readPackage(source, options.limits);
    if (set === 'may-be-set' && isPackageSet(contents.files)) {
      // --previous names one package; which inner package it is the previous one of is not known.
      const inner = { ...options, previous: undefined };
      return sorted(await preflightPackageSet(source, options.limits, (pkg) => preflightOne(pkg, inner, 'package-only')));
    }
  } catch (e) {
    return [refusalFinding(e)];
  }
  return preflightContents(contents, options);
}

/**
 * Checks a SCORM zip (a file path, or the zip in memory) as Moodle, Canvas and a validating LMS
 * would see it; a zip of packages (package-per-module) package by package. A zip the safe reader
 * refuses gives one finding and nothing else.
 */
export async function preflightZip(source: ZipSource, options: PreflightOptions): Promise<Finding[]> {
  return preflightOne(source, options, 'may-be-set');
}

/**
 * Checks an unpacked package folder (imsmanifest.xml at its root, as an LMS or Leerpad unpacks a
 * zip) exactly as its zip would be checked; a name or link the zip reader would refuse is one finding.
 */
export async function preflightPackageFolder(dir: string, options: PreflightOptions): Promise<Finding[]> {
  let contents: PackageContents;
  try {
    contents = readPackageFolder(dir, options.limits);
  } catch (e) {
    return [refusalFinding(e)];
  }
  return preflightContents(contents, options);
}

export interface CourseDirPreflightOptions extends PreflightOptions, Omit<ExportOptions, 'edition' | 'lms'> {
  runtimeDir: string;
}

/**
 * Builds and checks the package exactly as `export` does (the same pipeline, without writing it) (both editions unless one is asked for)
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
        { errors: errors.length, dir, ...(errors[0] ? { first: errors[0].message } : {}) },
      ),
    ];
  }
  const dirs: ExportDirs = { runtimeDir: options.runtimeDir, schemasDir: options.schemasDir };
  const editions: ScormEdition[] = options.edition ? [options.edition] : ['scorm12', 'scorm2004'];
  // Both editions at once: each edition's schema check runs in a worker of its own while the other is built.
  const checked = await Promise.all(editions.map((edition) => checkExport({ course, courseDir: dir, options: { ...options, edition }, dirs, preflight: options })));
  return checked.flatMap(({ findings }, i) => findings.map((f) => ({ ...f, edition: editions[i]! })));
}
