// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeState } from '../../../../renderer/sco/state/codec';
import { visit } from '../../../../renderer/sco/state/actions';
import { mirrorKey, readMirror } from '../../../../renderer/sco/state/storage';
import { closePage, fixture, launch, lmsApi, MemoryStorage, REFLECTION_SECTION, stopAll, track, update } from '../../../helpers/renderer/sco/render';
import { playQuiz, RIGHT } from '../../../helpers/renderer/sco/quiz-fixture';

afterEach(stopAll);

describe('without an LMS', () => {
  it('works as a plain page and keeps everything, reflections included, in localStorage', async () => {
    const pkg = fixture({ edition: 'scorm12', reflections: 'lms' });
    const storage = new MemoryStorage();
    const l = await launch(pkg, { api: null, storage });
    expect(screen.getByRole('status').textContent).toBe('Geen leerplatform gevonden: je antwoorden worden alleen in deze browser bewaard.');
    await update(l, (s) => visit(s, REFLECTION_SECTION));
    const field = screen.getByRole('textbox', { name: /Denk aan een moment/ });
    fireEvent.change(field, { target: { value: 'Een kind legde een blad naast zijn hand.' } });
    await act(async () => fireEvent.blur(field));
    expect(screen.queryByText(/255 tekens/)).toBeNull();
    fireEvent.click(within(screen.getByRole('group', { name: /Ik geef kinderen tijd/ })).getByRole('radio', { name: 'Soms' }));
    await update(l, playQuiz(pkg, RIGHT));
    await closePage(l);

    const mirror = readMirror(storage, { learnerId: 'local', courseId: pkg.course.id, moduleId: pkg.module.id });
    const state = decodeState(mirror?.state);
    expect(state).toMatchObject({ at: REFLECTION_SECTION, qn: 1, qb: 100, r: { 'r-onderzoeken-praktijk': 'Een kind legde een blad naast zijn hand.' }, k: { 'k-onderzoeken-denktijd': [1] } });
    expect(storage.data.has(mirrorKey({ learnerId: 'local', courseId: pkg.course.id, moduleId: pkg.module.id }))).toBe(true);

    track(await launch(pkg, { api: null, storage }));
    expect(screen.getByRole('heading', { level: 2, name: 'Kijk naar je eigen praktijk' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /Denk aan een moment/ }) as HTMLTextAreaElement).value).toBe('Een kind legde een blad naast zijn hand.');
  });

  it('binds only to the API of its own edition: a 1.2 package next to a 2004 API runs without LMS', async () => {
    const pkg = fixture({ edition: 'scorm12' });
    const api2004 = lmsApi('scorm2004');
    const parent = { API_1484_11: api2004, parent: null as unknown };
    parent.parent = parent;
    const { startSco } = await import('../../../../renderer/sco/boot/start-sco');
    const container = document.createElement('div');
    document.body.append(container);
    let stop = () => {};
    await act(async () => {
      stop = startSco({ pkg, language: 'nl-BE', container, apiHost: { parent } as never, storage: new MemoryStorage() }).stop;
    });
    expect(api2004.isInitialized()).toBe(false);
    expect(screen.getByRole('status').textContent).toContain('Geen leerplatform gevonden');
    stop();
    container.remove();
  });
});
