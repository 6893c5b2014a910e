import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CourseScoPackage } from '../../../../electron/core/contract';
import { buildPackage } from '../../../../electron/core/scorm/package-build';
import { preflightZip, type Finding } from '../../../../electron/core/scorm/preflight';
import { tempDir } from '../../../helpers/temp';
import { build, course, COURSE_DIR, DIRS, editJson, editText, errorsOf, exportOf, MINI_DIR, mutate } from '../../../helpers/core/scorm/packages';

const courseSco = (dir: string, edition: 'scorm12' | 'scorm2004') => buildPackage(course(dir), dir, { edition, packaging: 'course-sco' }, DIRS).zip;
const rules = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.rule}`);

describe('preflight: several SCOs for Moodle', () => {
  const multi = (edition: 'scorm12' | 'scorm2004') => build(MINI_DIR, { edition }).zip;

  it('refuses one SCO per module in SCORM 2004: Moodle keeps only the first SCO opened per visit', async () => {
    const findings = await preflightZip(multi('scorm2004'), { ...DIRS, lms: 'moodle' });
    const [f] = findings.filter((x) => x.rule === 'lms.moodle-multi-sco-2004');
    expect(f).toMatchObject({ severity: 'error', params: { scos: 2 } });
    expect(f!.message).toContain('error 104');
    expect(f!.fix).toContain('--packaging course-sco');
    expect(f!.fix).toContain('--packaging package-per-module');
  });

  it('warns for one SCO per module in SCORM 1.2: re-opening a module in the same visit fails', async () => {
    const findings = await preflightZip(multi('scorm12'), { ...DIRS, lms: 'moodle' });
    expect(rules(findings)).toEqual(['warning lms.moodle-multi-sco-12']);
  });

  it('has nothing to say about several SCOs for other LMSs, nor about a course SCO for Moodle', async () => {
    expect(rules(await preflightZip(multi('scorm2004'), { ...DIRS, lms: 'canvas' }))).toEqual([]);
    expect(rules(await preflightZip(multi('scorm2004'), { ...DIRS, lms: 'generic' }))).toEqual([]);
    expect(rules(await preflightZip(courseSco(MINI_DIR, 'scorm12'), { ...DIRS, lms: 'moodle' }))).toEqual([]);
  });

  it('makes export refuse the 2004 layout for Moodle, with the packaging to choose instead', async () => {
    const refused = await exportOf(MINI_DIR, { edition: 'scorm2004', lms: 'moodle', packaging: 'sco-per-module' }, (fileName) => path.join(tempDir(), fileName));
    expect(refused.file).toBeNull();
    expect(errorsOf(refused.findings).map((f) => f.rule)).toEqual(['lms.moodle-multi-sco-2004']);
    expect(errorsOf(refused.findings)[0]!.fix).toContain('--packaging course-sco');
  });
});

describe('preflight: a course SCO', () => {
  it('measures the resume state of all its modules together and suggests one package per module', async () => {
    // Each of the sixteen modules fits 4096 characters on its own; together they do not.
    const findings = await preflightZip(courseSco(COURSE_DIR, 'scorm12'), { ...DIRS });
    expect(rules(findings)).toEqual(['error state.course-suspend-data']);
    const [f] = findings;
    expect(f).toMatchObject({ item: 'kleine-kinderen-grote-kansen', params: { problem: 'scorm12', modules: 16, limit: 4096 } });
    expect(f!.params!.worst).toBeGreaterThan(4096);
    expect(f!.fix).toContain('--packaging package-per-module');
    expect(f!.fix).toContain('SCORM 2004');
  });

  it('names a module that does not fit even alone, since no packaging helps there', async () => {
    const zip = mutate(courseSco(MINI_DIR, 'scorm12'), (files) =>
      editJson<CourseScoPackage>(files, 'course.json', (json) => {
        json.reflections = 'lms';
        for (const m of json.modules) m.reflections = 'lms';
        for (const b of json.modules[1]!.module.sections.flatMap((s) => s.blocks)) if (b.kind === 'reflection') b.maxLength = 4000;
      }),
    );
    const findings = await preflightZip(zip, { ...DIRS });
    expect(findings.filter((f) => f.rule === 'state.suspend-data').map((f) => f.item)).toEqual(['hefboom-onderzoeken']);
    expect(findings.filter((f) => f.rule === 'state.course-suspend-data')).toEqual([]);
  });

  it('reports a damaged course.json by its name', async () => {
    const zip = mutate(courseSco(MINI_DIR, 'scorm12'), (files) => editText(files, 'course.json', (t) => t.replace('"kind": "course"', '"kind": "cursus"')));
    const [f] = (await preflightZip(zip, { ...DIRS })).filter((x) => x.rule === 'sco.module-json');
    expect(f).toMatchObject({ severity: 'error', item: 'course.json', params: { file: 'course.json' } });
    expect(f!.fix).toContain('course.json must not be edited by hand');
  });

  it('checks the interactions of every module, also across modules', async () => {
    const zip = mutate(courseSco(MINI_DIR, 'scorm12'), (files) =>
      editJson<CourseScoPackage>(files, 'course.json', (json) => {
        const quiz = json.modules[1]!.module.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'quiz');
        const firstBlock = json.modules[0]!.module.sections[0]!.blocks;
        if (quiz?.kind === 'quiz') firstBlock.push({ ...quiz, questions: [quiz.questions[0]!] });
      }),
    );
    const [f] = (await preflightZip(zip, { ...DIRS })).filter((x) => x.rule === 'interactions.duplicate-id');
    expect(f).toMatchObject({ severity: 'error', params: { module: 'hefboom-onderzoeken' } });
  });

  it('refuses a mastery score on the course SCO: unfinished modules count 0 in its score', async () => {
    for (const edition of ['scorm12', 'scorm2004'] as const) {
      const zip = mutate(courseSco(MINI_DIR, edition), (files) =>
        editText(files, 'imsmanifest.xml', (t) =>
          edition === 'scorm12'
            ? t.replace('<title>Mini</title>\n        </item>', '<title>Mini</title>\n          <adlcp:masteryscore>75</adlcp:masteryscore>\n        </item>')
            : t.replace('<imsss:primaryObjective/>', '<imsss:primaryObjective satisfiedByMeasure="true"><imsss:minNormalizedMeasure>0.75</imsss:minNormalizedMeasure></imsss:primaryObjective>'),
        ),
      );
      const [f] = (await preflightZip(zip, { ...DIRS })).filter((x) => x.rule === 'mastery.course-sco');
      expect(f, edition).toMatchObject({ severity: 'error', item: 'ITEM-mini-course', params: { edition } });
    }
  });
});
