// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { visit } from '../../../../renderer/sco/state/actions';
import { fixture, flatCmi, launch, lmsApi, REFLECTION_SECTION, stopAll, track, update } from '../../../helpers/renderer/sco/render';

afterEach(() => {
  stopAll();
  vi.useRealTimers();
});

async function open(pkg = fixture({ edition: 'scorm2004', reflections: 'lms' }), api = lmsApi('scorm2004')) {
  const l = track(await launch(pkg, { api }));
  await update(l, (s) => visit(s, REFLECTION_SECTION));
  return { l, api, field: screen.getByRole('textbox', { name: /Denk aan een moment/ }) as HTMLTextAreaElement };
}

describe('reflection', () => {
  it('is a textarea labelled by the prompt, with guiding questions, a counter and the maximum enforced', async () => {
    const { field } = await open();
    expect(field.maxLength).toBe(1200);
    expect(screen.getByText('Denkvragen')).toBeTruthy();
    expect(screen.getByText('Wat deed het kind precies, en wat deed jij op dat moment?')).toBeTruthy();
    const counter = document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(counter.textContent).toBe('0 van maximaal 1200 tekens · Schrijf minstens 50 tekens.');
    fireEvent.change(field, { target: { value: 'Een kleuter legde een blad naast zijn hand en lachte: "Kijk, vijf vingers!"' } });
    expect(counter.textContent).toBe('75 van maximaal 1200 tekens · Je hebt het minimum van 50 tekens bereikt.');
    expect(screen.getByText('Je tekst wordt bewaard in het leerplatform. Je docent kan hem lezen.')).toBeTruthy();
  });

  it('saves a second after typing stops, not before, and says "Bewaard" politely', async () => {
    // Fake timers: the second is the behaviour under test, not a wait (a loaded machine stretches real ones).
    vi.useFakeTimers();
    const { l, field } = await open();
    fireEvent.change(field, { target: { value: 'Eerste' } });
    await act(async () => vi.advanceTimersByTimeAsync(600));
    fireEvent.change(field, { target: { value: 'Eerste gedachte' } });
    const status = screen.getByText('Nog niet bewaard…');
    expect(status.getAttribute('aria-live')).toBe('polite');
    await act(async () => vi.advanceTimersByTimeAsync(999));
    expect(status.textContent).toBe('Nog niet bewaard…');
    expect(l.sco.store.state.r).toEqual({});
    await act(async () => vi.advanceTimersByTimeAsync(1));
    expect(status.textContent).toBe('Bewaard');
    expect(l.sco.store.state.r).toEqual({ 'r-onderzoeken-praktijk': 'Eerste gedachte' });
  });

  it('does not lose the last words when the page closes before the autosave', async () => {
    const { api, field } = await open();
    fireEvent.change(field, { target: { value: 'Net getypt, nog niet bewaard, en lang genoeg om mee te tellen' } });
    await act(async () => window.dispatchEvent(new Event('pagehide')));
    const cmi = flatCmi(api);
    expect(cmi['cmi.interactions.5.learner_response']).toBe('Net getypt, nog niet bewaard, en lang genoeg om mee te tellen');
    expect(api.isTerminated()).toBe(true);
  });
});

describe('checklist (kijkwijzer)', () => {
  it('rates each statement on the labelled scale and keeps an optional note up to its maximum', async () => {
    const { l } = await open();
    const checklist = screen.getByRole('region', { name: 'Kijkwijzer onderzoeken' });
    const item = within(checklist).getByRole('group', { name: 'Ik stel open vragen die kinderen laten voorspellen, verklaren of verbanden leggen.' });
    expect(within(item).getAllByRole('radio').map((r) => r.closest('label')!.textContent)).toEqual(['Nog niet', 'Soms', 'Vaak', 'Altijd']);
    fireEvent.click(within(item).getByRole('radio', { name: 'Altijd' }));
    expect((within(item).getByRole('radio', { name: 'Altijd' }) as HTMLInputElement).checked).toBe(true);
    expect(l.sco.store.state.k['k-onderzoeken-vragen']).toEqual([3]);

    const note = within(checklist).getByRole('textbox', { name: /Notitie.*Ik stel open vragen/ }) as HTMLTextAreaElement;
    expect(note.maxLength).toBe(200);
    fireEvent.change(note, { target: { value: 'Vooral in de kring.' } });
    await act(async () => fireEvent.blur(note));
    expect(l.sco.store.state.k['k-onderzoeken-vragen']).toEqual([3, 'Vooral in de kring.']);
    expect(within(checklist).getAllByRole('group')).toHaveLength(3);
  });

  it('opens the note once the statement is rated, and keeps the note when the rating changes', async () => {
    const { l } = await open();
    const note = screen.getByRole('textbox', { name: /Notitie.*Ik geef kinderen tijd/ }) as HTMLTextAreaElement;
    expect(note.disabled).toBe(true);
    expect(document.getElementById(note.getAttribute('aria-describedby')!)!.textContent).toBe('Kies eerst hoe vaak het lukt; daarna kan je een notitie schrijven.');
    const item = screen.getByRole('group', { name: /Ik geef kinderen tijd/ });
    fireEvent.click(within(item).getByRole('radio', { name: 'Soms' }));
    expect(note.disabled).toBe(false);
    fireEvent.change(note, { target: { value: 'Moeilijk bij drukte.' } });
    await act(async () => fireEvent.blur(note));
    fireEvent.click(within(item).getByRole('radio', { name: 'Vaak' }));
    expect(l.sco.store.state.k['k-onderzoeken-denktijd']).toEqual([2, 'Moeilijk bij drukte.']);
  });
});
