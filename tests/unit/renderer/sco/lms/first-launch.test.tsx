// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { closePage, fixture, flatCmi, launch, lmsApi, stopAll, track, type Api2004 } from '../../../../helpers/renderer/sco/render';

afterEach(stopAll);

/** Every GetValue the SCO makes, with the error code scorm-again (as strict as Moodle here) answers. */
function recordGets(api: Api2004): [string, string][] {
  const calls: [string, string][] = [];
  const original = api.GetValue.bind(api);
  api.GetValue = (element: string) => {
    const value = original(element);
    calls.push([element, String(api.GetLastError())]);
    return value;
  };
  return calls;
}

describe('the first launch of a module (issue 9, seen 7)', () => {
  it('asks a SCORM 2004 LMS only for what exists: no error 403 for score, suspend data or location', async () => {
    const api = lmsApi('scorm2004', { entry: 'ab-initio', learner_id: 'student-7' });
    const gets = recordGets(api);
    const l = track(await launch(fixture({ edition: 'scorm2004' }), { api }));
    expect(gets.map(([element]) => element)).toContain('cmi.entry');
    expect(gets.filter(([, code]) => code !== '0')).toEqual([]);
    await closePage(l);
    // Nothing read, yet everything saved: the learner's place reaches the LMS at the first commit.
    expect(flatCmi(api)['cmi.suspend_data']).toMatch(/^L1:/);
  });

  it('reads them back on the next launch (resume)', async () => {
    const api = lmsApi('scorm2004', { entry: 'resume', learner_id: 'student-7', location: 'onderzoeken-test', suspend_data: '' });
    const gets = recordGets(api);
    track(await launch(fixture({ edition: 'scorm2004' }), { api }));
    expect(gets.map(([element]) => element)).toEqual(expect.arrayContaining(['cmi.location', 'cmi.suspend_data', 'cmi.score.raw']));
  });
});
