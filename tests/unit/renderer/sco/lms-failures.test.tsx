// @vitest-environment happy-dom
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeState } from '../../../../renderer/sco/state/codec';
import { visit } from '../../../../renderer/sco/state/actions';
import { readMirror } from '../../../../renderer/sco/state/storage';
import { fixture, launch, lmsApi, MemoryStorage, REFLECTION_SECTION, stopAll, track, update, type Api2004 } from '../../../helpers/renderer/sco/render';
import { playQuiz, RIGHT, visitAll } from '../../../helpers/renderer/sco/quiz-fixture';

afterEach(() => {
  stopAll();
  vi.restoreAllMocks();
});

/**
 * An LMS whose server only keeps what a successful Commit delivered: values set before a failed
 * Commit are lost on its side, as with a dropped network request.
 */
function flakyLms(api: Api2004) {
  const persisted = new Map<string, string>();
  let inFlight: [string, string][] = [];
  const lms = { persisted, failing: true, commits: 0 };
  const set = api.SetValue.bind(api);
  const commit = api.Commit.bind(api);
  api.SetValue = (element: string, value: string) => {
    inFlight.push([element, value]);
    return set(element, value);
  };
  api.Commit = () => {
    lms.commits++;
    if (lms.failing) {
      inFlight = [];
      return 'false';
    }
    for (const [k, v] of inFlight) persisted.set(k, v);
    inFlight = [];
    return commit('');
  };
  return lms;
}

describe('an LMS that fails', () => {
  it('keeps the state on the page when Commit fails, never in browser storage, tells the learner and commits it all later', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const pkg = fixture({ edition: 'scorm2004' });
    const api = lmsApi('scorm2004');
    const lms = flakyLms(api);
    const storage = new MemoryStorage();
    const l = track(await launch(pkg, { api, storage }));
    await update(l, visitAll(pkg));
    await update(l, playQuiz(pkg, RIGHT));
    await act(async () => void l.sco.session.flush());

    expect(lms.persisted.size).toBe(0);
    expect(screen.getByRole('status').textContent).toMatch(/bewaart je voortgang even niet. Laat deze pagina open/);
    expect(storage.data.size).toBe(0);

    lms.failing = false;
    await act(async () => void l.sco.session.flush());
    expect(decodeState(lms.persisted.get('cmi.suspend_data'))).toMatchObject({ qn: 1, qb: 100, seen: '1111' });
    expect(lms.persisted.get('cmi.success_status')).toBe('passed');
    expect(lms.persisted.get('cmi.completion_status')).toBe('completed');
    expect(lms.persisted.get('cmi.score.raw')).toBe('100');
    expect(lms.persisted.get('cmi.interactions.4.learner_response')).toBe('i1[,]i2[,]i3[,]i4');
    expect(screen.getByRole('status').textContent).toBe('');
    expect(storage.data.size).toBe(0);
  });

  it('never sends a suspend_data over the edition limit, and asks the learner to keep a copy of the reflections', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const pkg = fixture({ edition: 'scorm12', reflections: 'lms', suspendDataLimit: 400 });
    const api = lmsApi('scorm12');
    const storage = new MemoryStorage();
    const l = track(await launch(pkg, { api, storage }));
    const before = api.LMSGetValue('cmi.suspend_data');
    expect(decodeState(before)).not.toBeNull();
    await update(l, (s) => visit(s, REFLECTION_SECTION));
    const long = 'Tijdens het vrij spel bouwde Lina een brug van blokken. '.repeat(8);
    const field = screen.getByRole('textbox', { name: /Denk aan een moment/ });
    fireEvent.change(field, { target: { value: long } });
    await act(async () => fireEvent.blur(field));
    await act(async () => void l.sco.session.flush());

    expect(api.LMSGetValue('cmi.suspend_data').length).toBeLessThanOrEqual(400);
    expect(decodeState(api.LMSGetValue('cmi.suspend_data'))?.r).toEqual({});
    expect(screen.getByRole('status').textContent).toMatch(/te lang om helemaal in het leerplatform te bewaren. Bewaar je reflecties ook zelf/);
    expect(storage.data.size).toBe(0);
    expect(l.sco.store.state.r['r-onderzoeken-praktijk']).toBe(long);
    // The other values still reach the LMS.
    expect(api.LMSGetValue('cmi.core.lesson_location')).toBe('onderzoeken-eigen-praktijk');
  });

  it('runs on when Initialize fails, says the platform refused, and keeps what the learner changed in this browser for a later session', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const pkg = fixture({ edition: 'scorm2004' });
    const api = lmsApi('scorm2004');
    api.Initialize = () => 'false';
    const storage = new MemoryStorage();
    const l = track(await launch(pkg, { api, storage }));
    expect(screen.getByRole('status').textContent).toBe(
      'Het leerplatform weigerde de verbinding. Sluit de activiteit en open ze opnieuw; je antwoorden van deze sessie blijven in deze browser bewaard.',
    );
    expect(storage.data.size).toBe(0);
    await update(l, (s) => visit(s, REFLECTION_SECTION));
    const copy = readMirror(storage, { learnerId: 'local', courseId: pkg.course.id, moduleId: pkg.module.id });
    expect(copy?.pending).toBe(true);
    expect(decodeState(copy?.state)).toMatchObject({ at: REFLECTION_SECTION });
    // The reflection says where its text is kept, not that it is lost.
    expect(screen.getByText('Je tekst wordt bewaard in deze browser op dit toestel.')).toBeTruthy();
  });
});
