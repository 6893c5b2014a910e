// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeState } from '../../../../../renderer/sco/state/codec';
import { closePage, fixture, flatCmi, launch, lmsApi, stopAll, track } from '../../../../helpers/renderer/sco/render';

afterEach(stopAll);

/**
 * suspend_data written before partial credit (issue 11), byte for byte as that version wrote it:
 * the quiz finished with the fixture's MIXED answers, scored all or nothing (2 of 5 = 40 %).
 */
const SAVED_BEFORE =
  'L1:{"v":1,"at":3,"seen":"1111","q":{"q-onderzoeken-doel":["a",1],"q-onderzoeken-werkwoorden":["ab",1],"q-onderzoeken-dialoog":[0,1],' +
  '"q-onderzoeken-voorbeelden":[[1,0,2,3],1],"q-onderzoeken-waterbak":[[0,1,2,3],1]},"qn":1,"qb":40,"qf":1700000000,"r":{},"k":{}}';

describe('a state saved before partial credit', () => {
  it.each(['scorm12', 'scorm2004'] as const)('still resumes in %s, and its best score rises to what the answers earn now (63 %%) in the quiz and the LMS', async (edition) => {
    const api =
      edition === 'scorm12'
        ? lmsApi('scorm12', { core: { lesson_status: 'failed', score: { raw: '40', min: '0', max: '100' } }, suspend_data: SAVED_BEFORE })
        : lmsApi('scorm2004', { completion_status: 'completed', success_status: 'failed', score: { raw: '40', min: '0', max: '100', scaled: '0.4' }, suspend_data: SAVED_BEFORE });
    const l = track(await launch(fixture({ edition }), { api }));
    expect(screen.getByText('Je score: 63 %. Om te slagen heb je 75 % nodig.')).toBeTruthy();
    expect(screen.queryByText(/Je beste score tot nu toe/)).toBeNull();
    await closePage(l);
    const cmi = flatCmi(api);
    expect(cmi[edition === 'scorm12' ? 'cmi.core.score.raw' : 'cmi.score.raw']).toBe('63');
    expect(decodeState(cmi['cmi.suspend_data'])).toMatchObject({ qn: 1, qb: 63, q: { 'q-onderzoeken-voorbeelden': [[1, 0, 2, 3], 1] } });
  });

  it('keeps a best score that was higher than what the last attempt earns now', async () => {
    const api = lmsApi('scorm2004', { suspend_data: SAVED_BEFORE.replace('"qb":40', '"qb":80') });
    const l = track(await launch(fixture({ edition: 'scorm2004' }), { api }));
    expect(screen.getByText('Je beste score tot nu toe: 80 %. Die telt mee.')).toBeTruthy();
    await closePage(l);
    expect(flatCmi(api)['cmi.score.raw']).toBe('80');
  });
});
