// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/app/App';
import { i18next, initI18n } from '../../../../renderer/app/i18n';
import { installFakeCore } from '../fake-core';

describe('App', () => {
  beforeEach(async () => {
    await initI18n('nl-BE');
    await i18next.changeLanguage('nl-BE');
    window.location.hash = '';
    sessionStorage.clear();
  });
  afterEach(cleanup);

  it('asks for a first profile, then shows the library', async () => {
    const core = installFakeCore();
    render(<App />);
    const name = await screen.findByLabelText('Je naam of bijnaam');
    fireEvent.change(name, { target: { value: 'Amira' } });
    fireEvent.click(screen.getByRole('button', { name: 'Profiel aanmaken' }));
    expect(await screen.findByRole('heading', { name: 'Bibliotheek' })).toBeTruthy();
    expect(screen.getByText('Ingelogd als Amira')).toBeTruthy();
    expect(core.calls.find((c) => c.name === 'learner/create')?.args).toEqual({ name: 'Amira' });
    expect(core.settings.lastLearnerId).toBe('id-1');
    expect(core.calls.find((c) => c.name === 'learner/open')?.args).toEqual({ id: 'id-1' });
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
    core.learners.push({ id: 'x', name: 'Sara', hasPin: false, createdAt: '', lastActiveAt: null });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuw profiel' }));
    fireEvent.change(screen.getByLabelText('Je naam of bijnaam'), { target: { value: 'sara' } });
    fireEvent.click(screen.getByRole('button', { name: 'Profiel aanmaken' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Er bestaat al een profiel met de naam sara.');
    expect(alert.textContent).toContain('Kies een andere naam');
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
