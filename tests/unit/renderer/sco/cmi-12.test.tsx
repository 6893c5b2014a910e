// @vitest-environment happy-dom
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeState } from '../../../../renderer/sco/state/codec';
import { visit } from '../../../../renderer/sco/state/actions';
import { closePage, fixture, flatCmi, launch, lmsApi, recordSets, REFLECTION_SECTION, stopAll, track, update } from '../../../helpers/renderer/sco/render';
import { MIXED, playQuiz, RIGHT, visitAll } from '../../../helpers/renderer/sco/quiz-fixture';

afterEach(stopAll);

describe('SCORM 1.2: the CMI of a finished quiz', () => {
  it('reports lesson_status, score and the interactions in 1.2 formats', async () => {
    const pkg = fixture({ edition: 'scorm12' });
    const api = lmsApi('scorm12');
    const sets = recordSets(api);
    const l = await launch(pkg, { api });
    await update(l, visitAll(pkg));
    await update(l, playQuiz(pkg, MIXED, 1_700_000_000));
    await closePage(l);
    const cmi = flatCmi(api);

    expect(cmi['cmi.core.lesson_status']).toBe('failed');
    // Partial credit: two of three verbs and two of four pairs count (63 %, all or nothing said 40 %).
    expect([cmi['cmi.core.score.raw'], cmi['cmi.core.score.min'], cmi['cmi.core.score.max']]).toEqual(['63', '0', '100']);
    expect(cmi['cmi.core.lesson_location']).toBe('onderzoeken-test');
    expect(cmi['cmi.core.exit']).toBe('suspend');

    const interaction = (n: number) => [
      cmi[`cmi.interactions.${n}.id`],
      cmi[`cmi.interactions.${n}.type`],
      cmi[`cmi.interactions.${n}.student_response`],
      cmi[`cmi.interactions.${n}.result`],
      cmi[`cmi.interactions.${n}.correct_responses.0.pattern`],
      cmi[`cmi.interactions.${n}.weighting`],
    ];
    expect(interaction(0)).toEqual(['q-onderzoeken-doel', 'choice', 'a', 'wrong', 'b', '1']);
    expect(interaction(1)).toEqual(['q-onderzoeken-werkwoorden', 'choice', 'a,b', 'wrong', 'a,b,d', '1']);
    expect(interaction(2)).toEqual(['q-onderzoeken-dialoog', 'true-false', 'f', 'correct', 'f', '1']);
    expect(interaction(3)).toEqual(['q-onderzoeken-voorbeelden', 'matching', 'a.b,b.a,c.c,d.d', 'wrong', 'a.a,b.b,c.c,d.d', '1']);
    expect(interaction(4)).toEqual(['q-onderzoeken-waterbak', 'sequencing', 'a,b,c,d', 'correct', 'a,b,c,d', '1']);
    // 1.2 has no interaction description (RTE 3.4.2.7); its time is a time of day.
    expect(sets.some(([k]) => k.endsWith('.description'))).toBe(false);
    expect(cmi['cmi.interactions.0.time']).toMatch(/^\d\d:\d\d:\d\d$/);

    for (const [n, lever] of [[0, 'onderzoeken'], [1, 'kinderrechten']] as const) {
      expect(cmi[`cmi.objectives.${n}.id`]).toBe(lever);
      expect(cmi[`cmi.objectives.${n}.status`]).toBe('failed');
      expect(cmi[`cmi.objectives.${n}.score.raw`]).toBe('63');
    }
    expect(decodeState(cmi['cmi.suspend_data'])).toMatchObject({ at: 3, seen: '1111', qn: 1, qb: 63 });
    const sessionTimes = sets.filter(([k]) => k === 'cmi.core.session_time').map(([, v]) => v);
    expect(sessionTimes.length).toBeGreaterThan(0);
    for (const v of sessionTimes) expect(v).toMatch(/^\d{4}:\d\d:\d\d\.\d\d$/);
    expect(sets.some(([k, v]) => k === 'cmi.core.lesson_status' && v === 'not attempted')).toBe(false);
  });

  it('starts as incomplete and reports passed for a passing attempt', async () => {
    const pkg = fixture({ edition: 'scorm12' });
    const api = lmsApi('scorm12');
    const l = track(await launch(pkg, { api }));
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
    await update(l, playQuiz(pkg, RIGHT));
    l.sco.session.flush();
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('100');
  });

  it('cuts an lms-mode reflection to 255 characters in the interaction, says so beside the field, and keeps the full text in suspend_data', async () => {
    const pkg = fixture({ edition: 'scorm12', reflections: 'lms' });
    const api = lmsApi('scorm12');
    const l = track(await launch(pkg, { api }));
    await update(l, (s) => visit(s, REFLECTION_SECTION));
    const field = screen.getByRole('textbox', { name: /Denk aan een moment uit je eigen klas/ });
    expect(field.getAttribute('aria-describedby')).toBeTruthy();
    const notice = screen.getByText(/alleen de eerste 255 tekens/);
    expect(field.getAttribute('aria-describedby')).toContain(notice.id);

    const text = `${'Een kleuter bouwde een toren en die viel om. '.repeat(10)}Einde.`;
    fireEvent.change(field, { target: { value: text } });
    await act(async () => fireEvent.blur(field));
    l.sco.session.flush();
    const cmi = flatCmi(api);
    expect(cmi['cmi.interactions.5.id']).toBe('r-onderzoeken-praktijk');
    expect(cmi['cmi.interactions.5.type']).toBe('fill-in');
    expect(cmi['cmi.interactions.5.student_response']).toBe(text.slice(0, 255));
    // Every question before it exists (id and type): LMSs create interactions strictly in order.
    expect(cmi['cmi.interactions.0.id']).toBe('q-onderzoeken-doel');
    expect(cmi['cmi.interactions.0.student_response']).toBe('');
    expect(decodeState(cmi['cmi.suspend_data'])?.r['r-onderzoeken-praktijk']).toBe(text);
  });

  it('does not show the 255-character notice in SCORM 2004', async () => {
    const pkg = fixture({ edition: 'scorm2004', reflections: 'lms' });
    const l = track(await launch(pkg, { api: lmsApi('scorm2004') }));
    await update(l, (s) => visit(s, REFLECTION_SECTION));
    expect(screen.getByRole('textbox', { name: /Denk aan een moment/ })).toBeTruthy();
    expect(screen.queryByText(/255 tekens/)).toBeNull();
  });
});
