// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../renderer/app/App';
import { i18next, initI18n } from '../../../../renderer/app/i18n';
import { installFakeCore } from '../../../helpers/renderer/fake-core';

const learner = (id: string, name: string, pin?: string) => ({ id, name, hasPin: !!pin, createdAt: '', lastActiveAt: null, pin });

async function createProfile(name: string, pin = '', repeat = pin) {
  fireEvent.change(await screen.findByLabelText('Je naam of bijnaam'), { target: { value: name } });
  fireEvent.change(screen.getByLabelText('Pincode (mag leeg blijven)'), { target: { value: pin } });
  fireEvent.change(screen.getByLabelText('Herhaal je pincode'), { target: { value: repeat } });
  fireEvent.click(screen.getByRole('button', { name: 'Profiel aanmaken' }));
}

describe('App', () => {
  beforeEach(async () => {
    await initI18n('nl-BE');
    await i18next.changeLanguage('nl-BE');
    window.location.hash = '';
    sessionStorage.clear();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('asks for a first profile, then shows the library signed in, without opening the profile a second time', async () => {
    const core = installFakeCore();
    render(<App />);
    await createProfile('Amira');
    expect(await screen.findByRole('heading', { name: 'Bibliotheek' })).toBeTruthy();
    expect(screen.getByText('Ingelogd als Amira')).toBeTruthy();
    expect(core.calls.find((c) => c.name === 'learner/create')?.args).toEqual({ name: 'Amira' });
    expect(core.calls.some((c) => c.name === 'learner/open')).toBe(false);
  });

  it('signs a new profile with a PIN in at once, without asking the PIN that was just chosen', async () => {
    const core = installFakeCore();
    render(<App />);
    await createProfile('Noor', '2468');
    expect(await screen.findByText('Ingelogd als Noor')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(core.calls.find((c) => c.name === 'learner/create')?.args).toEqual({ name: 'Noor', pin: '2468' });
  });

  it('asks the PIN twice and says so when the two differ, without calling core', async () => {
    const core = installFakeCore();
    render(<App />);
    await createProfile('Noor', '2468', '2469');
    expect(await screen.findByText('De twee pincodes zijn niet gelijk.')).toBeTruthy();
    expect(core.calls.some((c) => c.name === 'learner/create')).toBe(false);
  });

  it('says what to fill in when the name is empty, without calling core', async () => {
    const core = installFakeCore();
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Profiel aanmaken' }));
    expect(await screen.findByText('Vul dit veld in.')).toBeTruthy();
    expect(screen.getByLabelText('Je naam of bijnaam').getAttribute('aria-invalid')).toBe('true');
    expect(core.calls.some((c) => c.name === 'learner/create')).toBe(false);
  });

  it('shows a duplicate name as a Dutch error with a hint', async () => {
    const core = installFakeCore();
    core.learners.push(learner('x', 'Sara'));
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuw profiel' }));
    await createProfile('sara');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Er bestaat al een profiel met de naam sara.');
    expect(alert.textContent).toContain('Kies een andere naam');
  });

  it('shows the profile picker on start, even when the last profile has no PIN', async () => {
    const core = installFakeCore();
    core.learners.push(learner('id-1', 'Amira'));
    core.settings.lastLearnerId = 'id-1';
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Wie ben jij?' })).toBeTruthy();
    expect(screen.queryByText('Ingelogd als Amira')).toBeNull();
    expect(core.calls.some((c) => c.name === 'learner/open')).toBe(false);
  });

  it('asks for a PIN left empty in the PIN dialog instead of sending it, and says a teacher can reset a forgotten one', async () => {
    const core = installFakeCore();
    core.learners.push(learner('id-1', 'Noor', '2468'));
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Kies profiel Noor' }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(dialog.textContent).toContain('Vraag je leerkracht om een nieuwe in te stellen');
    fireEvent.click(screen.getByRole('button', { name: 'Openen', hidden: true }));
    expect(await screen.findByText('Vul je pincode in.')).toBeTruthy();
    expect(core.calls.some((c) => c.name === 'learner/open')).toBe(false);
  });

  it('closes the profile after the idle time and shows the picker with the reason', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const core = installFakeCore();
    core.settings.idleMinutes = 5;
    render(<App />);
    await createProfile('Amira');
    await screen.findByText('Ingelogd als Amira');
    await act(() => vi.advanceTimersByTimeAsync(5 * 60_000));
    expect(await screen.findByRole('heading', { name: 'Wie ben jij?' })).toBeTruthy();
    expect(screen.getByText(/Je profiel werd gesloten na 5 minuten zonder activiteit/)).toBeTruthy();
    await waitFor(() => expect(core.calls.some((c) => c.name === 'learner/close')).toBe(true));
  });

  it('keeps the profile open while core saw activity (the module frame commits) and closes it once that stops', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const core = installFakeCore();
    core.settings.idleMinutes = 5;
    core.idleSeconds = 60;
    render(<App />);
    await createProfile('Amira');
    await screen.findByText('Ingelogd als Amira');
    await act(() => vi.advanceTimersByTimeAsync(5 * 60_000));
    expect(screen.getByText('Ingelogd als Amira')).toBeTruthy();
    core.idleSeconds = null;
    await act(() => vi.advanceTimersByTimeAsync(4 * 60_000));
    expect(await screen.findByRole('heading', { name: 'Wie ben jij?' })).toBeTruthy();
  });

  it('switches the UI to English and remembers the choice', async () => {
    const core = installFakeCore();
    render(<App />);
    fireEvent.change(await screen.findByLabelText('Taal'), { target: { value: 'en' } });
    expect(await screen.findByRole('heading', { name: 'Welcome to Leerpad' })).toBeTruthy();
    await waitFor(() => expect(core.settings.language).toBe('en'));
    expect(document.documentElement.lang).toBe('en');
  });
});
