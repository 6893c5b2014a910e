import { describe, expect, it } from 'vitest';
import type { CourseScoPackage } from '../../../../electron/core/contract';
import { scoPackageFor } from '../../../../electron/core/scorm/sco-package';
import { buildPackage, type BuiltPackage } from '../../../../electron/core/scorm/package-build';
import type { ExportOptions } from '../../../../electron/core/scorm/export-options';
import { preflightZip } from '../../../../electron/core/scorm/preflight';
import { allItems, parseManifest } from '../../../../electron/core/scorm/preflight/manifest-model';
import { readSchemaSet } from '../../../../electron/core/scorm/schema-sets';
import { course, COURSE_DIR, DIRS, filesOf, MINI_DIR, systemXmllint, text } from '../../../helpers/core/scorm/packages';

function courseSco(dir: string, options: Omit<ExportOptions, 'packaging'>): BuiltPackage {
  const built = buildPackage(course(dir), dir, { ...options, packaging: 'course-sco' }, DIRS);
  expect(built.packaging).toBe('course-sco');
  expect(built.packages).toHaveLength(1);
  return built.packages[0]!;
}

const courseJson = (pkg: BuiltPackage) => JSON.parse(text(filesOf(pkg.zip), 'course.json')) as CourseScoPackage;
const inlined = (pkg: BuiltPackage) => {
  const html = text(filesOf(pkg.zip), 'index.html');
  const json = /<script type="application\/json" id="leerpad-module">([\s\S]*?)<\/script>/.exec(html)![1]!;
  return { html, pkg: JSON.parse(json) as CourseScoPackage };
};

