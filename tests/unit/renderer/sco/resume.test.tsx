// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeState, encodeState, emptyState } from '../../../../renderer/sco/state/codec';
import { answer, check, visit } from '../../../../renderer/sco/state/actions';
import { mirrorKey } from '../../../../renderer/sco/state/storage';
import { closePage, fixture, launch, lmsApi, MemoryStorage, QUIZ_SECTION, REFLECTION_SECTION, stopAll, track, update, type Api12, type Api2004 } from '../../../helpers/renderer/sco/render';
import { RIGHT, WRONG } from '../../../helpers/renderer/sco/quiz-fixture';

afterEach(stopAll);

/** What the LMS stored: the CMI scorm-again would send to its server, loaded into the next session's API. */
function storedCmi(api: Api12 | Api2004): object {
  return (api.renderCommitCMI(true) as { cmi: object }).cmi;
}

describe.each(['scorm12', 'scorm2004'] as const)('resume in %s', (edition) => {
  it('restores the section, quiz answers with their feedback, reflections, ratings and notes from the LMS', async () => {
    const pkg = fixture({ edition, reflections: 'lms' });
    const first = lmsApi(edition);
    const l1 = await launch(pkg, { api: first });
    await update(l1, (s) => visit(s, REFLECTION_SECTION));
    const reflection = screen.getByRole('textbox', { name: /Denk aan een moment/ });
    fireEvent.change(reflection, { target: { value: 'Noor liet de volle fles zinken en keek verbaasd.' } });
    await act(async () => fireEvent.blur(reflection));
    const item = screen.getByRole('group', { name: /Er ligt materiaal klaar/ });
    fireEvent.click(within(item).getByRole('radio', { name: 'Vaak' }));
    const note = screen.getByRole('textbox', { name: /Notitie.*Er ligt materiaal klaar/ });
    fireEvent.change(note, { target: { value: 'Kurk en stenen aan de waterbak.' } });
    await act(async () => fireEvent.blur(note));
    await update(l1, (s) => check(s, 'q-onderzoeken-doel', RIGHT['q-onderzoeken-doel']!));
    await update(l1, (s) => check(s, 'q-onderzoeken-dialoog', WRONG['q-onderzoeken-dialoog']!));
    await update(l1, (s) => answer(s, 'q-onderzoeken-werkwoorden', 'ad'));
    await update(l1, (s) => visit(s, QUIZ_SECTION));
    await closePage(l1);

    // A new browser (empty storage): everything must come from the LMS.
    const second = lmsApi(edition, storedCmi(first));
    track(await launch(pkg, { api: second, storage: new MemoryStorage() }));
    expect(screen.getByRole('heading', { level: 2, name: 'Test jezelf' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Onderdelen van deze module' });
    expect(within(nav).getByRole('button', { name: /Test jezelf/ }).getAttribute('aria-current')).toBe('step');

    const q1 = screen.getByRole('group', { name: /Vraag 1 van 5/ });
    expect((within(q1).getByRole('radio', { name: /Probleemoplossend/ }) as HTMLInputElement).checked).toBe(true);
    expect((q1 as HTMLFieldSetElement).disabled).toBe(true);
    expect(screen.getByText('Juist. Dat is precies wat het kader als opbrengst van onderzoeken noemt.')).toBeTruthy();
    const q3 = screen.getByRole('group', { name: /Vraag 3 van 5/ });
    expect((within(q3).getByRole('radio', { name: 'Waar' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByRole('heading', { level: 4, name: /Niet juist/ })).toHaveLength(1);
    const q2 = screen.getByRole('group', { name: /Vraag 2 van 5/ });
    expect((within(q2).getByRole('checkbox', { name: 'Ontdekken' }) as HTMLInputElement).checked).toBe(true);
    expect((within(q2).getByRole('checkbox', { name: 'Associëren' }) as HTMLInputElement).checked).toBe(true);
    expect((q2 as HTMLFieldSetElement).disabled).toBe(false);

    const toc = screen.getByRole('navigation', { name: 'Onderdelen van deze module' });
    fireEvent.click(within(toc).getByRole('button', { name: /Kijk naar je eigen praktijk/ }));
    expect((screen.getByRole('textbox', { name: /Denk aan een moment/ }) as HTMLTextAreaElement).value).toBe('Noor liet de volle fles zinken en keek verbaasd.');
    const restoredItem = screen.getByRole('group', { name: /Er ligt materiaal klaar/ });
    expect((within(restoredItem).getByRole('radio', { name: 'Vaak' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('textbox', { name: /Notitie.*Er ligt materiaal klaar/ }) as HTMLTextAreaElement).value).toBe('Kurk en stenen aan de waterbak.');
  });
});

describe('a copy an older version left in the browser beside an LMS', () => {
  const pkg = fixture({ edition: 'scorm2004' });
  const lmsState = { ...emptyState(pkg.module), at: 1, seen: '1100' };
  const browserState = { ...emptyState(pkg.module), at: 2, seen: '1110' };
  const scope = { learnerId: 'student-7', courseId: pkg.course.id, moduleId: pkg.module.id };

  it('loses to the LMS copy when the LMS had it all, and is removed from the browser', async () => {
    const storage = new MemoryStorage();
    storage.setItem(mirrorKey(scope), JSON.stringify({ state: encodeState(browserState), pending: false }));
    track(await launch(pkg, { api: lmsApi('scorm2004', { learner_id: 'student-7', suspend_data: encodeState(lmsState) }), storage }));
    expect(screen.getByRole('heading', { level: 2, name: 'Waarom onderzoeken kansen geeft' })).toBeTruthy();
    expect(storage.data.size).toBe(0);
  });

  it('is taken over once when its last changes never reached the LMS (they are committed now), then removed', async () => {
    const storage = new MemoryStorage();
    storage.setItem(mirrorKey(scope), JSON.stringify({ state: encodeState(browserState), pending: true }));
    const api = lmsApi('scorm2004', { learner_id: 'student-7', suspend_data: encodeState(lmsState) });
    track(await launch(pkg, { api, storage }));
    expect(screen.getByRole('heading', { level: 2, name: 'Kijk naar je eigen praktijk' })).toBeTruthy();
    expect(decodeState(api.GetValue('cmi.suspend_data'))).toMatchObject({ at: 2, seen: '1110' });
    expect(storage.data.size).toBe(0);
  });

  it('is taken over when the LMS has no readable suspend_data, then removed', async () => {
    const storage = new MemoryStorage();
    storage.setItem(mirrorKey(scope), JSON.stringify({ state: encodeState(browserState), pending: false }));
    track(await launch(pkg, { api: lmsApi('scorm2004', { learner_id: 'student-7', suspend_data: 'garbage' }), storage }));
    expect(screen.getByRole('heading', { level: 2, name: 'Kijk naar je eigen praktijk' })).toBeTruthy();
    expect(storage.data.size).toBe(0);
  });
});

describe('with an LMS', () => {
  const pkg = fixture({ edition: 'scorm2004', reflections: 'lms' });

  it('keeps nothing the learner wrote in browser storage: the state lives on the page and in the LMS', async () => {
    const storage = new MemoryStorage();
    const api = lmsApi('scorm2004', { learner_id: 'student-7' });
    const l = track(await launch(pkg, { api, storage }));
    await update(l, (s) => visit(s, REFLECTION_SECTION));
    const field = screen.getByRole('textbox', { name: /Denk aan een moment/ });
    fireEvent.change(field, { target: { value: 'Geheime reflectie van student 7' } });
    await act(async () => fireEvent.blur(field));
    await act(async () => void l.sco.session.flush());
    expect(api.GetValue('cmi.suspend_data')).toContain('Geheime reflectie van student 7');
    expect([...storage.data.values()].join('')).not.toContain('Geheime');
    expect(storage.data.size).toBe(0);
  });

  it('the LMS bookmark, when there is no state at all', async () => {
    track(await launch(pkg, { api: lmsApi('scorm2004', { location: 'onderzoeken-test' }) }));
    expect(screen.getByRole('heading', { level: 2, name: 'Test jezelf' })).toBeTruthy();
  });
});
