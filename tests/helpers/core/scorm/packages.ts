import { execFileSync } from 'node:child_process';
import { unzipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CourseDocument, ScoPackage, ScormEdition } from '../../../../electron/core/contract';
import { loadCourse } from '../../../../electron/core/course';
import { buildPackage, type BuiltPackage } from '../../../../electron/core/scorm/package-build';
import type { ExportOptions } from '../../../../electron/core/scorm/export-options';
import { runExport, type ExportInput, type ExportOutcome } from '../../../../electron/core/scorm/pipeline';
import { SCHEMA_SETS } from '../../../../electron/core/scorm/schema-sets';
import { zipDeterministic } from '../../../../electron/core/scorm/zip';
import type { Finding } from '../../../../electron/core/scorm/preflight';
import { tempDir } from '../../temp';

export const ROOT = path.resolve(__dirname, '../../../..');
export const COURSE_DIR = path.join(ROOT, 'courses/kleine-kinderen-grote-kansen');
export const MINI_DIR = path.join(ROOT, 'tests/fixtures/courses/valid/mini');
/** `npm test` builds out/sco before vitest runs. */
export const DIRS = { runtimeDir: path.join(ROOT, 'out/sco'), schemasDir: path.join(ROOT, 'build/scorm-schemas') };

const courses = new Map<string, CourseDocument>();

export function course(dir: string): CourseDocument {
  let c = courses.get(dir);
  if (!c) {
    const loaded = loadCourse(dir);
    if (!loaded.course || loaded.issues.some((i) => i.severity === 'error')) throw new Error(`${dir} does not compile`);
    c = loaded.course;
    courses.set(dir, c);
  }
  return c;
}

/** One package; the one-SCO-per-module layout unless another packaging is asked for (most fixtures edit module folders). */
export function build(dir: string, options: ExportOptions): BuiltPackage {
  return buildPackage(course(dir), dir, { packaging: 'sco-per-module', ...options }, DIRS).packages[0]!;
}

/** The export of a course folder through the one export path (runExport), written only when `writeTo` is given. */
export function exportOf(dir: string, options: ExportOptions, writeTo?: ExportInput['writeTo']): Promise<ExportOutcome> {
  return runExport({ course: course(dir), courseDir: dir, options, dirs: DIRS, ...(writeTo ? { writeTo } : {}) });
}

/** The files of a package we built ourselves (trusted, in memory), for tests that change one and zip it again. */
export function filesOf(zip: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(zip)).filter(([name]) => !name.endsWith('/')));
}

export function text(files: Map<string, Uint8Array>, name: string): string {
  return Buffer.from(files.get(name)!).toString('utf8');
}

/** A good package changed by `change` (files added, removed or rewritten), zipped again. */
export function mutate(zip: Uint8Array, change: (files: Map<string, Uint8Array>) => void): Uint8Array {
  const files = filesOf(zip);
  change(files);
  return zipDeterministic(files);
}

export function editText(files: Map<string, Uint8Array>, name: string, edit: (text: string) => string) {
  const before = text(files, name);
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${name} changed nothing`);
  files.set(name, Buffer.from(after));
}

export function editJson<T>(files: Map<string, Uint8Array>, name: string, edit: (json: T) => void) {
  const json = JSON.parse(text(files, name)) as T;
  edit(json);
  files.set(name, Buffer.from(JSON.stringify(json)));
}

/**
 * Validates with Debian's xmllint the way shared/tools/validate-manifest.sh does: a wrapper XSD
 * (no target namespace) that imports every namespace of the edition's official set.
 */
export function systemXmllint(manifest: string, edition: ScormEdition): { ok: boolean; output: string } {
  const dir = tempDir('leerpad-xsd-');
  const set = path.join(DIRS.schemasDir, SCHEMA_SETS[edition].folder);
  const wrapper = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
    ...SCHEMA_SETS[edition].imports.map((i) => `  <xsd:import namespace="${i.namespace}" schemaLocation="${pathToFileURL(path.join(set, i.file)).href}"/>`),
    '</xsd:schema>',
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'wrapper.xsd'), wrapper);
  fs.writeFileSync(path.join(dir, 'imsmanifest.xml'), manifest);
  try {
    const output = execFileSync('xmllint', ['--noout', '--nonet', '--schema', path.join(dir, 'wrapper.xsd'), path.join(dir, 'imsmanifest.xml')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { ok: true, output };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

/** The blocks of a module.json, for fixtures that change one. */
export function blocksIn(pkg: ScoPackage) {
  return pkg.module.sections.flatMap((s) => s.blocks);
}

export const errorsOf = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');

export function only(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}
