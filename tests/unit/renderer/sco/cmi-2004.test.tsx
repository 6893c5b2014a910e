// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { decodeState } from '../../../../renderer/sco/state/codec';
import { retryQuiz, setReflection } from '../../../../renderer/sco/state/actions';
import { closePage, fixture, flatCmi, launch, lmsApi, recordSets, stopAll, track, update } from '../../../helpers/renderer/sco/render';
import { MIXED, playQuiz, quizOf, RIGHT, visitAll } from '../../../helpers/renderer/sco/quiz-fixture';

afterEach(stopAll);

const FINISHED_AT = 1_700_000_000; // 2023-11-14T22:13:20Z

describe('SCORM 2004: the CMI of a finished quiz', () => {
  it('reports completion, success, score, one interaction per question, objectives, bookmark and resume state', async () => {
    const pkg = fixture({ edition: 'scorm2004', reflections: 'lms' });
    const api = lmsApi('scorm2004');
    const sets = recordSets(api);
    const l = await launch(pkg, { api });
    await update(l, visitAll(pkg));
    await update(l, (s) => setReflection(s, 'r-onderzoeken-praktijk', 'De kleuter liet een kurk\nen een steen zinken, en keek dan verbaasd op.'));
    await update(l, playQuiz(pkg, MIXED, FINISHED_AT));
    await closePage(l);
    const cmi = flatCmi(api);

    expect(cmi['cmi.completion_status']).toBe('completed');
    expect(cmi['cmi.success_status']).toBe('failed');
    expect([cmi['cmi.score.raw'], cmi['cmi.score.min'], cmi['cmi.score.max'], cmi['cmi.score.scaled']]).toEqual(['63', '0', '100', '0.63']);
    expect(cmi['cmi.location']).toBe('onderzoeken-test');
    expect(cmi['cmi.exit']).toBe('suspend');

    const interaction = (n: number) => ({
      id: cmi[`cmi.interactions.${n}.id`],
      type: cmi[`cmi.interactions.${n}.type`],
      response: cmi[`cmi.interactions.${n}.learner_response`],
      result: cmi[`cmi.interactions.${n}.result`],
      pattern: cmi[`cmi.interactions.${n}.correct_responses.0.pattern`],
      weighting: cmi[`cmi.interactions.${n}.weighting`],
    });
    expect(interaction(0)).toEqual({ id: 'q-onderzoeken-doel', type: 'choice', response: 'a', result: 'incorrect', pattern: 'b', weighting: '1' });
    expect(interaction(1)).toEqual({ id: 'q-onderzoeken-werkwoorden', type: 'choice', response: 'a[,]b', result: 'incorrect', pattern: 'a[,]b[,]d', weighting: '1' });
    expect(interaction(2)).toEqual({ id: 'q-onderzoeken-dialoog', type: 'true-false', response: 'false', result: 'correct', pattern: 'false', weighting: '1' });
    expect(interaction(3)).toEqual({
      id: 'q-onderzoeken-voorbeelden',
      type: 'matching',
      response: 'p1[.]p2[,]p2[.]p1[,]p3[.]p3[,]p4[.]p4',
      result: 'incorrect',
      pattern: 'p1[.]p1[,]p2[.]p2[,]p3[.]p3[,]p4[.]p4',
      weighting: '1',
    });
    expect(interaction(4)).toEqual({ id: 'q-onderzoeken-waterbak', type: 'sequencing', response: 'i1[,]i2[,]i3[,]i4', result: 'correct', pattern: 'i1[,]i2[,]i3[,]i4', weighting: '1' });
    expect(cmi['cmi.interactions.0.description']).toBe('Wat leren kinderen volgens het kader wanneer ze geprikkeld worden om te ontdekken, te experimenteren, te denken en te associëren?');
    // time (second,10,2): two decimals at most; Moodle refuses toISOString()'s three with 406.
    expect(cmi['cmi.interactions.0.timestamp']).toBe('2023-11-14T22:13:20.00Z');

    // The reflection comes after the questions, as long-fill-in with the prompt as description.
    expect(cmi['cmi.interactions.5.id']).toBe('r-onderzoeken-praktijk');
    expect(cmi['cmi.interactions.5.type']).toBe('long-fill-in');
    expect(cmi['cmi.interactions.5.learner_response']).toBe('De kleuter liet een kurk en een steen zinken, en keek dan verbaasd op.');
    expect(cmi['cmi.interactions.5.description']).toMatch(/^Denk aan een moment uit je eigen klas/);
    expect(cmi['cmi.interactions.6.id']).toBeUndefined();

    for (const [n, lever] of [[0, 'onderzoeken'], [1, 'kinderrechten']] as const) {
      expect(cmi[`cmi.objectives.${n}.id`]).toBe(lever);
      expect(cmi[`cmi.objectives.${n}.completion_status`]).toBe('completed');
      expect(cmi[`cmi.objectives.${n}.success_status`]).toBe('failed');
      expect(cmi[`cmi.objectives.${n}.score.scaled`]).toBe('0.63');
      expect(cmi[`cmi.objectives.${n}.score.raw`]).toBe('63');
    }

    const state = decodeState(cmi['cmi.suspend_data']);
    expect(state).toMatchObject({ at: 3, seen: '1111', qn: 1, qb: 63, qf: FINISHED_AT, r: { 'r-onderzoeken-praktijk': 'De kleuter liet een kurk\nen een steen zinken, en keek dan verbaasd op.' } });
    expect(state?.q['q-onderzoeken-voorbeelden']).toEqual([[1, 0, 2, 3], 1]);

    const sessionTimes = sets.filter(([k]) => k === 'cmi.session_time').map(([, v]) => v);
    expect(sessionTimes.length).toBeGreaterThan(0);
    for (const v of sessionTimes) expect(v).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
    expect(api.isTerminated()).toBe(true);
  });

  it('re-finishing the quiz overwrites the same interaction records and keeps the best score', async () => {
    const pkg = fixture({ edition: 'scorm2004' });
    const api = lmsApi('scorm2004');
    const l = track(await launch(pkg, { api }));
    await update(l, visitAll(pkg));
    await update(l, playQuiz(pkg, MIXED));
    l.sco.session.flush();
    await update(l, (s) => retryQuiz(s, quizOf(pkg)));
    await update(l, playQuiz(pkg, RIGHT, 1_700_000_100));
    l.sco.session.flush();
    const cmi = flatCmi(api);
    expect(api.cmi.interactions.childArray).toHaveLength(5);
    expect(cmi['cmi.interactions.1.learner_response']).toBe('a[,]b[,]d');
    expect(cmi['cmi.interactions.1.result']).toBe('correct');
    expect(cmi['cmi.success_status']).toBe('passed');
    expect(cmi['cmi.score.raw']).toBe('100');
  });

  it('reports a fresh start as incomplete and unknown, without score or interactions, bookmarked at the first section', async () => {
    const pkg = fixture({ edition: 'scorm2004' });
    const api = lmsApi('scorm2004');
    const l = track(await launch(pkg, { api }));
    l.sco.session.flush();
    const cmi = flatCmi(api);
    expect(cmi['cmi.completion_status']).toBe('incomplete');
    expect(cmi['cmi.success_status']).toBe('unknown');
    expect(cmi['cmi.score.raw']).toBe('');
    expect(api.cmi.interactions.childArray).toHaveLength(0);
    expect(cmi['cmi.location']).toBe('onderzoeken-wat');
  });
});
