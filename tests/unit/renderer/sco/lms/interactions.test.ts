// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { interactionValues } from '../../../../../renderer/sco/lms/interactions';
import { blocksOf, emptyState, type ScoState } from '../../../../../renderer/sco/state/codec';
import { fixture } from '../../../../helpers/renderer/sco/render';
import { playQuiz, RIGHT } from '../../../../helpers/renderer/sco/quiz-fixture';

const valuesOf = (pairs: [string, string][]) => Object.fromEntries(pairs);

function finishedAt(edition: 'scorm12' | 'scorm2004', unixSeconds: number) {
  const pkg = fixture({ edition });
  return valuesOf(interactionValues(pkg, playQuiz(pkg, RIGHT, unixSeconds)(emptyState(pkg.module))));
}

function withReflection(edition: 'scorm12' | 'scorm2004', text: string) {
  const pkg = fixture({ edition, reflections: 'lms' });
  const id = blocksOf(pkg.module, 'reflection')[0]!.id;
  const state: ScoState = { ...emptyState(pkg.module), r: { [id]: text } };
  const values = interactionValues(pkg, state);
  return values.find(([k]) => k.endsWith(edition === 'scorm12' ? '.student_response' : '.learner_response'))![1];
}

describe('interaction times', () => {
  it('writes a 2004 timestamp with two decimals, as Moodle accepts it (issue 9: three were refused with 406)', () => {
    expect(finishedAt('scorm2004', Date.UTC(2026, 11, 3, 17, 18, 57) / 1000)['cmi.interactions.0.timestamp']).toBe('2026-12-03T17:18:57.00Z');
  });

  it('leaves the timestamp out, and keeps the result, when the clock says 2040', () => {
    const values = finishedAt('scorm2004', Date.UTC(2040, 0, 1) / 1000);
    expect(values['cmi.interactions.0.timestamp']).toBeUndefined();
    expect(values['cmi.interactions.0.result']).toBe('correct');
  });

  it('writes the 1.2 time as a time of day', () => {
    expect(finishedAt('scorm12', 1_700_000_000)['cmi.interactions.0.time']).toMatch(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/);
  });
});

describe('reflection responses', () => {
  it('cut a 1.2 response to 255 UTF-16 units without halving an emoji', () => {
    const response = withReflection('scorm12', '😀'.repeat(200));
    expect(response.length).toBeLessThanOrEqual(255);
    expect(response).toBe('😀'.repeat(127));
  });

  it('write a 2004 response on one line that does not start with "{"', () => {
    const rest = ' en zo verder, lang genoeg om als geschreven te tellen';
    expect(withReflection('scorm2004', `{eerst}\u2028dan\r\nnog${rest}`)).toBe(` {eerst} dan nog${rest}`);
  });

  it('sends no answer for a reflection below its minimum length: it does not count as written yet', () => {
    const pkg = fixture({ edition: 'scorm2004', reflections: 'lms' });
    const block = blocksOf(pkg.module, 'reflection')[0]!;
    const short = 'x'.repeat(block.minLength - 1);
    const values = valuesOf(interactionValues(pkg, { ...emptyState(pkg.module), r: { [block.id]: short } }));
    expect(Object.values(values)).not.toContain(short);
  });
});
