import fs from 'node:fs';
import type { ScormEdition } from '../../contract';
import { loadCourse } from '../../course';
import { AppError } from '../../errors';
import type { ExportDirs, ExportOptions } from '../export-options';
import { buildPackage, MANIFEST_FILE } from '../package-build';
import { XmlRefusal, xmlHazard } from '../xml';
import { isZipRefusal } from '../zip-limits';
import type { ZipSource } from '../zip-read';
import { finding, type Finding, type PreflightOptions } from './finding';
import { parseManifest } from './manifest-model';
import { manifestText, readPackage, type PackageContents } from './package-read';
import { isPackageSet, preflightPackageSet } from './package-set';
import { packageView } from './package-view';
import { fileRules } from './rules-files';
import { identifierRules, previousManifest } from './rules-identifiers';
import { interactionRules } from './rules-interactions';
import { lmsRules, sizeRules } from './rules-lms';
import { manifestAtRoot, manifestWellFormed, schemaversionRules } from './rules-manifest';
import { masteryRules } from './rules-mastery';
import { moodleParserRules } from './rules-moodle-parser';
import { organizationRules } from './rules-organization';
import { scoRules } from './rules-sco';
import { shippedSchemaRules, xsdRules } from './rules-schemas';
import { suspendDataRules } from './rules-suspend-data';
import { isUnreadableRule, xmlRefusalFinding, zipRefusalFinding } from './rules-unreadable';

export { hasErrors, type Finding, type PreflightOptions, type Severity } from './finding';
export { describeFinding, tally } from './report';
export type { ZipSource } from '../zip-read';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

function sorted(findings: Finding[]): Finding[] {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i).map(({ f }) => f);
}

/** Findings of one rule shown in full; a zip with 19 000 stray files gets these and one "and N more". */
export const MAX_FINDINGS_PER_RULE = 20;

function capped(findings: Finding[]): Finding[] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  for (const f of findings) {
    const n = (seen.get(f.rule) ?? 0) + 1;
    seen.set(f.rule, n);
    if (n <= MAX_FINDINGS_PER_RULE) out.push(f);
    if (n !== MAX_FINDINGS_PER_RULE + 1) continue;
    const more = counts.get(f.rule)! - MAX_FINDINGS_PER_RULE;
    out.push(
      finding(f.severity, 'findings.more', f.rule, `… and ${more} more findings of '${f.rule}'.`, 'Fix the findings above first; the rest are usually of the same kind.', {
        ruleId: f.rule,
        more,
      }),
    );
  }
  return out;
}

/** A refusal of the reader or the XML parse as its finding; anything else is a bug and is thrown on. */
function refusalFinding(e: unknown): Finding {
  if (isZipRefusal(e)) return zipRefusalFinding(e);
  if (e instanceof XmlRefusal) return xmlRefusalFinding(e);
  throw e;
}

/** True when the package could not be read at all (not a zip, a limit, an unsafe entry, a refused manifest). */
export const isUnreadable = (findings: Finding[]) => findings.some((f) => isUnreadableRule(f.rule));

/** The checks on a package's contents; the zip itself is already read. */
export async function preflightContents(contents: PackageContents, options: PreflightOptions): Promise<Finding[]> {
  const missing = manifestAtRoot(contents.files);
  if (missing.length > 0) return missing;
  const text = manifestText(contents.inspected.get(MANIFEST_FILE)!);
  const hazard = xmlHazard(text);
  if (hazard) return [xmlRefusalFinding(new XmlRefusal(hazard, MANIFEST_FILE))];
  const malformed = manifestWellFormed(text);
  if (malformed.length > 0) return malformed;

  const view = packageView(contents, text, parseManifest(text), options.edition);
  // Started first: it runs in a worker thread while the other rules run here.
  const xsd = xsdRules(view, options);
  const previous = options.previous === undefined ? undefined : await previousManifest(options.previous, options.limits);
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
    ...(previous === undefined ? [] : identifierRules(view, previous)),
    ...(await xsd),
    ...sizeRules(view, options),
    ...lmsRules(view, options),
  ];
  return capped(sorted(findings));
}

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
