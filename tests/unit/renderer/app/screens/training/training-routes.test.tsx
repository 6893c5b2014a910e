// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../../../renderer/app/App';
import { i18next, initI18n } from '../../../../../../renderer/app/i18n';
import { installFakeCore } from '../../../../../helpers/renderer/fake-core';

/** The fake core, answering the session list too (empty). */
function coreWithTrainings() {
  const core = installFakeCore();
  const inner = globalThis.fetch;
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    if (String(url).endsWith('/rpc/training/list')) {
      core.calls.push({ name: 'training/list', args: JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown> });
      return new Response(JSON.stringify({ ok: true, data: [] }));
    }
    return inner(url, init);
  });
  return core;
}

describe("the trainer's screens in the app", () => {
  beforeEach(async () => {
    await initI18n('nl-BE');
    await i18next.changeLanguage('nl-BE');
    sessionStorage.clear();
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    window.location.hash = '';
  });

  it('asks the teacher PIN first once one is set, then lists the sessions with the lecturer token', async () => {
    const core = coreWithTrainings();
    core.teacherPin = '1357';
    core.learners.push({ id: 'id-1', name: 'Noor', hasPin: false, createdAt: '', lastActiveAt: null });
    window.location.hash = '#/trainings';
    render(<App />);
    fireEvent.change(await screen.findByLabelText('Leerkrachtpincode'), { target: { value: '1357' } });
    expect(core.calls.some((c) => c.name === 'training/list')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Leerkrachtmodus openen' }));
    expect(await screen.findByText('Er zijn nog geen sessies op deze computer.')).toBeTruthy();
    expect(core.calls.find((c) => c.name === 'training/list')?.args).toEqual({ teacher: 'teacher-token-xxxxxxxxxx' });
  });

  it('opens the notes window without a profile or lecturer mode: it asks core nothing', async () => {
    const core = coreWithTrainings();
    core.teacherPin = '1357';
    core.learners.push({ id: 'id-1', name: 'Noor', hasPin: false, createdAt: '', lastActiveAt: null });
    window.location.hash = '#/training/t1/notes';
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Notities voor de trainer' })).toBeTruthy();
    expect(core.calls.filter((c) => c.name.startsWith('training/'))).toEqual([]);
    // The whole window is the trainer's notes: no app header or language choice.
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.getByRole('main')).toBeTruthy();
  });

  it('gives the presenter view the whole window, without the app header, and a way back when core refuses', async () => {
    const core = coreWithTrainings();
    core.learners.push({ id: 'id-1', name: 'Noor', hasPin: false, createdAt: '', lastActiveAt: null });
    window.location.hash = '#/training/t-gone/present';
    render(<App />);
    const back = await screen.findByRole('link', { name: 'Terug naar de sessies' });
    expect(back.getAttribute('href')).toBe('#/trainings');
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByLabelText('Taal')).toBeNull();
  });

  it('keeps the app header while the presenter view waits for the teacher PIN', async () => {
    const core = coreWithTrainings();
    core.teacherPin = '1357';
    core.learners.push({ id: 'id-1', name: 'Noor', hasPin: false, createdAt: '', lastActiveAt: null });
    window.location.hash = '#/training/t1/present';
    render(<App />);
    expect(await screen.findByLabelText('Leerkrachtpincode')).toBeTruthy();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByLabelText('Taal')).toBeTruthy();
  });

  it('says there is no usable course instead of an empty form', async () => {
    const core = coreWithTrainings();
    core.learners.push({ id: 'id-1', name: 'Noor', hasPin: false, createdAt: '', lastActiveAt: null });
    window.location.hash = '#/trainings/new';
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Nieuwe sessie' })).toBeTruthy();
    expect(await screen.findByText(/Er staat nog geen bruikbare cursus op deze computer/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sessie aanmaken' })).toBeNull();
  });
});
