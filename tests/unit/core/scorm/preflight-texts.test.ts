// The preflight's texts from the one catalogue (electron/shared/messages/preflight): the compiler
// checks that every code has Dutch and English and that each place emitting a code fills in its
// params; these tests run the preflight on real packages and read what a lecturer reads.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReflectionBlock, ScoPackage } from '../../../../electron/core/contract';
import { preflightCourseDir, preflightZip, type Finding, type PreflightOptions } from '../../../../electron/core/scorm/preflight';
import { finding } from '../../../../electron/core/scorm/preflight/finding';
import type { Language } from '../../../../electron/shared/messages/define';
import { findingTextIn, PREFLIGHT_VARIANT_PARAM, preflightMessages } from '../../../../electron/shared/messages/preflight';
import { definePreflightMessages } from '../../../../electron/shared/messages/preflight/define';
import { blocksIn, build, COURSE_DIR, DIRS, editJson, editText, filesOf, MINI_DIR, mutate } from '../../../helpers/core/scorm/packages';
import { deflatedZeros, rawZip, type RawEntry } from '../../../helpers/core/scorm/raw-zip';

const ROOT = path.resolve(__dirname, '../../../..');
const INVALID = path.join(ROOT, 'tests/fixtures/courses/invalid');
const LANGUAGES: Language[] = ['nl', 'en'];
const CODES = Object.keys(preflightMessages).sort();

const variantOf = (f: Finding) => {
  const param = PREFLIGHT_VARIANT_PARAM[f.rule];
  const value = param === undefined ? undefined : f.params?.[param];
  return value === undefined ? undefined : String(value);
};
const variantKeys = (texts: object) => Object.keys(texts).filter((k) => k !== 'message' && k !== 'hint');
const variantName = (key: string) => key.replace(/^(message|hint)_/, '');

// ---------------------------------------------------------------------------------------------
// Real findings: the preflight run on good packages changed the way the core fixtures do
// (./preflight-fixtures.test.ts), one scenario per situation.

const MANIFEST = 'imsmanifest.xml';
const options: PreflightOptions = { schemasDir: DIRS.schemasDir };

interface Packages {
  good12: Uint8Array;
  good04: Uint8Array;
  lms12: Uint8Array;
  lms04: Uint8Array;
  mini12: Uint8Array;
  mini04: Uint8Array;
  welkom12: Uint8Array;
}

let P: Packages;

const check = (zip: Uint8Array, extra: Partial<PreflightOptions> = {}) => preflightZip(zip, { ...options, ...extra });
const manifest = (zip: Uint8Array, edit: (text: string) => string) => mutate(zip, (files) => editText(files, MANIFEST, edit));

function reflectionOf(pkg: ScoPackage): ReflectionBlock {
  const r = blocksIn(pkg).find((b) => b.kind === 'reflection');
  if (r?.kind !== 'reflection') throw new Error(`${pkg.module.id} has no reflection`);
  return r;
}

/** Gives welkom a checklist whose notes can hold `noteMaxLength` characters each. */
const withChecklistNotes = (zip: Uint8Array, noteMaxLength: number) =>
  mutate(zip, (files) =>
    editJson<ScoPackage>(files, 'welkom/module.json', (pkg) => {
      pkg.module.sections[0]!.blocks.push({
        kind: 'checklist',
        id: 'k-test',
        title: 'Kijkwijzer',
        scale: ['nog niet', 'soms', 'vaak'],
        items: [{ id: 'k-test-1', text: 'Ik kijk.' }],
        allowNote: true,
        noteMaxLength,
      });
    }),
  );

const raw = (entries: RawEntry[], extra: Partial<PreflightOptions> = {}) => check(rawZip(entries), extra);
const plain = (name: string, body = 'x'): RawEntry => ({ name, data: Buffer.from(body) });
const zeros = deflatedZeros(2);
/** Under the ratio's grace size each, over it together: 3 × 900 KiB of zeros. */
const smallZeros = (name: string): RawEntry => ({ name, method: 8, data: Buffer.alloc(900 * 1024) });

