// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../renderer/app/App';
import { i18next, initI18n } from '../../../../renderer/app/i18n';
import { installFakeCore } from '../../../helpers/renderer/fake-core';

const learner = (id: string, name: string, pin?: string) => ({ id, name, hasPin: !!pin, createdAt: '', lastActiveAt: null, pin });

async function signInAs(name: string) {
  fireEvent.click(await screen.findByRole('button', { name: `Kies profiel ${name}` }));
  await screen.findByText(`Ingelogd als ${name}`);
}

describe('profiles and lecturer mode in the UI', () => {
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

  it("lists other profiles without any action on them: learner B cannot open A's delete dialog", async () => {
    const core = installFakeCore();
    core.learners.push(learner('a', 'Amira'), learner('b', 'Bram'));
    render(<App />);
    await signInAs('Bram');
    window.location.hash = '#/profiles';
    const others = await screen.findByRole('heading', { name: 'Andere profielen op deze computer' });
    const list = others.parentElement!.querySelector('ul')!;
    expect(within(list).getByText('Amira')).toBeTruthy();
    expect(within(list).queryAllByRole('button')).toEqual([]);
    expect(screen.getByRole('button', { name: 'Verwijderen: Bram' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Verwijderen: Amira' })).toBeNull();
  });

  it('asks for the PIN when deleting the own protected profile with the field left empty, without calling core', async () => {
    const core = installFakeCore();
    core.learners.push(learner('n', 'Noor', '2468'));
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Kies profiel Noor' }));
    fireEvent.change(await screen.findByLabelText('Pincode', { selector: 'input' }), { target: { value: '2468' } });
    fireEvent.click(screen.getByRole('button', { name: 'Openen', hidden: true }));
    await screen.findByText('Ingelogd als Noor');
    window.location.hash = '#/profiles';
    fireEvent.click(await screen.findByRole('button', { name: 'Verwijderen: Noor' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ja, verwijder Noor', hidden: true }));
    expect(await screen.findByText('Vul je pincode in.')).toBeTruthy();
    expect(core.calls.some((c) => c.name === 'learner/delete')).toBe(false);
  });

  it('changes the own PIN only with the current one, the new one typed twice', async () => {
    const core = installFakeCore();
    core.learners.push(learner('n', 'Noor', '1357'));
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Kies profiel Noor' }));
    fireEvent.change(await screen.findByLabelText('Pincode', { selector: 'input' }), { target: { value: '1357' } });
    fireEvent.click(screen.getByRole('button', { name: 'Openen', hidden: true }));
    await screen.findByText('Ingelogd als Noor');
    window.location.hash = '#/profiles';
    fireEvent.click(await screen.findByRole('button', { name: 'Pincode wijzigen' }));
    fireEvent.change(screen.getByLabelText('Nieuwe pincode'), { target: { value: '2468' } });
    fireEvent.change(screen.getByLabelText('Herhaal je pincode'), { target: { value: '2468' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Vul je pincode in.')).toBeTruthy();
    expect(core.calls.some((c) => c.name === 'learner/set-pin')).toBe(false);
    fireEvent.change(screen.getByLabelText('Huidige pincode'), { target: { value: '1357' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Je pincode is bewaard.')).toBeTruthy();
    expect(core.calls.find((c) => c.name === 'learner/set-pin')?.args).toEqual({ session: 'session-for-n-xxxxxxxx', currentPin: '1357', pin: '2468' });
  });

  it('keeps export out of the learner menu and puts it in the lecturer screen, which says where to set a teacher PIN', async () => {
    const core = installFakeCore();
    core.learners.push(learner('a', 'Amira'));
    render(<App />);
    await signInAs('Amira');
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).queryByRole('link', { name: 'Exporteren' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Vernieuwen' })).toBeNull();
    fireEvent.click(within(nav).getByRole('link', { name: 'Leerkracht' }));
    window.location.hash = '#/lecturer';
    const heading = await screen.findByRole('heading', { name: 'Leerkracht', level: 1 });
    // A new screen takes keyboard focus to its heading, so a screen reader says where the user is.
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(/Er is nog geen leerkrachtpincode op deze computer/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Exporteren voor Moodle of Canvas' })).toBeTruthy();
  });

  it('opens lecturer tools only with the teacher PIN once one is set, also when export is opened directly', async () => {
    const core = installFakeCore();
    core.learners.push(learner('a', 'Amira'));
    core.teacherPin = '9753';
    render(<App />);
    await signInAs('Amira');
    window.location.hash = '#/export';
    expect(await screen.findByText(/De leerkrachtmodus is gesloten/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Exporteren voor Moodle of Canvas' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Leerkrachtpincode'), { target: { value: '9753' } });
    fireEvent.click(screen.getByRole('button', { name: 'Leerkrachtmodus openen' }));
    expect(await screen.findByRole('heading', { name: 'Exporteren voor Moodle of Canvas' })).toBeTruthy();
  });

  it('closes lecturer mode in the window after its idle time, so the next person finds it locked', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const core = installFakeCore();
    core.learners.push(learner('a', 'Amira'));
    core.teacherPin = '9753';
    render(<App />);
    await signInAs('Amira');
    window.location.hash = '#/lecturer';
    fireEvent.change(await screen.findByLabelText('Leerkrachtpincode'), { target: { value: '9753' } });
    fireEvent.click(screen.getByRole('button', { name: 'Leerkrachtmodus openen' }));
    await screen.findByRole('button', { name: 'Leerkrachtmodus sluiten' });
    await act(() => vi.advanceTimersByTimeAsync(600_000));
    expect(await screen.findByText(/De leerkrachtmodus is gesloten/)).toBeTruthy();
    expect(core.calls.some((c) => c.name === 'teacher/lock')).toBe(true);
  });

  it("lets the teacher, in lecturer mode, rename another learner's profile", async () => {
    const core = installFakeCore();
    core.learners.push(learner('a', 'Amira'), learner('b', 'Bram'));
    core.teacherPin = '9753';
    render(<App />);
    await signInAs('Bram');
    window.location.hash = '#/lecturer';
    fireEvent.change(await screen.findByLabelText('Leerkrachtpincode'), { target: { value: '9753' } });
    fireEvent.click(screen.getByRole('button', { name: 'Leerkrachtmodus openen' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Naam wijzigen: Amira' }));
    const field = screen.getByLabelText('Nieuwe naam voor Amira');
    fireEvent.change(field, { target: { value: 'Amira K.' } });
    fireEvent.click(within(field.closest('form')!).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('De naam is gewijzigd in Amira', { exact: false })).toBeTruthy();
    expect(core.calls.find((c) => c.name === 'learner/rename')?.args).toEqual({ id: 'a', name: 'Amira K.', teacher: 'teacher-token-xxxxxxxxxx' });
  });
});