describe('a course SCO package', () => {
  it('has the launch page and course.json at the root, every module media file at its course path, and the runtime in _leerpad/', () => {
    const pkg = courseSco(MINI_DIR, { edition: 'scorm12' });
    const schemas = new Set(readSchemaSet(DIRS.schemasDir, 'scorm12').keys());
    expect(pkg.files.filter((f) => !schemas.has(f))).toEqual([
      '_leerpad/sco.css',
      '_leerpad/sco.js',
      'course.json',
      'imsmanifest.xml',
      'index.html',
      'media/demo.mp4',
      'media/kader.svg',
      'media/werkblad.pdf',
    ]);
    // No module folders and no module.json: the course SCO is one SCO.
    expect(pkg.files.some((f) => f.endsWith('module.json'))).toBe(false);
  });

  it('plays the chosen modules exactly as their own SCOs would get them, counted within the package', () => {
    const c = course(COURSE_DIR);
    const pkg = courseSco(COURSE_DIR, { edition: 'scorm2004', modules: ['hefboom-expressie', 'welkom'], reflections: 'lms' });
    const json = courseJson(pkg);
    expect(json).toMatchObject({ format: 1, kind: 'course', edition: 'scorm2004', reflections: 'lms', suspendDataLimit: 64000 });
    expect(json.course).toMatchObject({ id: c.id, title: c.title, version: c.version, language: c.language });
    expect(json.modules.map((m) => m.module.id)).toEqual(['welkom', 'hefboom-expressie']);
    expect(json.modules.map((m) => m.position)).toEqual([
      { index: 1, total: 2 },
      { index: 2, total: 2 },
    ]);
    const own = scoPackageFor(c, 'hefboom-expressie', { edition: 'scorm2004', reflections: 'lms' });
    expect(json.modules[1]).toEqual({ ...own, position: { index: 2, total: 2 } });
    // Every lever the chosen modules serve, each once.
    const served = new Set(json.modules.flatMap((m) => m.module.levers));
    expect(json.course.levers.map((l) => l.id).sort()).toEqual([...served].sort());
  });

  it('inlines course.json in the launch page, titled by the course, loading the runtime from _leerpad/', () => {
    const pkg = courseSco(MINI_DIR, { edition: 'scorm12' });
    const { html, pkg: inline } = inlined(pkg);
    expect(inline).toEqual(courseJson(pkg));
    expect(html).toContain('<title>Mini</title>');
    expect(html).toContain('<link rel="stylesheet" href="_leerpad/sco.css">');
    expect(html).toContain('<script src="_leerpad/sco.js"></script>');
  });

  it('is XSD-valid in both editions (xmllint with the official schemas)', () => {
    for (const dir of [MINI_DIR, COURSE_DIR]) {
      for (const edition of ['scorm12', 'scorm2004'] as const) {
        const result = systemXmllint(courseSco(dir, { edition }).manifest, edition);
        expect(result.output, `${dir} ${edition}`).not.toMatch(/error/i);
        expect(result.ok, `${dir} ${edition}`).toBe(true);
      }
    }
  });

  it('has one non-launchable root holding one launchable item, whose resource lists every file but the runtime asset', () => {
    const pkg = courseSco(MINI_DIR, { edition: 'scorm12' });
    const m = parseManifest(pkg.manifest);
    const [root] = m.organizations[0]!.items;
    expect(m.organizations[0]!.items).toHaveLength(1);
    expect(root!.identifierref).toBeUndefined();
    expect(root!.children.map((i) => [i.identifier, i.identifierref, i.title])).toEqual([['ITEM-mini-course', 'RES-mini-course', 'Mini']]);
    const sco = m.resources.find((r) => r.identifier === 'RES-mini-course')!;
    expect(sco).toMatchObject({ href: 'index.html', scormType: 'sco', dependencies: ['RES-leerpad-runtime'] });
    expect(sco.files).toEqual(['course.json', 'index.html', 'media/demo.mp4', 'media/kader.svg', 'media/werkblad.pdf']);
  });

  it('gives the LMS no mastery score in 1.2, also with --mastery: the course score is an average with unfinished modules at 0', () => {
    for (const mastery of [undefined, 60]) {
      const pkg = courseSco(MINI_DIR, { edition: 'scorm12', mastery });
      expect(pkg.manifest).not.toContain('masteryscore');
      // The quizzes inside still grade at the chosen pass mark.
      const quiz = courseJson(pkg).modules[1]!.module.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'quiz');
      expect(quiz).toMatchObject({ pass: mastery ?? 75 });
    }
  });

  it('declares in 2004 one objective per lever and per module, and a primary objective not satisfied by measure', () => {
    const m = parseManifest(courseSco(MINI_DIR, { edition: 'scorm2004', mastery: 60 }).manifest);
    const item = allItems(m.organizations[0]!.items).find((i) => i.identifierref)!;
    expect(item.primaryObjective).toEqual({ satisfiedByMeasure: false, minNormalizedMeasure: undefined });
    expect(item.objectiveIds).toEqual(['kinderrechten', 'onderzoeken', 'start', 'hefboom-onderzoeken']);
  });

  it('keeps its item and resource identifiers whatever modules are chosen, so an updated package keeps learners\' attempts', () => {
    const ids = (modules?: string[]) => {
      const m = parseManifest(courseSco(COURSE_DIR, { edition: 'scorm12', modules }).manifest);
      return [m.identifier, m.organizations[0]!.identifier, ...allItems(m.organizations[0]!.items).map((i) => `${i.identifier}>${i.identifierref}`)];
    };
    expect(ids(['welkom'])).toEqual(ids(['welkom', 'transities']));
    expect(ids(['welkom'])).toEqual(['LEERPAD-kleine-kinderen-grote-kansen', 'ORG-kleine-kinderen-grote-kansen', 'ITEM-kleine-kinderen-grote-kansen>undefined', 'ITEM-kleine-kinderen-grote-kansen-course>RES-kleine-kinderen-grote-kansen-course']);
  });

  it('is byte-identical when exported twice', () => {
    for (const edition of ['scorm12', 'scorm2004'] as const) {
      const a = courseSco(MINI_DIR, { edition });
      const b = courseSco(MINI_DIR, { edition });
      expect(Buffer.compare(Buffer.from(a.zip), Buffer.from(b.zip))).toBe(0);
    }
  });

  it('passes the preflight for Moodle in both editions', async () => {
    for (const edition of ['scorm12', 'scorm2004'] as const) {
      const findings = await preflightZip(courseSco(MINI_DIR, { edition }).zip, { ...DIRS, edition, lms: 'moodle' });
      expect(findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(edition === 'scorm12' ? [] : ['info lms.moodle-scorm2004']);
    }
  }, 30_000);
});