const SCENARIOS: Record<string, { rules: string[]; run: () => Promise<Finding[]> }> = {
  'a damaged zip': { rules: ['zip.unreadable'], run: () => check(new Uint8Array([80, 75, 3, 4, 1, 2, 3])) },
  'an unsafe path': { rules: ['zip.path'], run: () => check(mutate(P.good12, (files) => files.set('../buiten.txt', Buffer.from('x')))) },
  'an absolute path': { rules: ['zip.path'], run: () => raw([plain('/etc/cron.d/x')]) },
  'a drive letter': { rules: ['zip.path'], run: () => raw([plain('C:/Windows/x.dll')]) },
  'a backslash': { rules: ['zip.path'], run: () => raw([plain('a\\..\\..\\x.txt')]) },
  'a NUL in a name': { rules: ['zip.path'], run: () => raw([plain('index.html\0.png')]) },
  'an entry larger than it declares': { rules: ['zip.damaged'], run: () => raw([{ name: 'a.txt', method: 8, data: Buffer.from('hello world'), size: 3 }]) },
  'a wrong CRC': { rules: ['zip.crc'], run: () => raw([{ ...plain('a.txt', 'hello'), crc: 1234 }]) },
  'too many entries': { rules: ['zip.entries'], run: () => raw([plain('a'), plain('b'), plain('c')], { limits: { maxEntries: 2 } }) },
  'too much unpacked': { rules: ['zip.total-size'], run: () => raw([plain('a', 'x'.repeat(600)), plain('b', 'x'.repeat(600))], { limits: { maxTotalBytes: 1000 } }) },
  'one file too large': { rules: ['zip.entry-size'], run: () => raw([plain('a', 'x'.repeat(600))], { limits: { maxEntryBytes: 500 } }) },
  'a zip bomb entry': { rules: ['zip.ratio'], run: () => raw([{ name: 'bomb.bin', method: 8, ...zeros }]) },
  'a zip bomb of small entries': { rules: ['zip.total-ratio'], run: () => raw([smallZeros('a'), smallZeros('b'), smallZeros('c')]) },
  'a symlink': { rules: ['zip.symlink'], run: () => raw([{ ...plain('passwd.png', '/etc/passwd'), unixMode: 0o120777 }]) },
  'an encrypted entry': { rules: ['zip.encrypted'], run: () => raw([{ ...plain('a.txt'), encrypted: true }]) },
  'an unknown compression method': { rules: ['zip.method'], run: () => raw([{ ...plain('a.txt'), method: 12 }]) },
  'a name twice': { rules: ['zip.duplicate'], run: () => raw([plain('a.txt'), plain('a.txt')]) },
  'names differing in case': { rules: ['zip.case-collision'], run: () => raw([plain('Index.html'), plain('index.html')]) },
  'a Windows device name': { rules: ['zip.reserved'], run: () => raw([plain('media/aux.js')]) },
  'a name that is a file and a folder': { rules: ['zip.file-folder'], run: () => raw([plain('media'), plain('media/foto.png')]) },
  'a huge manifest': {
    rules: ['zip.read-cap'],
    run: () => raw([{ name: 'imsmanifest.xml', method: 8, ...deflatedZeros(65) }], { limits: { maxRatio: 100_000 } }),
  },
  'a manifest with an external entity': {
    rules: ['xml.entity'],
    run: () => check(manifest(P.good12, (t) => t.replace('<manifest', '<!DOCTYPE manifest [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<manifest'))),
  },
  'a manifest nested too deep': {
    rules: ['xml.depth'],
    run: () => check(manifest(P.good12, (t) => t.replace('</organizations>', `${'<item>'.repeat(200)}${'</item>'.repeat(200)}</organizations>`))),
  },
  'many stray files': {
    rules: ['files.stray', 'findings.more'],
    run: () => check(mutate(P.good12, (files) => Array.from({ length: 25 }, (_, i) => files.set(`los-${i}.txt`, Buffer.from('x'))))),
  },
  'a manifest in a subfolder': {
    rules: ['manifest.at-root'],
    run: () =>
      check(
        mutate(P.good12, (files) => {
          for (const [name, body] of [...files]) {
            files.delete(name);
            files.set(`pakket/${name}`, body);
          }
        }),
      ),
  },
  'no manifest': { rules: ['manifest.at-root'], run: () => check(mutate(P.good12, (files) => files.delete(MANIFEST))) },
  'a manifest in capitals': {
    rules: ['manifest.at-root'],
    run: () =>
      check(
        mutate(P.good12, (files) => {
          files.set('IMSManifest.xml', files.get(MANIFEST)!);
          files.delete(MANIFEST);
        }),
      ),
  },
  'a manifest that is not well-formed': { rules: ['manifest.well-formed'], run: () => check(manifest(P.good12, (t) => t.replace('</organizations>', ''))) },
  'an unknown schemaversion': {
    rules: ['manifest.schemaversion'],
    run: () => check(manifest(P.good04, (t) => t.replace('2004 4th Edition', '2004 4th edition'))),
  },
  'no schemaversion': { rules: ['manifest.schemaversion'], run: () => check(manifest(P.good12, (t) => t.replace('<schemaversion>1.2</schemaversion>', ''))) },
  'the schemaversion of the other edition': {
    rules: ['manifest.schemaversion'],
    run: () => check(manifest(P.good04, (t) => t.replace('<schemaversion>2004 4th Edition<', '<schemaversion>1.2<'))),
  },
  'another edition than asked': { rules: ['manifest.edition'], run: () => check(P.good12, { edition: 'scorm2004' }) },
  'other namespace prefixes and a character reference': {
    rules: ['manifest.prefix', 'manifest.numeric-entity'],
    run: () =>
      check(manifest(P.good12, (t) => t.replaceAll('adlcp:', 'cp:').replace('xmlns:adlcp=', 'xmlns:cp=').replace('<title>Welkom bij', '<title>&#87;elkom bij'))),
  },
  'a namespace as the default one': {
    rules: ['manifest.prefix'],
    run: () =>
      check(
        manifest(P.good12, (t) =>
          t
            .replace('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"', 'xmlns:imscp="http://www.imsproject.org/xsd/imscp_rootv1p1p2"')
            .replace('xmlns:adlcp=', 'xmlns=')
            .replaceAll('adlcp:', ''),
        ),
      ),
  },
  'no organization': { rules: ['organization.default'], run: () => check(manifest(P.good12, (t) => t.replace(/<organization [\s\S]*<\/organization>/, ''))) },
  'a default that names no organization': {
    rules: ['organization.default'],
    run: () => check(manifest(P.good12, (t) => t.replace('default="ORG-kleine-kinderen-grote-kansen"', 'default="ORG-weg"'))),
  },
  'no default organization': {
    rules: ['organization.default'],
    run: () => check(manifest(P.good12, (t) => t.replace(' default="ORG-kleine-kinderen-grote-kansen"', ''))),
  },
  'two top-level items': {
    rules: ['organization.single-root'],
    run: () => check(manifest(P.good12, (t) => t.replace('</organization>', '<item identifier="ITEM-extra"><title>Extra</title></item></organization>'))),
  },
  'a launchable root item': {
    rules: ['organization.root-launchable'],
    run: () =>
      check(
        manifest(P.good04, (t) =>
          t.replace('<item identifier="ITEM-kleine-kinderen-grote-kansen"', '<item identifier="ITEM-kleine-kinderen-grote-kansen" identifierref="RES-welkom"'),
        ),
      ),
  },
  'an item pointing to no resource': {
    rules: ['organization.item-resource'],
    run: () => check(manifest(P.good12, (t) => t.replace('identifierref="RES-transities"', 'identifierref="RES-weg"'))),
  },
  'an item launching an asset': {
    rules: ['organization.item-not-sco'],
    run: () => check(manifest(P.good12, (t) => t.replace(/(identifier="RES-welkom"[^>]*scormtype=")sco"/, '$1asset"'))),
  },
  'no SCO at all': {
    rules: ['organization.no-sco', 'organization.item-not-sco'],
    run: () => check(manifest(P.good12, (t) => t.replaceAll('scormtype="sco"', 'scormtype="asset"'))),
  },
  'a launch page missing from the zip': {
    rules: ['files.href-missing', 'files.file-missing'],
    run: () => check(mutate(P.good12, (files) => files.delete('welkom/index.html'))),
  },
  'a dependency the manifest lacks': {
    rules: ['files.dependency-missing'],
    run: () => check(manifest(P.good12, (t) => t.replaceAll('<dependency identifierref="RES-leerpad-runtime"/>', '<dependency identifierref="RES-weg"/>'))),
  },
  'unlisted and stray files': {
    rules: ['files.unlisted', 'files.stray'],
    run: () =>
      check(
        mutate(P.good12, (files) => {
          files.set('welkom/notities.txt', Buffer.from('x'));
          files.set('notities.txt', Buffer.from('x'));
        }),
      ),
  },
  'a schema file missing': { rules: ['manifest.schema-missing'], run: () => check(mutate(P.good04, (files) => files.delete('common/anyElement.xsd'))) },
  'an element the schemas do not allow': {
    rules: ['xsd.invalid'],
    run: () => check(manifest(P.good12, (t) => t.replace('<schemaversion>', '<bogus/>\n    <schemaversion>'))),
  },
  'many elements the schemas do not allow': {
    rules: ['xsd.invalid'],
    run: () => check(manifest(P.good12, (t) => t.replaceAll('isvisible="true"', 'isvisible="misschien"'))),
  },
  'schemas that cannot be read': { rules: ['xsd.unchecked'], run: () => check(P.good12, { schemasDir: path.join(ROOT, 'bestaat-niet') }) },
  'a damaged module.json': { rules: ['sco.module-json'], run: () => check(mutate(P.good12, (files) => files.set('welkom/module.json', Buffer.from('geen json')))) },
  'a SCO without module.json': { rules: ['sco.not-leerpad'], run: () => check(mutate(P.good12, (files) => files.delete('welkom/module.json'))) },
  'a module folder from the other edition': {
    rules: ['sco.edition'],
    run: () => check(mutate(P.good12, (files) => files.set('welkom/module.json', filesOf(P.good04).get('welkom/module.json')!))),
  },
  'a mastery score without a quiz (1.2)': {
    rules: ['mastery.without-quiz'],
    run: () =>
      check(manifest(P.mini12, (t) => t.replace(/(<item identifier="ITEM-start"[^>]*>\s*<title>[^<]*<\/title>)/, '$1<adlcp:masteryscore>80</adlcp:masteryscore>'))),
  },
  'a mastery score without a quiz (2004)': {
    rules: ['mastery.without-quiz'],
    run: () =>
      check(
        manifest(P.mini04, (t) =>
          t.replace(
            /(<item identifier="ITEM-start"[^>]*>\s*<title>[^<]*<\/title>)/,
            '$1<imsss:sequencing><imsss:objectives><imsss:primaryObjective satisfiedByMeasure="true"><imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure></imsss:primaryObjective></imsss:objectives></imsss:sequencing>',
          ),
        ),
      ),
  },
  'a mastery score over 100': {
    rules: ['mastery.invalid'],
    run: () => check(manifest(P.good12, (t) => t.replace('<adlcp:masteryscore>75<', '<adlcp:masteryscore>150<'))),
  },
  'a mastery score other than the pass mark': {
    rules: ['mastery.differs'],
    run: () => check(manifest(P.good04, (t) => t.replace('<imsss:minNormalizedMeasure>0.75<', '<imsss:minNormalizedMeasure>0.5<'))),
  },
  'a previous package that is no zip': { rules: ['identifiers.previous'], run: () => check(P.good12, { previous: new Uint8Array([1, 2, 3]) }) },
  'a previous package without manifest': {
    rules: ['identifiers.previous'],
    run: () => check(P.good12, { previous: mutate(P.good12, (files) => files.delete(MANIFEST)) }),
  },
  'identifiers renamed': {
    rules: ['identifiers.changed'],
    run: () =>
      check(
        manifest(P.good12, (t) =>
          t
            .replaceAll('"ITEM-transities"', '"ITEM-03-transities"')
            .replaceAll('"RES-transities"', '"RES-03-transities"')
            .replaceAll('ORG-kleine-kinderen-grote-kansen', 'ORG-andere'),
        ),
        { previous: P.good12 },
      ),
  },
  'modules left out': { rules: ['identifiers.removed'], run: () => check(P.welkom12, { previous: P.good12 }) },
  'an organization left out': {
    rules: ['identifiers.removed'],
    run: () =>
      check(P.good12, { previous: manifest(P.good12, (t) => t.replace('</organizations>', '<organization identifier="ORG-extra"><title>Extra</title></organization></organizations>')) }),
  },
  'duplicate interaction ids': {
    rules: ['interactions.duplicate-id'],
    run: () =>
      check(
        mutate(P.good04, (files) =>
          editJson<ScoPackage>(files, 'transities/module.json', (pkg) => {
            const quiz = blocksIn(pkg).find((b) => b.kind === 'quiz')!;
            if (quiz.kind === 'quiz') quiz.questions[1]!.id = quiz.questions[0]!.id;
          }),
        ),
      ),
  },
  'a bad interaction id and a long question': {
    rules: ['interactions.id-format', 'interactions.description-long'],
    run: () =>
      check(
        mutate(P.good04, (files) =>
          editJson<ScoPackage>(files, 'welkom/module.json', (pkg) => {
            const quiz = blocksIn(pkg).find((b) => b.kind === 'quiz')!;
            if (quiz.kind !== 'quiz') return;
            quiz.questions[0]!.id = 'vraag een';
            quiz.questions[1]!.promptHtml = `<p>${'Lange vraag. '.repeat(25)}</p>`;
          }),
        ),
      ),
  },
  'a long reflection prompt sent to the LMS': {
    rules: ['interactions.description-long'],
    run: () =>
      check(
        mutate(P.lms04, (files) =>
          editJson<ScoPackage>(files, 'welkom/module.json', (pkg) => {
            reflectionOf(pkg).promptText = 'Lange opdracht. '.repeat(20);
          }),
        ),
      ),
  },
  'one reflection too long for 1.2': {
    rules: ['state.suspend-data'],
    run: () =>
      check(
        mutate(P.lms12, (files) =>
          editJson<ScoPackage>(files, 'welkom/module.json', (pkg) => {
            reflectionOf(pkg).maxLength = 4000;
          }),
        ),
      ),
  },
  'three reflections together too long for 1.2': {
    rules: ['state.suspend-data'],
    run: () =>
      check(
        mutate(P.lms12, (files) =>
          editJson<ScoPackage>(files, 'welkom/module.json', (pkg) => {
            const r = reflectionOf(pkg);
            r.maxLength = 2500;
            pkg.module.sections[0]!.blocks.push({ ...r, id: 'r-welkom-twee' }, { ...r, id: 'r-welkom-drie' });
          }),
        ),
      ),
  },
  'checklist notes too long for 1.2': { rules: ['state.suspend-data'], run: () => check(withChecklistNotes(P.good12, 5000)) },
  'checklist notes too long for 2004': { rules: ['state.suspend-data'], run: () => check(withChecklistNotes(P.good04, 70_000)) },
  'a package over the quota': { rules: ['size.quota'], run: () => check(P.good12, { quotaMb: 0.5 }) },
  'SCORM 1.2 for Canvas': { rules: ['lms.canvas-scorm12'], run: () => check(P.good12, { lms: 'canvas' }) },
  'SCORM 2004 for Moodle': { rules: ['lms.moodle-scorm2004', 'lms.moodle-multi-sco-2004'], run: () => check(P.good04, { lms: 'moodle' }) },
  'several SCOs in 1.2 for Moodle': { rules: ['lms.moodle-multi-sco-12'], run: () => check(P.good12, { lms: 'moodle' }) },
  'the whole course as one 1.2 SCO': {
    rules: ['state.course-suspend-data'],
    run: () => check(build(COURSE_DIR, { edition: 'scorm12', packaging: 'course-sco' }).zip),
  },
  'a mastery score on a course SCO': {
    rules: ['mastery.course-sco'],
    run: () =>
      check(
        manifest(build(MINI_DIR, { edition: 'scorm12', packaging: 'course-sco' }).zip, (t) =>
          t.replace('<title>Mini</title>\n        </item>', '<title>Mini</title>\n          <adlcp:masteryscore>75</adlcp:masteryscore>\n        </item>'),
        ),
      ),
  },
  'a course with errors': { rules: ['course.invalid'], run: () => preflightCourseDir(path.join(INVALID, 'no-correct-answer'), { ...DIRS }) },
};

// ---------------------------------------------------------------------------------------------

describe('preflight finding texts', () => {
  const produced = new Map<string, Finding[]>();
  let findings: Finding[] = [];
  let course: Finding[] = [];

  beforeAll(async () => {
    P = {
      good12: build(COURSE_DIR, { edition: 'scorm12' }).zip,
      good04: build(COURSE_DIR, { edition: 'scorm2004' }).zip,
      lms12: build(COURSE_DIR, { edition: 'scorm12', reflections: 'lms' }).zip,
      lms04: build(COURSE_DIR, { edition: 'scorm2004', reflections: 'lms' }).zip,
      mini12: build(MINI_DIR, { edition: 'scorm12' }).zip,
      mini04: build(MINI_DIR, { edition: 'scorm2004' }).zip,
      welkom12: build(COURSE_DIR, { edition: 'scorm12', modules: ['welkom'] }).zip,
    };
    for (const [name, s] of Object.entries(SCENARIOS)) produced.set(name, await s.run());
    // The real course, reflections sent to the LMS: in 1.2 every module gets a note.
    // One SCO per module (for an LMS with full SCORM navigation: Moodle gets a multi-SCO warning), so each note names its reflection alone.
    course = await preflightCourseDir(COURSE_DIR, { ...DIRS, edition: 'scorm12', reflections: 'lms', lms: 'generic', packaging: 'sco-per-module' });
    findings = [...[...produced.values()].flat(), ...course];
  }, 180_000);

  it('produces what each scenario is about', () => {
    for (const [name, s] of Object.entries(SCENARIOS)) {
      const rules = produced.get(name)!.map((f) => f.rule);
      for (const rule of s.rules) expect(rules, `scenario '${name}'`).toContain(rule);
    }
    expect(course.length).toBeGreaterThan(0);
    expect(course.every((f) => f.severity === 'info' && f.rule === 'interactions.reflection-truncated'), JSON.stringify(course)).toBe(true);
  });

  it('produces every code and every variant of a text in the catalogue with a real finding', () => {
    const rules = new Set(findings.map((f) => f.rule));
    for (const code of CODES) expect(rules.has(code), `no scenario produces ${code}: add one to SCENARIOS`).toBe(true);
    for (const [code, entry] of Object.entries(preflightMessages)) {
      for (const key of [...variantKeys(entry.en), ...variantKeys('cli' in entry ? entry.cli : {})]) {
        const used = findings.some((f) => f.rule === code && variantOf(f) === variantName(key));
        expect(used, `${code} ${key}: no scenario produces it`).toBe(true);
      }
    }
    for (const code of Object.keys(PREFLIGHT_VARIANT_PARAM)) expect(CODES, `PREFLIGHT_VARIANT_PARAM names '${code}'`).toContain(code);
  });

  it('fills in every param of every text, in Dutch, in English and on the command line', () => {
    for (const f of findings) {
      const label = `${f.rule} ${JSON.stringify(f.params)}`;
      for (const text of [...LANGUAGES.map((language) => findingTextIn(f, language)), { message: f.message, fix: f.fix }]) {
        expect(text.message, label).not.toContain('{{');
        expect(text.fix, label).not.toContain('{{');
        expect(text.message.trim(), label).not.toBe('');
        expect(text.fix.trim(), label).not.toBe('');
      }
      expect(findingTextIn(f, 'nl').message, label).not.toBe(f.message);
    }
  });

  it("names command-line options on the command line and the Export screen's choices in the app", () => {
    const multi = findings.find((f) => f.rule === 'lms.moodle-multi-sco-12')!;
    expect(multi.fix).toContain('--packaging course-sco');
    expect(findingTextIn(multi, 'en').fix).toContain("Under 'How should the package be laid out?'");
    expect(findingTextIn(multi, 'nl').fix).toContain("Kies bij 'Hoe moet het pakket eruitzien?'");
    const reflection = findings.find((f) => f.rule === 'state.suspend-data' && variantOf(f) === 'reflection')!;
    expect(reflection.fix).toMatch(/^Lower max= of reflection 'r-welkom-vertrekpunt' in modules\/01-welkom\.md to at most \d+, or export with --reflections private\.$/);
    expect(findingTextIn(reflection, 'en').fix).toContain("choose 'Keep private'");
  });

  it('reads as Dutch for lecturers', () => {
    const first = (rule: string, variant?: string) => findings.find((f) => f.rule === rule && (variant === undefined || variantOf(f) === variant))!;
    const text = (rule: string, variant?: string) => findingTextIn(first(rule, variant), 'nl');

    const truncated = course.find((f) => f.item === 'r-welkom-vertrekpunt')!;
    expect(findingTextIn(truncated, 'nl')).toEqual({
      message: `In SCORM 1.2 bewaart het LMS van reflectie 'r-welkom-vertrekpunt' (max. ${truncated.params!.max} tekens) alleen de eerste 255 tekens als antwoord; de volledige tekst blijft in de voortgang van de student.`,
      fix: 'Niets te doen als dat volstaat; exporteer SCORM 2004 om volledige reflecties in de rapporten te zien.',
    });
    expect(text('size.quota').message).toMatch(
      /^Het pakket is \d+(,\d)? MB en pakt uit tot \d+(,\d)? MB; het LMS bewaart beide, samen ongeveer \d+(,\d)? MB, meer dan de opslaglimiet van de cursus \(0,5 MB\)\.$/,
    );
    expect(text('zip.path', 'parent').message).toBe("'../buiten.txt' in de zip verwijst met '..' naar een plaats buiten de pakketmap.");
    expect(text('findings.more').message).toBe("… en nog 5 bevindingen van 'files.stray'.");
    expect(text('manifest.at-root', 'nested')).toEqual({
      message: "imsmanifest.xml staat in 'pakket/imsmanifest.xml' en niet in de hoofdmap van de zip: Moodle weigert het pakket.",
      fix: "Zip de inhoud van 'pakket/' en niet de map zelf, of exporteer opnieuw met Leerpad.",
    });
    expect(text('identifiers.changed', 'item').message).toBe(
      "Het item 'ITEM-transities' heet nu 'ITEM-03-transities': als je het pakket in Moodle bijwerkt, verliest Moodle de voortgang die studenten daarin hadden.",
    );
    expect(text('state.suspend-data', 'reflection').fix).toMatch(
      /^Verlaag max= van reflectie 'r-welkom-vertrekpunt' in modules\/01-welkom\.md tot hoogstens \d+, of kies bij 'Reflecties van studenten' voor 'Privé houden'\.$/,
    );
    expect(text('mastery.without-quiz', 'scorm12').fix).toBe(
      "Haal <adlcp:masteryscore> weg bij 'ITEM-start' (Leerpad schrijft er alleen een voor modules met een toets).",
    );
    expect(text('lms.canvas-scorm12').fix).toBe('Exporteer ook een SCORM 2004-pakket en probeer dat eerst in Canvas.');
  });

  it("shows a finding's own English for a code the catalogue does not have (a newer core)", () => {
    const future = { severity: 'warning' as const, rule: 'future.rule', message: 'Something new is off.', fix: 'Fix it.' };
    expect(findingTextIn(future, 'nl')).toEqual({ message: 'Something new is off.', fix: 'Fix it.' });
  });
});

describe('the compiler guards the catalogue', () => {
  it('refuses an entry without Dutch, a Dutch text lacking a variant, a fix for the command line the app lacks, and a wrong param', () => {
    const ok = definePreflightMessages({ 'x.y': { en: { message: 'a {{n}}', hint: 'b' }, nl: { message: 'a {{n}}', hint: 'b' } } });
    // @ts-expect-error: no Dutch text
    definePreflightMessages({ 'x.y': { en: { message: 'a', hint: 'b' } } });
    // @ts-expect-error: the Dutch text lacks the variant message_other
    definePreflightMessages({ 'x.y': { en: { message: 'a', hint: 'b', message_other: 'c' }, nl: { message: 'a', hint: 'b' } } });
    // @ts-expect-error: a command-line text for a variant the app's English does not have
    definePreflightMessages({ 'x.y': { en: { message: 'a', hint: 'b' }, nl: { message: 'a', hint: 'b' }, cli: { hint_other: 'c' } } });
    // @ts-expect-error: sco.edition needs built and packaged too
    const missing = () => finding('error', 'sco.edition', 'welkom', { module: 'welkom' });
    // @ts-expect-error: no such code
    const unknown = () => finding('error', 'sco.editoin', 'welkom', { module: 'welkom', built: 'SCORM 1.2', packaged: 'SCORM 2004' });
    expect(Object.keys(ok)).toEqual(['x.y']);
    expect([missing, unknown].every((f) => typeof f === 'function')).toBe(true);
    expect(finding('error', 'sco.edition', 'welkom', { module: 'welkom', built: 'SCORM 1.2', packaged: 'SCORM 2004' }).message).toBe(
      "The SCO 'welkom' was built for SCORM 1.2 but the package is SCORM 2004: it looks for the wrong API and records nothing.",
    );
  });
});
