// @vitest-environment happy-dom
import axe from 'axe-core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18next, initI18n } from '../../../../../../renderer/app/i18n';
import { BackupCard } from '../../../../../../renderer/app/screens/lecturer/BackupCard';

type Args = Record<string, unknown>;

function installCore(answer: { ok: true; data: unknown } | { ok: false; error: unknown }) {
  const calls: { name: string; args: Args }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const name = String(url).replace(/^.*\/rpc\//, '');
      calls.push({ name, args: JSON.parse(String(init?.body ?? '{}')) as Args });
      if (name === 'backup/create') return new Response(JSON.stringify(answer), { status: answer.ok ? 200 : 403 });
      return new Response(JSON.stringify({ ok: false, error: { code: 'UNKNOWN_CALL', message: name } }), { status: 404 });
    }),
  );
  return calls;
}

const made = { fileName: 'leerpad-backup-2026-12-04-101500.zip', bytes: 52_000, path: '/data/exports/leerpad-backup-2026-12-04-101500.zip', learners: 12 };

describe('the backup card in the computer settings', () => {
  beforeEach(async () => {
    await initI18n('nl-BE');
    await i18next.changeLanguage('nl-BE');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("makes a backup with the teacher's token and offers the file for download in the browser", async () => {
    const calls = installCore({ ok: true, data: { ...made, downloadUrl: './exports/leerpad-backup-2026-12-04-101500.zip' } });
    const { container } = render(<BackupCard teacher="tok" />);
    fireEvent.click(screen.getByRole('button', { name: 'Maak een back-up' }));

    const link = await screen.findByRole('link', { name: 'Back-up downloaden' });
    expect(link.getAttribute('href')).toBe('./exports/leerpad-backup-2026-12-04-101500.zip');
    expect(screen.getByRole('status').textContent).toBe('Back-up gemaakt: leerpad-backup-2026-12-04-101500.zip (12 profielen).');
    expect(calls.find((c) => c.name === 'backup/create')?.args).toEqual({ teacher: 'tok' });
    const result = await axe.run(container, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('shows where the file is on the desktop, in English too', async () => {
    await i18next.changeLanguage('en');
    installCore({ ok: true, data: { ...made, learners: 1, downloadUrl: null } });
    render(<BackupCard teacher={null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Make a backup' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Backup made: leerpad-backup-2026-12-04-101500.zip (1 profile).'));
    expect(screen.getByText(made.path)).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('says why when lecturer mode is needed', async () => {
    installCore({ ok: false, error: { code: 'TEACHER_REQUIRED', message: 'Open lecturer mode first.' } });
    render(<BackupCard teacher={null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Maak een back-up' }));
    await waitFor(() => expect(screen.queryByRole('link')).toBeNull());
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});
