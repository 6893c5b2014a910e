import { describe, expect, it } from 'vitest';
import { isXmlId } from '../../../../electron/core/scorm/identifiers';
import { allItems, parseManifest } from '../../../../electron/core/scorm/preflight/manifest-model';
import { XmlRefusal } from '../../../../electron/core/scorm/xml';
import { buildPackage } from '../../../../electron/core/scorm/package-build';
import { makeCourse } from '../../../helpers/course-factory';
import { tempDir } from '../../../helpers/temp';
import { build, course, COURSE_DIR, DIRS, filesOf, MINI_DIR, text } from '../../../helpers/core/scorm/packages';

describe('SCORM 1.2 manifest', () => {
  const c = course(COURSE_DIR);
  const pkg = build(COURSE_DIR, { edition: 'scorm12' });
  const m = parseManifest(pkg.manifest);

  it('declares schemaversion 1.2 and the 1.2 namespaces, with schemas shipped at the root', () => {
    expect(pkg.manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(pkg.manifest).toContain('<schema>ADL SCORM</schema>');
    expect(m.namespaces.get('')).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2');
    expect(m.namespaces.get('adlcp')).toBe('http://www.adlnet.org/xsd/adlcp_rootv1p2');
    expect(m.namespaces.get('imsmd')).toBe('http://www.imsglobal.org/xsd/imsmd_rootv1p2p1');
    expect(m.schemaLocations).toEqual(['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd']);
    for (const xsd of [...m.schemaLocations, 'ims_xml.xsd']) expect(pkg.files).toContain(xsd);
  });

  it('carries LOM title, description and language, and the course version', () => {
    expect(pkg.manifest).toContain(`<imsmd:langstring xml:lang="nl-BE">${c.title}</imsmd:langstring>`);
    expect(pkg.manifest).toContain('<imsmd:language>nl-BE</imsmd:language>');
    expect(pkg.manifest).toMatch(/<imsmd:description>\s*<imsmd:langstring xml:lang="nl-BE">Een cursus in zestien modules/);
    expect(pkg.manifest).toMatch(new RegExp(`<manifest identifier="LEERPAD-${c.id}" version="${c.version}"`));
  });

  it('has one default organization with one non-launchable root holding every module in course order', () => {
    expect(m.defaultOrganization).toBe(`ORG-${c.id}`);
    expect(m.organizations.map((o) => o.identifier)).toEqual([`ORG-${c.id}`]);
    const [root, ...others] = m.organizations[0]!.items;
    expect(others).toEqual([]);
    expect(root!.identifier).toBe(`ITEM-${c.id}`);
    expect(root!.identifierref).toBeUndefined();
    expect(root!.children.map((i) => [i.identifier, i.identifierref, i.title])).toEqual(c.modules.map((mod) => [`ITEM-${mod.id}`, `RES-${mod.id}`, mod.title]));
  });

  it('has one sco resource per module listing every file of its folder, depending on the one runtime asset', () => {
    const sco = m.resources.filter((r) => r.scormType === 'sco');
    expect(sco.map((r) => r.identifier)).toEqual(c.modules.map((mod) => `RES-${mod.id}`));
    for (const r of sco) {
      const folder = r.identifier.slice('RES-'.length);
      expect(r.href).toBe(`${folder}/index.html`);
      expect(r.files).toEqual(pkg.files.filter((f) => f.startsWith(`${folder}/`)));
      expect(r.dependencies).toEqual(['RES-leerpad-runtime']);
    }
    const runtime = m.resources.find((r) => r.identifier === 'RES-leerpad-runtime')!;
    expect(runtime.scormType).toBe('asset');
    expect(runtime.files).toEqual(['_leerpad/sco.css', '_leerpad/sco.js']);
  });

  it('gives every quiz module its pass mark as adlcp:masteryscore, and no manifest objectives', () => {
    for (const item of m.organizations[0]!.items[0]!.children) expect(item.masteryscore).toBe('75');
    expect(pkg.manifest).not.toContain('objective');
  });

  it('uses identifiers that are valid xsd:IDs', () => {
    const ids = [m.identifier!, ...m.organizations.map((o) => o.identifier), ...allItems(m.organizations[0]!.items).map((i) => i.identifier), ...m.resources.map((r) => r.identifier)];
    expect(ids.every(isXmlId)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('SCORM 2004 4th Edition manifest', () => {
  const c = course(COURSE_DIR);
  const pkg = build(COURSE_DIR, { edition: 'scorm2004' });
  const m = parseManifest(pkg.manifest);

  it('declares schemaversion "2004 4th Edition" and the 2004 namespaces, with LOM metadata', () => {
    expect(pkg.manifest).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(m.namespaces.get('')).toBe('http://www.imsglobal.org/xsd/imscp_v1p1');
    for (const [prefix, uri] of [
      ['adlcp', 'http://www.adlnet.org/xsd/adlcp_v1p3'],
      ['adlseq', 'http://www.adlnet.org/xsd/adlseq_v1p3'],
      ['adlnav', 'http://www.adlnet.org/xsd/adlnav_v1p3'],
      ['imsss', 'http://www.imsglobal.org/xsd/imsss'],
      ['lom', 'http://ltsc.ieee.org/xsd/LOM'],
    ]) {
      expect(m.namespaces.get(prefix!)).toBe(uri);
    }
    expect(pkg.manifest).toContain(`<lom:string language="nl-BE">${c.title}</lom:string>`);
    expect(pkg.manifest).toContain('<lom:language>nl-BE</lom:language>');
    for (const xsd of m.schemaLocations) expect(pkg.files).toContain(xsd);
  });

  it('has an objective per lever and a measure-satisfied primary objective at the pass mark', () => {
    const items = m.organizations[0]!.items[0]!.children;
    for (const mod of c.modules) {
      const item = items.find((i) => i.identifier === `ITEM-${mod.id}`)!;
      expect(item.objectiveIds).toEqual(mod.levers);
      expect(item.primaryObjective).toEqual({ satisfiedByMeasure: true, minNormalizedMeasure: '0.75' });
    }
  });

  it('adds no sequencing the LMS must guess at: only flow between modules on the root', () => {
    for (const element of ['rollupRules', 'sequencingRules', 'mapInfo', 'limitConditions', 'deliveryControls']) {
      expect(pkg.manifest).not.toContain(element);
    }
    expect(pkg.manifest.match(/controlMode/g)).toHaveLength(1);
    expect(pkg.manifest).toMatch(/<imsss:controlMode choice="true" flow="true"\/>\s*<\/imsss:sequencing>\s*<\/item>\s*<\/organization>/);
  });
});

describe('mastery in the manifest', () => {
  it('appears only on modules with a scored quiz, in both editions', () => {
    // mini: "start" has no quiz and no levers, "hefboom-onderzoeken" a quiz at 75.
    const m12 = parseManifest(build(MINI_DIR, { edition: 'scorm12' }).manifest);
    const [start12, quiz12] = m12.organizations[0]!.items[0]!.children;
    expect(start12!.masteryscore).toBeUndefined();
    expect(quiz12!.masteryscore).toBe('75');

    const pkg04 = build(MINI_DIR, { edition: 'scorm2004' });
    const [start04, quiz04] = parseManifest(pkg04.manifest).organizations[0]!.items[0]!.children;
    expect(start04!.primaryObjective).toBeUndefined();
    expect(quiz04!.primaryObjective).toEqual({ satisfiedByMeasure: true, minNormalizedMeasure: '0.75' });
    expect(quiz04!.objectiveIds).toEqual(['onderzoeken', 'kinderrechten']);
  });

  it('leaves the primary objective of a lever module without quiz unscored', () => {
    const c = makeCourse(); // m3: lever "kader", no quiz
    const pkg = buildPackage(c, tempDir(), { edition: 'scorm2004', packaging: 'sco-per-module' }, DIRS).packages[0]!;
    const m3 = parseManifest(pkg.manifest).organizations[0]!.items[0]!.children[2]!;
    expect(m3.primaryObjective).toEqual({ satisfiedByMeasure: false, minNormalizedMeasure: undefined });
    expect(m3.objectiveIds).toEqual(['kader']);
    expect(pkg.manifest).toMatch(/<item identifier="ITEM-m3"[^>]*>\s*<title>[^<]*<\/title>\s*<imsss:sequencing>\s*<imsss:objectives>\s*<imsss:primaryObjective\/>/);
  });

  it('takes --mastery for every quiz, in module.json and the manifest alike', () => {
    const p12 = build(MINI_DIR, { edition: 'scorm12', mastery: 60 });
    expect(parseManifest(p12.manifest).organizations[0]!.items[0]!.children[1]!.masteryscore).toBe('60');
    const moduleJson = JSON.parse(text(filesOf(p12.zip), 'hefboom-onderzoeken/module.json'));
    const quiz = moduleJson.module.sections.flatMap((s: { blocks: { kind: string }[] }) => s.blocks).find((b: { kind: string }) => b.kind === 'quiz');
    expect(quiz.pass).toBe(60);
    const p04 = build(MINI_DIR, { edition: 'scorm2004', mastery: 60 });
    expect(parseManifest(p04.manifest).organizations[0]!.items[0]!.children[1]!.primaryObjective?.minNormalizedMeasure).toBe('0.6');
  });
});

describe('manifest text', () => {
  it('escapes titles as XML and writes no numeric character references (Moodle shows them literally)', () => {
    const c = makeCourse();
    c.title = `Tom & Jerry <b> "citaat" 'x'`;
    c.modules[0]!.title = 'A & B';
    const pkg = buildPackage(c, tempDir(), { edition: 'scorm12', packaging: 'sco-per-module' }, DIRS).packages[0]!;
    expect(pkg.manifest).toContain('<title>Tom &amp; Jerry &lt;b&gt; &quot;citaat&quot; &apos;x&apos;</title>');
    expect(pkg.manifest).not.toMatch(/&#/);
    const m = parseManifest(pkg.manifest);
    expect(m.organizations[0]!.items[0]!.title).toBe(`Tom & Jerry <b> "citaat" 'x'`);
    expect(m.organizations[0]!.items[0]!.children[0]!.title).toBe('A & B');
  });
});

describe('parseManifest on manifests Leerpad did not write', () => {
  const items = (depth: number) => `${Array.from({ length: depth }, (_, i) => `<item identifier="I${i}"><title>t${i}</title>`).join('')}${'</item>'.repeat(depth)}`;
  const manifest = (body: string) => `<manifest identifier="M"><organizations default="O"><organization identifier="O">${body}</organization></organizations><resources/></manifest>`;

  it('lists deeply nested items in document order', () => {
    const m = parseManifest(manifest(`${items(90)}<item identifier="last"><title>z</title></item>`));
    expect(allItems(m.organizations[0]!.items).map((i) => i.identifier)).toEqual([...Array.from({ length: 90 }, (_, i) => `I${i}`), 'last']);
  });

  it('refuses 20 000 nested items with an XmlRefusal instead of overflowing the stack', () => {
    expect(() => parseManifest(manifest(items(20_000)))).toThrow(XmlRefusal);
  });
});
