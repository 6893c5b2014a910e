import fs from 'node:fs';
import path from 'node:path';
import type { CourseDocument } from '../contract';
import type { ExportDirs, ExportOptions } from './export-options';
import { packageFiles, zipExport, type BuiltExport, type ExportFiles } from './package-build';
import { preflightContents, sorted } from './preflight/check-contents';
import { hasErrors, type Finding, type PreflightOptions } from './preflight/finding';
import { contentsOf } from './preflight/package-read';
import { mergePackageFindings } from './preflight/package-set';
import { validateManifestsXsd, type XsdResult } from './xsd';
import type { PackStore } from './zip';

export interface ExportInput {
  /** The course, already compiled (loadCourse or the app's catalog). */
  course: CourseDocument;
  courseDir: string;
  /** Trusted as typed: the app's zod schema or the CLI's argument checks parsed them (see ExportOptions). */
  options: ExportOptions;
  dirs: ExportDirs;
  /** Preflight settings beyond the export's own edition and LMS. */
  preflight?: Pick<PreflightOptions, 'quotaMb' | 'previous'>;
  /**
   * Where to write the zip, given the export's file name; nothing is written when absent (a preflight
   * of a course folder, tests) or when the preflight found errors.
   */
  writeTo?: (fileName: string) => string;
  /**
   * Deflated files and valid schema checks kept from earlier exports (the CLI's cache), by the hash
   * of their inputs; the zip and the findings are byte for byte the same without.
   */
  packStore?: PackStore;
}

/** The export as built and checked: its zip, packages and every preflight finding, errors included. */
export interface CheckedExport extends BuiltExport {
  findings: Finding[];
}

export interface ExportOutcome extends CheckedExport {
  /** The written file; null when nothing was to be written or the preflight found errors. */
  file: string | null;
}

/**
 * One manifest check per package, all in one xmllint run (the schemas compiled once), started
 * before zipping so the worker runs while the zip is built. Each promise is marked handled now:
 * a failed run is read later as `xsd.unchecked`, not an unhandled rejection meanwhile.
 */
function startSchemaCheck(files: ExportFiles, options: ExportOptions, dirs: ExportDirs, store?: PackStore): Promise<XsdResult>[] {
  const all = validateManifestsXsd(
    files.packages.map((p) => p.manifest),
    options.edition,
    dirs.schemasDir,
    store,
  );
  return files.packages.map((_, i) => {
    const one = all.then((results) => results[i]!);
    one.catch(() => undefined);
    return one;
  });
}

/**
 * The preflight on the files in memory, as `preflight <zip>` sees the written zip: a single package
 * as itself, a package-per-module zip package by package (its outer zip holds nothing else).
 */
async function checkFiles(files: ExportFiles, built: BuiltExport, schemas: Promise<XsdResult>[], options: PreflightOptions): Promise<Finding[]> {
  const check = (i: number, opts: PreflightOptions) => preflightContents(contentsOf(files.packages[i]!.files, built.packages[i]!.zip.byteLength), opts, schemas[i]);
  if (built.packaging !== 'package-per-module') return check(0, options);
  // A previous package names one package; which inner package it is the previous one of is not known.
  const inner = { ...options, previous: undefined };
  const perPackage = await Promise.all(built.packages.map(async (pkg, i) => ({ name: pkg.fileName, findings: await check(i, inner) })));
  return sorted(mergePackageFindings(perPackage));
}

/**
 * Build the package of a compiled course and check it, without writing: the export up to the write.
 * compile (done) → file map (per packaging) → XSD started → zip → preflight on the file map.
 * The zip comes before the checks because the quota rule needs its size; it is never read back.
 */
export async function checkExport(input: ExportInput): Promise<CheckedExport> {
  const { course, courseDir, options, dirs } = input;
  const files = packageFiles(course, courseDir, options, dirs);
  const schemas = startSchemaCheck(files, options, dirs, input.packStore);
  const built = zipExport(files, input.packStore);
  const findings = await checkFiles(files, built, schemas, { ...input.preflight, schemasDir: dirs.schemasDir, edition: options.edition, lms: options.lms });
  return { ...built, findings };
}

/** Write beside, then rename: a crash never leaves a half-written zip under the final name. */
function writeAtomically(file: string, zip: Uint8Array): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, zip);
  fs.renameSync(partial, file);
  return file;
}

/**
 * The export, the one path the CLI, the app and the tests take: build and check (checkExport), then
 * write the zip when asked to and the preflight found no errors. A refused package is returned with
 * its findings rather than thrown, so the lecturer sees every problem with its fix: an upload that
 * installs but loses learners' progress or grades is worse than no upload.
 */
export async function runExport(input: ExportInput): Promise<ExportOutcome> {
  const checked = await checkExport(input);
  const file = input.writeTo && !hasErrors(checked.findings) ? writeAtomically(input.writeTo(checked.fileName), checked.zip) : null;
  return { ...checked, file };
}
