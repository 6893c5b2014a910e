import { describe, expect, it } from 'vitest';
import { preflightZip, type Finding, type PreflightOptions } from '../../../../electron/core/scorm/preflight';
import type { ScoPackage } from '../../../../electron/core/contract';
import { blocksIn, build, COURSE_DIR, DIRS, editJson, editText, errorsOf, filesOf, MINI_DIR, mutate } from '../../../helpers/core/scorm/packages';

const options: PreflightOptions = { schemasDir: DIRS.schemasDir };
const good12 = build(COURSE_DIR, { edition: 'scorm12' }).zip;
const good04 = build(COURSE_DIR, { edition: 'scorm2004' }).zip;
const MANIFEST = 'imsmanifest.xml';

/** The one finding of `rule`, checked for severity, item and a fix that says what to do. */
function expectFinding(findings: Finding[], rule: string, severity: Finding['severity'], item: string | undefined, fix: RegExp): Finding {
  const hits = findings.filter((f) => f.rule === rule);
  expect(hits, `${rule} in ${JSON.stringify(findings.map((f) => f.rule))}`).toHaveLength(1);
  const f = hits[0]!;
  expect(f.severity).toBe(severity);
  expect(f.item).toEqual(item);
  expect(f.message.length).toBeGreaterThan(20);
  expect(f.fix).toMatch(fix);
  return f;
}

