// @vitest-environment happy-dom
// Type-checked with tsconfig.cross.json (DOM and Node): it reads the preflight's source and runs the
// preflight on real packages, then renders the Export screen's summary.
import path from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ExportResult, ReflectionBlock, ScoPackage } from '../../../../electron/core/contract';
import { preflightCourseDir, preflightZip, type Finding, type PreflightOptions } from '../../../../electron/core/scorm/preflight';
import { i18next, initI18n } from '../../../../renderer/app/i18n';
import { findingText, preflightEn, preflightNl, VARIANT_PARAM, variantOf, type FindingTemplate } from '../../../../renderer/app/i18n/preflight';
import { ExportSummary } from '../../../../renderer/app/screens/export/ExportSummary';
import { isPlainString, literals, scanCalls } from '../../../helpers/source-calls';
import { blocksIn, build, COURSE_DIR, DIRS, editJson, editText, filesOf, MINI_DIR, mutate } from '../../../helpers/core/scorm/packages';
import { deflatedZeros, rawZip, type RawEntry } from '../../../helpers/core/scorm/raw-zip';

const ROOT = path.resolve(__dirname, '../../../..');
const PREFLIGHT_SRC = path.join(ROOT, 'electron/core/scorm/preflight');
const INVALID = path.join(ROOT, 'tests/fixtures/courses/invalid');

const LANGUAGES: [string, Record<string, FindingTemplate>][] = [
  ['nl-BE', preflightNl],
  ['en', preflightEn],
];

// ---------------------------------------------------------------------------------------------
// Reading the preflight's source: every `finding(` call is one place that emits a finding:
// `finding(severity, rule, item, message, fix, params?)`.

const SCAN = scanCalls({
  dir: PREFLIGHT_SRC,
  root: ROOT,
  call: /(?<![\w$.])finding\s*\(/g,
  codeName: 'rule',
  codeArg: 1,
  paramsArg: 5,
  checkFile(src, file, rel) {
    // A finding made without finding() would escape this scan (and its params this check).
    if (!file.endsWith(`${path.sep}finding.ts`) && /\brule\s*:/.test(src)) throw new Error(`${rel}: make findings with finding(), not as object literals`);
  },
  checkWithoutParams(where, rules, args) {
    // A message or fix built from values must hand those values to the UI as params.
    if (!isPlainString(args[3] ?? '') || !isPlainString(args[4] ?? '')) {
      throw new Error(`${where}: the message or fix of '${rules.join("' / '")}' is built from values, but the finding has no params`);
    }
  },
});
const { sites: SITES, codes: RULES, sitesOf } = SCAN;

/** The `{{param}}` names a template uses, also with a format (`{{size, number}}`). */
const placeholders = (template: string) => [...template.matchAll(/\{\{\s*([^\s,}]+)[^}]*\}\}/g)].map((m) => m[1]!);

const variantKeys = (t: FindingTemplate) => Object.keys(t).filter((k) => k !== 'message' && k !== 'fix');
const variantName = (key: string) => key.replace(/^(message|fix)_/, '');

