import { strFromU8, unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../../electron/core/errors';
import { runExport } from '../../../../electron/core/scorm/pipeline';
import { describeFinding } from '../../../../electron/core/scorm/preflight';
import { readSchemaSet } from '../../../../electron/core/scorm/schema-sets';
import { parseManifest } from '../../../../electron/core/scorm/preflight/manifest-model';
import { makeCourse } from '../../../helpers/course-factory';
import { tempDir } from '../../../helpers/temp';
import { build, COURSE_DIR, DIRS, errorsOf, exportOf, filesOf } from '../../../helpers/core/scorm/packages';

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

describe('runExport (the export of the CLI, the app and the tests)', () => {
  it('gives byte-identical zips for the same input, named by edition and packaging', async () => {
    const cases = [
      ['scorm2004', 'course-sco', 'kleine-kinderen-grote-kansen-1.0.0-scorm2004.zip'],
      ['scorm12', 'sco-per-module', 'kleine-kinderen-grote-kansen-1.0.0-scorm12-sco-per-module.zip'],
    ] as const;
    for (const [edition, packaging, fileName] of cases) {
      const a = await exportOf(COURSE_DIR, { edition, lms: 'generic', packaging });
      const b = await exportOf(COURSE_DIR, { edition, lms: 'generic', packaging });
      expect(a.fileName).toBe(fileName);
      expect(Buffer.compare(Buffer.from(a.zip), Buffer.from(b.zip))).toBe(0);
    }
  });

  it('chooses the recommended packaging when none is asked for: the whole course is too much state for one 1.2 SCO', async () => {
    const twelve = await exportOf(COURSE_DIR, { edition: 'scorm12', lms: 'moodle' });
    expect(twelve.packaging).toBe('package-per-module');
    expect(twelve.fileName).toBe('kleine-kinderen-grote-kansen-1.0.0-scorm12-per-module.zip');
    const two = await exportOf(COURSE_DIR, { edition: 'scorm12', lms: 'moodle', modules: ['welkom', 'transities'] });
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
    const result = await exportOf(COURSE_DIR, { edition: 'scorm12', modules: ['hefboom-expressie', 'welkom'], packaging: 'sco-per-module' });
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
    const e = await refusal(exportOf(COURSE_DIR, { edition: 'scorm12', modules: ['welkom', 'bestaat-niet'] }));
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

  it('writes a zip that unzip -t accepts, with fixed 1980-01-01 times, and no partial file beside it', async () => {
    const out = tempDir();
    const result = await exportOf(COURSE_DIR, { edition: 'scorm2004' }, (fileName) => path.join(out, fileName));
    const file = path.join(out, result.fileName);
    expect(result.file).toBe(file);
    expect(fs.readdirSync(out)).toEqual([result.fileName]);
    expect(Buffer.compare(fs.readFileSync(file), Buffer.from(result.zip))).toBe(0);
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
    const listing = execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
    expect(listing).toContain('1980-01-01 00:00   imsmanifest.xml');
    expect(listing).not.toMatch(/20\d\d-\d\d-\d\d/);
  });

  it('writes nothing for a package with preflight errors, and returns the errors naming the rule, module and fix', async () => {
    const c = makeCourse();
    const reflection = c.modules[0]!.sections[0]!.blocks.find((b) => b.kind === 'reflection')!;
    if (reflection.kind === 'reflection') reflection.maxLength = 4000;
    const out = tempDir();
    const exportAs = (edition: 'scorm12' | 'scorm2004', reflections: 'lms' | 'private') =>
      runExport({ course: c, courseDir: tempDir(), options: { edition, reflections }, dirs: DIRS, writeTo: (fileName) => path.join(out, `${edition}-${reflections}-${fileName}`) });
    const refused = await exportAs('scorm12', 'lms');
    expect(refused.file).toBeNull();
    expect(fs.readdirSync(out)).toEqual([]);
    const errors = errorsOf(refused.findings);
    expect(errors.map((e) => e.rule)).toContain('state.suspend-data');
    expect(errors.map(describeFinding).join('\n')).toContain("'m1'");
    expect(errors[0]!.fix).toContain('--reflections private');
    // The same course is fine in 2004 (64000 characters) and with private reflections.
    await expect(exportAs('scorm2004', 'lms')).resolves.toMatchObject({ findings: [], file: expect.any(String) });
    await expect(exportAs('scorm12', 'private')).resolves.toMatchObject({ findings: [], file: expect.any(String) });
    expect(fs.readdirSync(out)).toHaveLength(2);
  });
});

describe('zip entries', () => {
  it('are sorted', () => {
    const pkg = build(COURSE_DIR, { edition: 'scorm12' });
    expect([...filesOf(pkg.zip).keys()]).toEqual([...pkg.files]);
    expect(pkg.files).toEqual([...pkg.files].sort());
  });
});