describe('preflight fixtures (a good package, mutated)', () => {
  it('the good packages have no findings at all', async () => {
    expect(await preflightZip(good12, options)).toEqual([]);
    expect(await preflightZip(good04, options)).toEqual([]);
  });

  it('manifest in a subfolder: Moodle\'s "not in the root of your zip"', async () => {
    const zip = mutate(good12, (files) => {
      for (const [name, body] of [...files]) {
        files.delete(name);
        files.set(`pakket/${name}`, body);
      }
    });
    const findings = await preflightZip(zip, options);
    const f = expectFinding(findings, 'manifest.at-root', 'error', 'pakket/imsmanifest.xml', /Zip the contents of 'pakket\/'/);
    expect(f.message).toContain('not in the root of your zip');
  });

  it('no manifest at all: "missing imsmanifest.xml"', async () => {
    const findings = await preflightZip(mutate(good12, (files) => files.delete(MANIFEST)), options);
    expect(expectFinding(findings, 'manifest.at-root', 'error', MANIFEST, /imsmanifest\.xml/).message).toContain('missing imsmanifest.xml');
  });

  it('a manifest that is not well-formed', async () => {
    const zip = mutate(good12, (files) => editText(files, MANIFEST, (t) => t.replace('</organizations>', '')));
    expectFinding(await preflightZip(zip, options), 'manifest.well-formed', 'error', expect.stringMatching(/^imsmanifest\.xml:\d+$/) as never, /Export the package again/);
  });

  it('a schemaversion Moodle does not recognise', async () => {
    const zip = mutate(good04, (files) => editText(files, MANIFEST, (t) => t.replace('2004 4th Edition', '2004 4th edition')));
    const f = expectFinding(await preflightZip(zip, options), 'manifest.schemaversion', 'error', "schemaversion: '2004 4th edition'", /<schemaversion>2004 4th Edition<\/schemaversion>/);
    expect(f.message).toContain('falls back to SCORM 1.2');
  });

  it('two top-level items', async () => {
    const zip = mutate(good12, (files) =>
      editText(files, MANIFEST, (t) => t.replace('</organization>', '<item identifier="ITEM-extra"><title>Extra</title></item></organization>')),
    );
    expectFinding(await preflightZip(zip, options), 'organization.single-root', 'error', 'ORG-kleine-kinderen-grote-kansen', /one root <item>/);
  });

  it('a launchable root item', async () => {
    const zip = mutate(good04, (files) =>
      editText(files, MANIFEST, (t) => t.replace('<item identifier="ITEM-kleine-kinderen-grote-kansen"', '<item identifier="ITEM-kleine-kinderen-grote-kansen" identifierref="RES-welkom"')),
    );
    expectFinding(await preflightZip(zip, options), 'organization.root-launchable', 'error', 'ITEM-kleine-kinderen-grote-kansen', /Remove identifierref/);
  });

  it('a launch page missing from the zip', async () => {
    const findings = await preflightZip(mutate(good12, (files) => files.delete('welkom/index.html')), options);
    expectFinding(findings, 'files.href-missing', 'error', 'welkom/index.html', /put the file back or correct the href/);
    expectFinding(findings, 'files.file-missing', 'error', 'welkom/index.html', /remove the <file> entry/);
  });

  it('a file in a SCO folder that its resource does not list', async () => {
    const zip = mutate(good12, (files) => files.set('welkom/notities.txt', Buffer.from('x')));
    expectFinding(await preflightZip(zip, options), 'files.unlisted', 'error', 'welkom/notities.txt', /<file href="welkom\/notities\.txt"\/> in 'RES-welkom'/);
  });

  it('suspend_data over 4096 in 1.2 when a reflection of huge max goes to the LMS', async () => {
    const lms12 = build(COURSE_DIR, { edition: 'scorm12', reflections: 'lms' }).zip;
    expect(errorsOf(await preflightZip(lms12, options))).toEqual([]);
    const zip = mutate(lms12, (files) =>
      editJson<ScoPackage>(files, 'welkom/module.json', (pkg) => {
        const reflection = blocksIn(pkg).find((b) => b.kind === 'reflection')!;
        if (reflection.kind === 'reflection') reflection.maxLength = 4000;
      }),
    );
    const f = expectFinding(await preflightZip(zip, options), 'state.suspend-data', 'error', 'welkom', /Lower max= of reflection 'r-welkom-vertrekpunt' in modules\/01-welkom\.md to at most \d+, or export with --reflections private/);
    expect(f.message).toMatch(/'welkom' can need \d{4} characters/);
    expect(f.message).toContain("'r-welkom-vertrekpunt' (max=4000)");
  });

  it('duplicate interaction ids in one SCO', async () => {
    const zip = mutate(good04, (files) =>
      editJson<ScoPackage>(files, 'transities/module.json', (pkg) => {
        const quiz = blocksIn(pkg).find((b) => b.kind === 'quiz')!;
        if (quiz.kind === 'quiz') quiz.questions[1]!.id = quiz.questions[0]!.id;
      }),
    );
    const findings = await preflightZip(zip, options);
    const f = expectFinding(findings, 'interactions.duplicate-id', 'error', expect.stringMatching(/^q-transities/) as never, /an id of its own/);
    expect(f.message).toContain("'transities'");
  });

  it('interaction ids the LMS refuses, and question texts 2004 cuts at 250 characters', async () => {
    const zip = mutate(good04, (files) =>
      editJson<ScoPackage>(files, 'welkom/module.json', (pkg) => {
        const quiz = blocksIn(pkg).find((b) => b.kind === 'quiz')!;
        if (quiz.kind !== 'quiz') return;
        quiz.questions[0]!.id = 'vraag een';
        quiz.questions[1]!.promptHtml = `<p>${'Lange vraag. '.repeat(25)}</p>`;
      }),
    );
    const findings = await preflightZip(zip, options);
    expectFinding(findings, 'interactions.id-format', 'error', 'vraag een', /lowercase letters, digits and hyphens in modules\/01-welkom\.md/);
    const long = expectFinding(findings, 'interactions.description-long', 'warning', expect.stringMatching(/^q-welkom/) as never, /at most 250 characters/);
    expect(long.message).toContain('cut off');
  });

  it('schema files the manifest references but the zip lacks, and stray files', async () => {
    const zip = mutate(good04, (files) => {
      files.delete('common/anyElement.xsd');
      files.set('notities.txt', Buffer.from('x'));
    });
    const findings = await preflightZip(zip, options);
    const missing = expectFinding(findings, 'manifest.schema-missing', 'error', 'common/anyElement.xsd', /official schema/);
    expect(missing.message).toContain('lom.xsd references');
    expectFinding(findings, 'files.stray', 'warning', 'notities.txt', /Remove it from the zip/);
  });

  it('a mastery score on a module without a quiz', async () => {
    const mini = build(MINI_DIR, { edition: 'scorm12' }).zip;
    expect(await preflightZip(mini, options)).toEqual([]);
    const zip = mutate(mini, (files) =>
      editText(files, MANIFEST, (t) => t.replace(/(<item identifier="ITEM-start"[^>]*>\s*<title>[^<]*<\/title>)/, '$1<adlcp:masteryscore>80</adlcp:masteryscore>')),
    );
    const f = expectFinding(await preflightZip(zip, options), 'mastery.without-quiz', 'error', 'ITEM-start', /Remove <adlcp:masteryscore> from 'ITEM-start'/);
    expect(f.message).toContain('Mastery score overrides status');
  });

  it('a mastery score that differs from the quiz pass mark', async () => {
    const zip = mutate(good04, (files) => editText(files, MANIFEST, (t) => t.replace('<imsss:minNormalizedMeasure>0.75<', '<imsss:minNormalizedMeasure>0.5<')));
    expectFinding(await preflightZip(zip, options), 'mastery.differs', 'error', 'ITEM-welkom', /--mastery/);
  });

  it('identifiers changed or removed against the previous package', async () => {
    const renamed = mutate(good12, (files) => editText(files, MANIFEST, (t) => t.replaceAll('"ITEM-transities"', '"ITEM-03-transities"')));
    const changed = await preflightZip(renamed, { ...options, previous: good12 });
    const f = expectFinding(changed, 'identifiers.changed', 'error', 'ITEM-transities', /Keep the identifier 'ITEM-transities'/);
    expect(f.message).toContain("Moodle loses the students' progress in it");

    const subset = build(COURSE_DIR, { edition: 'scorm12', modules: ['welkom'] }).zip;
    const removed = (await preflightZip(subset, { ...options, previous: good12 })).filter((x) => x.rule === 'identifiers.removed');
    expect(removed.map((x) => x.item)).toContain('ITEM-transities');
    expect(removed.map((x) => x.item)).toContain('RES-transities');
    expect(await preflightZip(good12, { ...options, previous: good12 })).toEqual([]);
  });

  it('a manifest the XSDs reject', async () => {
    const zip = mutate(good12, (files) => editText(files, MANIFEST, (t) => t.replace('<schemaversion>', '<bogus/>\n    <schemaversion>')));
    const f = expectFinding(await preflightZip(zip, options), 'xsd.invalid', 'error', 'imsmanifest.xml:5', /correct it at that line/);
    expect(f.message).toContain('bogus');
  });

  it('a package over the course quota', async () => {
    const f = expectFinding(await preflightZip(good12, { ...options, quotaMb: 0.5 }), 'size.quota', 'warning', expect.stringMatching(/MB$/) as never, /--modules/);
    expect(f.message).toContain("course's storage limit (0.5 MB)");
  });

  it('Canvas with 1.2: export 2004 too; Moodle with 2004: 1.2 is safest', async () => {
    const canvas = await preflightZip(good12, { ...options, lms: 'canvas' });
    expect(expectFinding(canvas, 'lms.canvas-scorm12', 'warning', undefined, /--format scorm2004/).message).toContain('1.2 packages blank in Canvas');
    const moodle = await preflightZip(good04, { ...options, lms: 'moodle' });
    expect(expectFinding(moodle, 'lms.moodle-scorm2004', 'info', undefined, /SCORM 1\.2/).message).toContain('partial');
    expect(await preflightZip(good04, { ...options, lms: 'canvas' })).toEqual([]);
  });

  it('namespace prefixes Moodle would not read, and numeric character references', async () => {
    const zip = mutate(good12, (files) =>
      editText(files, MANIFEST, (t) => t.replaceAll('adlcp:', 'cp:').replace('xmlns:adlcp=', 'xmlns:cp=').replace('<title>Welkom bij', '<title>&#87;elkom bij')),
    );
    const findings = await preflightZip(zip, options);
    expectFinding(findings, 'manifest.prefix', 'error', 'xmlns:cp', /xmlns:adlcp=/);
    expectFinding(findings, 'manifest.numeric-entity', 'warning', '&#87;', /character itself/);
  });

  it('a module folder from the other edition', async () => {
    const moduleJson04 = filesOf(good04).get('welkom/module.json')!;
    const zip = mutate(good12, (files) => files.set('welkom/module.json', moduleJson04));
    expectFinding(await preflightZip(zip, options), 'sco.edition', 'error', 'welkom', /one SCORM version/);
  });

  it('a damaged zip', async () => {
    expectFinding(await preflightZip(new Uint8Array([80, 75, 3, 4, 1, 2, 3]), options), 'zip.unreadable', 'error', undefined, /Export the package again/);
  });
});
