// The preflight's texts from the one catalogue (electron/shared/messages/preflight): the compiler
// checks that every code has Dutch and English and that each place emitting a code fills in its
// params; these tests run the preflight on real packages and read what a lecturer reads.
import { beforeAll, describe, expect, it } from 'vitest';
import { preflightCourseDir, type Finding } from '../../../../electron/core/scorm/preflight';
import { finding } from '../../../../electron/core/scorm/preflight/finding';
import type { CatalogueLanguage } from '../../../../electron/shared/messages/define';
import { findingTextIn, PREFLIGHT_VARIANT_PARAM, preflightMessages } from '../../../../electron/shared/messages/preflight';
import { definePreflightMessages } from '../../../../electron/shared/messages/preflight/define';
import { COURSE_DIR, DIRS } from '../../../helpers/core/scorm/packages';
import { buildScenarioPackages, SCENARIOS } from '../../../helpers/core/scorm/preflight-scenarios';
const LANGUAGES: CatalogueLanguage[] = ['nl', 'en'];
const CODES = Object.keys(preflightMessages).sort();

const variantOf = (f: Finding) => {
  const param = PREFLIGHT_VARIANT_PARAM[f.rule];
  const value = param === undefined ? undefined : f.params?.[param];
  return value === undefined ? undefined : String(value);
};
const variantKeys = (texts: object) => Object.keys(texts).filter((k) => k !== 'message' && k !== 'hint');
const variantName = (key: string) => key.replace(/^(message|hint)_/, '');

// ---------------------------------------------------------------------------------------------

describe('preflight finding texts', () => {
  const produced = new Map<string, Finding[]>();
  let findings: Finding[] = [];
  let course: Finding[] = [];

  beforeAll(async () => {
    buildScenarioPackages();
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
      fix: "Zip de inhoud van 'pakket/' en niet de map zelf, of exporteer opnieuw met het programma dat het pakket maakte.",
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
