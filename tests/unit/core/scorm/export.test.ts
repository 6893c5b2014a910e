import { strFromU8, unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../../electron/core/errors';
import { exportCourse } from '../../../../electron/core/scorm/export';
import { readSchemaSet } from '../../../../electron/core/scorm/schema-sets';
import { parseManifest } from '../../../../electron/core/scorm/preflight/manifest-model';
import { makeCourse } from '../../../helpers/course-factory';
import { tempDir } from '../../../helpers/temp';
import { build, course, COURSE_DIR, DIRS, filesOf } from './helpers';

const identifiers = (manifest: string) => [...manifest.matchAll(/\b(identifier|identifierref|default)="([^"]+)"/g)].map((m) => `${m[1]}=${m[2]}`);

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error('the export was not refused');
}

describe('exportCourse', () => {
  it('gives byte-identical zips for the same input, named by edition and packaging', async () => {
    const cases = [
      ['scorm2004', 'course-sco', 'kleine-kinderen-grote-kansen-1.0.0-scorm2004.zip'],
      ['scorm12', 'sco-per-module', 'kleine-kinderen-grote-kansen-1.0.0-scorm12-sco-per-module.zip'],
    ] as const;
    for (const [edition, packaging, fileName] of cases) {
      const a = await exportCourse(course(COURSE_DIR), COURSE_DIR, { edition, lms: 'generic', packaging }, DIRS);
      const b = await exportCourse(course(COURSE_DIR), COURSE_DIR, { edition, lms: 'generic', packaging }, DIRS);
      expect(a.fileName).toBe(fileName);
      expect(Buffer.compare(Buffer.from(a.zip), Buffer.from(b.zip))).toBe(0);
    }
  });

  it('chooses the recommended packaging when none is asked for: the whole course is too much state for one 1.2 SCO', async () => {
    const twelve = await exportCourse(course(COURSE_DIR), COURSE_DIR, { edition: 'scorm12', lms: 'moodle' }, DIRS);
    expect(twelve.packaging).toBe('package-per-module');
    expect(twelve.fileName).toBe('kleine-kinderen-grote-kansen-1.0.0-scorm12-per-module.zip');
    const two = await exportCourse(course(COURSE_DIR), COURSE_DIR, { edition: 'scorm12', lms: 'moodle', modules: ['welkom', 'transities'] }, DIRS);
    expect(two.packaging).toBe('course-sco');
  }, 120_000);

  it('keeps every identifier when a sentence of a module changes, while the zip changes', () => {
    const copy = path.join(tempDir(), 'kleine-kinderen-grote-kansen');
    fs.cpSync(COURSE_DIR, copy, { recursive: true });
    const file = path.join(copy, 'modules/01-welkom.md');
    const source = fs.readFileSync(file, 'utf8');
    const edited = source.replace('Deze cursus is er voor iedereen', 'Deze cursus is er echt voor iedereen');
    expect(edited).not.toBe(source);
    fs.writeFileSync(file, edited);
    for (const edition of ['scorm12', 'scorm2004'] as const) {
      const before = build(COURSE_DIR, { edition });
      const after = build(copy, { edition });
      expect(identifiers(after.manifest)).toEqual(identifiers(before.manifest));
      expect(identifiers(before.manifest).length).toBeGreaterThan(16 * 2);
      expect(Buffer.compare(Buffer.from(after.zip), Buffer.from(before.zip))).not.toBe(0);
    }
  });

  it('exports a subset in course order with only those modules', async () => {
    const result = await exportCourse(course(COURSE_DIR), COURSE_DIR, { edition: 'scorm12', modules: ['hefboom-expressie', 'welkom'], packaging: 'sco-per-module' }, DIRS);
    const m = parseManifest(result.packages[0]!.manifest);
    expect(m.organizations[0]!.items[0]!.children.map((i) => i.identifier)).toEqual(['ITEM-welkom', 'ITEM-hefboom-expressie']);
    const folders = new Set(result.files.filter((f) => f.includes('/') && !/\.(xsd|dtd)$/.test(f)).map((f) => f.split('/')[0]));
    expect([...folders].sort()).toEqual(['_leerpad', 'hefboom-expressie', 'welkom']);
    expect(m.resources.map((r) => r.identifier)).toEqual(['RES-welkom', 'RES-hefboom-expressie', 'RES-leerpad-runtime']);
    // The learner reads "module 2 of 2" in a package of two modules, not "6 of 16".
    const unzipped = unzipSync(result.zip);
    const second = JSON.parse(strFromU8(unzipped['hefboom-expressie/module.json']!)) as { position: { index: number; total: number } };
    expect(second.position).toEqual({ index: 2, total: 2 });
  });

  it('refuses an unknown module id with a clear error', async () => {
    const e = await refusal(exportCourse(course(COURSE_DIR), COURSE_DIR, { edition: 'scorm12', modules: ['welkom', 'bestaat-niet'] }, DIRS));
    expect(e.code).toBe('BAD_REQUEST');
    expect(e.message).toContain("'bestaat-niet'");
    expect(e.hint).toContain('welkom');
  });

  it('lists every file of the zip in the manifest; only the manifest and the shipped schema set are outside resources', () => {
    for (const edition of ['scorm12', 'scorm2004'] as const) {
      const pkg = build(COURSE_DIR, { edition });
      const listed = new Set(parseManifest(pkg.manifest).resources.flatMap((r) => r.files));
      const schemas = [...readSchemaSet(DIRS.schemasDir, edition).keys()];
      const unlisted = pkg.files.filter((f) => !listed.has(f));
      expect(unlisted.sort()).toEqual(['imsmanifest.xml', ...schemas].sort());
    }
  });

  it('writes a zip that unzip -t accepts, with fixed 1980-01-01 times', async () => {
    const result = await exportCourse(course(COURSE_DIR), COURSE_DIR, { edition: 'scorm2004' }, DIRS);
    const file = path.join(tempDir(), result.fileName);
    fs.writeFileSync(file, result.zip);
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
    const listing = execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
    expect(listing).toContain('1980-01-01 00:00   imsmanifest.xml');
    expect(listing).not.toMatch(/20\d\d-\d\d-\d\d/);
  });

  it('refuses a package with preflight errors (EXPORT_REFUSED) naming the rule and module', async () => {
    const c = makeCourse();
    const reflection = c.modules[0]!.sections[0]!.blocks.find((b) => b.kind === 'reflection')!;
    if (reflection.kind === 'reflection') reflection.maxLength = 4000;
    const e = await refusal(exportCourse(c, tempDir(), { edition: 'scorm12', reflections: 'lms' }, DIRS));
    expect(e.code).toBe('EXPORT_REFUSED');
    expect(e.message).toContain('state.suspend-data');
    expect(e.message).toContain("'m1'");
    expect(e.hint).toContain('--reflections private');
    // The same course is fine in 2004 (64000 characters) and with private reflections.
    await expect(exportCourse(c, tempDir(), { edition: 'scorm2004', reflections: 'lms' }, DIRS)).resolves.toMatchObject({ findings: [] });
    await expect(exportCourse(c, tempDir(), { edition: 'scorm12', reflections: 'private' }, DIRS)).resolves.toMatchObject({ findings: [] });
  });

  it('checks its options', async () => {
    expect((await refusal(exportCourse(course(COURSE_DIR), COURSE_DIR, { edition: 'scorm12', mastery: 101 }, DIRS))).code).toBe('BAD_REQUEST');
    expect((await refusal(exportCourse(course(COURSE_DIR), COURSE_DIR, { edition: 'scorm3' as never }, DIRS))).code).toBe('BAD_REQUEST');
    expect(fs.existsSync(DIRS.runtimeDir)).toBe(true);
  });
});

describe('zip entries', () => {
  it('are sorted', () => {
    const pkg = build(COURSE_DIR, { edition: 'scorm12' });
    expect([...filesOf(pkg.zip).keys()]).toEqual([...pkg.files]);
    expect(pkg.files).toEqual([...pkg.files].sort());
  });
});