// ---------------------------------------------------------------------------------------------
// Real findings: the preflight run on good packages changed the way the core fixtures do
// (tests/unit/core/scorm/preflight-fixtures.test.ts), one scenario per situation.

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
  it('finds the rules in the preflight source', () => {
    expect(SCAN.error).toBeUndefined();
    expect(SITES.length).toBeGreaterThan(40);
    expect(RULES).toContain('interactions.reflection-truncated');
    expect(RULES).toContain('identifiers.removed'); // written in a ternary
    expect(RULES).toContain('zip.unreadable'); // written on one line
  });

  it('has a Dutch and an English message and fix for every rule the preflight can emit, and none for others', () => {
    for (const rule of RULES) {
      for (const [lang, templates] of LANGUAGES) {
        const template = templates[rule];
        expect(template, `${lang} ${rule}`).toBeDefined();
        expect(template?.message.trim(), `${lang} ${rule} message`).not.toBe('');
        expect(template?.fix.trim(), `${lang} ${rule} fix`).not.toBe('');
      }
    }
    expect(Object.keys(preflightNl).sort()).toEqual(RULES);
    expect(Object.keys(preflightEn).sort()).toEqual(RULES);
  });

  it('has the same variants in Dutch and English', () => {
    for (const rule of RULES) {
      expect(variantKeys(preflightEn[rule as keyof typeof preflightEn]).sort(), rule).toEqual(
        variantKeys(preflightNl[rule as keyof typeof preflightNl]).sort(),
      );
    }
    for (const rule of Object.keys(VARIANT_PARAM)) expect(RULES, `VARIANT_PARAM names '${rule}'`).toContain(rule);
  });

  it('uses only params that every place emitting the rule fills in', () => {
    for (const rule of RULES) {
      const sites = sitesOf(rule);
      const always = [...sites[0]!.keys].filter((k) => sites.every((s) => s.keys.has(k)));
      for (const [lang, templates] of LANGUAGES) {
        const template = templates[rule]!;
        for (const part of ['message', 'fix'] as const) {
          for (const p of placeholders(template[part])) {
            expect(always, `${lang} ${rule} ${part} uses {{${p}}}; ${sites.map((s) => s.where).join(', ')}`).toContain(p);
          }
        }
        const variants = variantKeys(template);
        if (variants.length === 0) continue;
        const param = VARIANT_PARAM[rule];
        expect(param, `${rule} has variants but no VARIANT_PARAM`).toBeDefined();
        for (const s of sites) expect([...s.keys], `${s.where} must fill in '${param}'`).toContain(param);
        for (const key of variants) {
          const value = variantName(key);
          // A site can pick this variant when it writes the value literally, or computes it.
          const picking = sites.filter((s) => {
            const values = literals(s.values.get(param!) ?? '');
            return values.length === 0 || values.includes(value);
          });
          expect(picking.length, `${lang} ${rule}: no place in the preflight emits ${param}='${value}'`).toBeGreaterThan(0);
          for (const p of placeholders(template[key as `message_${string}`]!)) {
            for (const s of picking) expect([...s.keys, ...s.optional], `${lang} ${rule} ${key} uses {{${p}}}; ${s.where}`).toContain(p);
          }
        }
      }
    }
  });

  describe('for real findings', () => {
    const produced = new Map<string, Finding[]>();
    let findings: Finding[] = [];
    let course: Finding[] = [];

    beforeAll(async () => {
      await initI18n('nl-BE');
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
    afterEach(async () => {
      await i18next.changeLanguage('nl-BE');
    });

    it('produces what each scenario is about', () => {
      for (const [name, s] of Object.entries(SCENARIOS)) {
        const rules = produced.get(name)!.map((f) => f.rule);
        for (const rule of s.rules) expect(rules, `scenario '${name}'`).toContain(rule);
      }
      expect(course.length).toBeGreaterThan(0);
      expect(course.every((f) => f.severity === 'info' && f.rule === 'interactions.reflection-truncated'), JSON.stringify(course)).toBe(true);
    });

    it('renders every template with all its params filled in', async () => {
      for (const [lang, templates] of LANGUAGES) {
        await i18next.changeLanguage(lang);
        for (const f of findings) {
          const label = `${lang} ${f.rule} ${JSON.stringify(f.params)}`;
          expect(RULES, `${f.rule} was not found in the preflight source`).toContain(f.rule);
          const template = templates[f.rule];
          expect(template, label).toBeDefined();
          const variant = variantOf(f);
          const chosen = [template![`message_${variant}`] ?? template!.message, template![`fix_${variant}`] ?? template!.fix];
          for (const p of chosen.flatMap(placeholders)) expect(Object.keys(f.params ?? {}), `${label} uses {{${p}}}`).toContain(p);

          const { message, fix } = findingText(i18next, f);
          expect(message, label).not.toContain('{{');
          expect(fix, label).not.toContain('{{');
          expect(message.trim(), label).not.toBe('');
          expect(fix.trim(), label).not.toBe('');
          if (lang === 'nl-BE') {
            expect(message, label).not.toBe(f.message);
            expect(fix, label).not.toBe(f.fix);
          }
        }
      }
    });

    it('produces every rule and every variant of a text with a real finding', () => {
      const rules = new Set(findings.map((f) => f.rule));
      for (const rule of RULES) expect(rules.has(rule), `no scenario produces ${rule}: add one to SCENARIOS`).toBe(true);
      for (const [lang, templates] of LANGUAGES) {
        for (const [rule, template] of Object.entries(templates)) {
          for (const key of variantKeys(template)) {
            const used = findings.some((f) => f.rule === rule && variantOf(f) === variantName(key));
            expect(used, `${lang} ${rule} ${key}: no scenario produces it`).toBe(true);
          }
        }
      }
    });

    it('reads as Dutch for lecturers', () => {
      const first = (rule: string, variant?: string) => findings.find((f) => f.rule === rule && (variant === undefined || variantOf(f) === variant))!;
      const text = (rule: string, variant?: string) => findingText(i18next, first(rule, variant));

      const truncated = course.find((f) => f.item === 'r-welkom-vertrekpunt')!;
      expect(findingText(i18next, truncated)).toEqual({
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
  });
});

describe('ExportSummary', () => {
  beforeAll(async () => {
    await initI18n('nl-BE');
  });
  afterEach(async () => {
    cleanup();
    await i18next.changeLanguage('nl-BE');
  });

  const result = (findings: ExportResult['findings']): ExportResult => ({
    written: true,
    fileName: 'kleine-kinderen-grote-kansen-scorm12.zip',
    bytes: 2_500_000,
    path: null,
    downloadUrl: './exports/kleine-kinderen-grote-kansen-scorm12.zip',
    findings,
    packaging: 'course-sco',
    guide: null,
  });
  const truncated: ExportResult['findings'][number] = {
    severity: 'info',
    rule: 'interactions.reflection-truncated',
    item: 'r-x',
    message: "In SCORM 1.2 the LMS's interaction record of reflection 'r-x' (max=1200) keeps only the first 255 characters; the full text stays in suspend_data.",
    fix: 'Nothing to do if that is acceptable; export SCORM 2004 to keep whole reflections in the interaction reports.',
    params: { reflection: 'r-x', max: 1200, kept: 255 },
  };
  const future: ExportResult['findings'][number] = { severity: 'warning', rule: 'future.rule', message: 'Something new is off.', fix: 'Fix it.' };

  it('shows a finding in Dutch', () => {
    render(createElement(ExportSummary, { result: result([truncated]) }));
    const item = screen.getByText(/alleen de eerste 255 tekens/).closest('li')!;
    expect(item.textContent).toBe(
      "Info r-x In SCORM 1.2 bewaart het LMS van reflectie 'r-x' (max. 1200 tekens) alleen de eerste 255 tekens als antwoord; de volledige tekst blijft in de voortgang van de student." +
        'Oplossing: Niets te doen als dat volstaat; exporteer SCORM 2004 om volledige reflecties in de rapporten te zien.',
    );
    expect(screen.queryByText(/suspend_data/)).toBeNull();
  });

  it("falls back to the finding's own text for a rule without a translation", () => {
    render(createElement(ExportSummary, { result: result([truncated, future]) }));
    expect(screen.getByText(/Something new is off/).closest('li')!.textContent).toBe('Let op  Something new is off.Oplossing: Fix it.');
  });

  it('shows the findings in English when the UI is English', async () => {
    await i18next.changeLanguage('en');
    render(createElement(ExportSummary, { result: result([truncated]) }));
    expect(screen.getByText(/keeps only the first 255 characters/).closest('li')!.textContent).toContain(
      "In SCORM 1.2 the LMS keeps only the first 255 characters of reflection 'r-x' (max. 1200 characters) as its answer; the full text stays in the student's progress.",
    );
  });
});
