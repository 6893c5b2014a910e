import path from 'node:path';
import type { ScoPackage } from '../../../../electron/core/contract';
import { preflightCourseDir } from '../../../../electron/core/scorm/preflight';
import { blocksIn, build, COURSE_DIR, DIRS, editJson, filesOf, MINI_DIR, mutate } from './packages';
import { check, INVALID, manifest, MANIFEST, P, reflectionOf, withChecklistNotes, type Scenarios } from './preflight-scenario-kit';

/** The SCOs, mastery scores, identifiers, interactions, resume state, the LMS and the course: one scenario per situation. */
export const CONTENT_SCENARIOS: Scenarios = {
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
