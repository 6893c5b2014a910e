// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ScoPackage } from '../../../../electron/core/contract/sco';
import { closePage, fixture, flatCmi, launch, lmsApi, recordSets, stopAll, track, update } from '../../../helpers/renderer/sco/render';
import { MIXED, playQuiz, visitAll, WRONG } from '../../../helpers/renderer/sco/quiz-fixture';

afterEach(stopAll);

/** The fixture without its quiz section: a module that completes by reading. */
function withoutQuiz(pkg: ScoPackage): ScoPackage {
  return { ...pkg, module: { ...pkg.module, sections: pkg.module.sections.slice(0, 3) } };
}

describe('reported status never goes down', () => {
  it('1.2: an LMS that says passed still says passed after a worse attempt, with the better score', async () => {
    const pkg = fixture({ edition: 'scorm12' });
    const api = lmsApi('scorm12', { core: { lesson_status: 'passed', score: { raw: '80', min: '0', max: '100' } } });
    const sets = recordSets(api);
    const l = await launch(pkg, { api });
    await update(l, visitAll(pkg));
    await update(l, playQuiz(pkg, WRONG));
    await closePage(l);
    const cmi = flatCmi(api);
    expect(cmi['cmi.core.lesson_status']).toBe('passed');
    expect(cmi['cmi.core.score.raw']).toBe('80');
    expect(sets.filter(([k]) => k === 'cmi.core.lesson_status').map(([, v]) => v)).not.toContain('incomplete');
    expect(sets.filter(([k]) => k === 'cmi.core.lesson_status').map(([, v]) => v)).not.toContain('failed');
  });

  it('1.2: completed from an earlier session is not set back to incomplete on relaunch', async () => {
    const pkg = withoutQuiz(fixture({ edition: 'scorm12' }));
    const api = lmsApi('scorm12', { core: { lesson_status: 'completed' } });
    const sets = recordSets(api);
    const l = track(await launch(pkg, { api }));
    l.sco.session.flush();
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('completed');
    expect(sets.some(([k, v]) => k === 'cmi.core.lesson_status' && v === 'incomplete')).toBe(false);
  });

  it('1.2: a module without a quiz becomes completed once every section has been seen', async () => {
    const pkg = withoutQuiz(fixture({ edition: 'scorm12' }));
    const api = lmsApi('scorm12');
    const l = track(await launch(pkg, { api }));
    l.sco.session.flush();
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
    await update(l, visitAll(pkg));
    l.sco.session.flush();
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('completed');
    expect(api.LMSGetValue('cmi.objectives.0.status')).toBe('completed');
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('');
  });

  it('2004: completed and passed stay, a failed attempt later does not change them', async () => {
    const pkg = fixture({ edition: 'scorm2004' });
    const api = lmsApi('scorm2004', { completion_status: 'completed', success_status: 'passed', score: { raw: '100', min: '0', max: '100', scaled: '1' } });
    const l = await launch(pkg, { api });
    await update(l, playQuiz(pkg, MIXED));
    await closePage(l);
    const cmi = flatCmi(api);
    expect(cmi['cmi.completion_status']).toBe('completed');
    expect(cmi['cmi.success_status']).toBe('passed');
    expect(cmi['cmi.score.raw']).toBe('100');
    expect(cmi['cmi.objectives.0.success_status']).toBe('passed');
  });

  it('2004: a failed quiz with unseen sections is failed but not completed', async () => {
    const pkg = fixture({ edition: 'scorm2004' });
    const api = lmsApi('scorm2004');
    const l = track(await launch(pkg, { api }));
    await update(l, playQuiz(pkg, WRONG));
    l.sco.session.flush();
    expect(api.GetValue('cmi.completion_status')).toBe('incomplete');
    expect(api.GetValue('cmi.success_status')).toBe('failed');
    expect(api.GetValue('cmi.score.scaled')).toBe('0');
  });

  it('2004: objectives keep the index the LMS already gave them', async () => {
    const pkg = fixture({ edition: 'scorm2004' });
    const api = lmsApi('scorm2004', { objectives: { '0': { id: 'primary' }, '1': { id: 'kinderrechten' } } });
    const l = track(await launch(pkg, { api }));
    l.sco.session.flush();
    expect(api.GetValue('cmi.objectives.0.id')).toBe('primary');
    expect(api.GetValue('cmi.objectives.1.id')).toBe('kinderrechten');
    expect(api.GetValue('cmi.objectives.2.id')).toBe('onderzoeken');
    expect(api.GetValue('cmi.objectives.1.completion_status')).toBe('incomplete');
  });
});
