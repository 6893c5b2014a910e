// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { interactionValues } from '../../../../../renderer/sco/lms/interactions';
import { decodeState, emptyState, encodeState, type ScoState } from '../../../../../renderer/sco/state/codec';
import { choose } from '../../../../../renderer/sco/state/scenarios';
import { moduleProgress } from '../../../../../renderer/sco/state/progress';
import { OPEN, SCORED, scenarioPackage } from './scenario-fixture';

const valuesOf = (pairs: [string, string][]) => Object.fromEntries(pairs);

/** The scenario's fields by their name after `cmi.interactions.n.`, and n. */
function scenarioRecord(values: Record<string, string>): { n: number; fields: Record<string, string> } {
  const idKey = Object.keys(values).find((k) => /^cmi\.interactions\.\d+\.id$/.test(k) && values[k] === SCORED.id);
  if (!idKey) return { n: -1, fields: {} };
  const prefix = idKey.slice(0, -'id'.length);
  const fields = Object.fromEntries(Object.entries(values).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
  return { n: Number(prefix.split('.')[2]), fields };
}

function played(edition: 'scorm12' | 'scorm2004', picks: string[]) {
  const pkg = scenarioPackage({ edition });
  let state: ScoState = emptyState(pkg.module);
  for (const id of picks) state = choose(state, SCORED, id);
  state = choose(state, OPEN, 'a');
  return { pkg, state, values: valuesOf(interactionValues(pkg, state)) };
}

describe('a scored scenario in SCORM', () => {
  it('is a 2004 choice interaction: the path as response, the best choice per step as pattern, correct only when every step was best', () => {
    const { pkg, values } = played('scorm2004', ['a', 'd']);
    const { n, fields } = scenarioRecord(values);
    // After the module's questions and reflections, whose indexes an LMS may already hold.
    const quiz = pkg.module.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'quiz');
    expect(n).toBe((quiz?.kind === 'quiz' ? quiz.questions.length : 0) + 1);
    expect(fields).toEqual({
      id: 's-paarse-boom',
      type: 'choice',
      description: 'Amir schildert een paarse boom en toont hem trots.',
      learner_response: 'a[,]d',
      result: 'correct',
      'correct_responses.0.pattern': 'a[,]d',
      weighting: '0',
    });
    expect(scenarioRecord(played('scorm2004', ['b', 'd']).values).fields.result).toBe('incorrect');
  });

  it('is a 1.2 choice interaction with single-character responses and "wrong" for a path that missed the best', () => {
    const { fields } = scenarioRecord(played('scorm12', ['a', 'c']).values);
    expect(fields).toMatchObject({ type: 'choice', student_response: 'a,c', 'correct_responses.0.pattern': 'a,d', result: 'wrong' });
  });

  it('is not reported before its last step is chosen, and an unscored scenario never is', () => {
    const { values } = played('scorm2004', ['a']);
    expect(Object.keys(values).filter((k) => k.startsWith('cmi.interactions.'))).toEqual([]);
    expect(Object.values(played('scorm2004', ['a', 'd']).values)).not.toContain('s-ouder-vraagt');
  });

  it('does not change the module score or completion', () => {
    const before = played('scorm2004', []);
    const after = played('scorm2004', ['b', 'c']);
    expect(moduleProgress(after.pkg.module, after.state)).toEqual(moduleProgress(before.pkg.module, before.state));
  });
});

describe('the path in the resume state', () => {
  it('is final: a second choice in the same step, or a choice of another step, changes nothing', () => {
    const pkg = scenarioPackage();
    const once = choose(emptyState(pkg.module), SCORED, 'b');
    expect(choose(once, SCORED, 'a')).toBe(once);
    expect(choose(emptyState(pkg.module), SCORED, 'd').c).toBeUndefined();
  });

  it('survives encoding; a damaged path is dropped rather than locking the scenario on a choice that does not exist', () => {
    const pkg = scenarioPackage();
    const state = { ...emptyState(pkg.module), c: { 's-paarse-boom': 'ad' } };
    expect(decodeState(encodeState(state))?.c).toEqual({ 's-paarse-boom': 'ad' });
    const damaged = encodeState({ ...state, c: { 's-paarse-boom': 'A!', 's-ouder-vraagt': 7 as unknown as string } });
    expect(decodeState(damaged)?.c).toBeUndefined();
  });
});
