// @vitest-environment happy-dom
import axe from 'axe-core';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18next, initI18n } from '../../../../../../renderer/app/i18n';
import { AutoBackupCard } from '../../../../../../renderer/app/screens/lecturer/AutoBackupCard';
import { LearnerImportCard } from '../../../../../../renderer/app/screens/lecturer/LearnerImportCard';
import { RestoreCard } from '../../../../../../renderer/app/screens/lecturer/RestoreCard';
import { DATA_RESTORED } from '../../../../../../renderer/app/screens/lecturer/restored-event';

type Args = Record<string, unknown>;
type Answer = { ok: true; data: unknown } | { ok: false; error: unknown };

/** Core over HTTP as the web harness answers: `/upload` gives an id, each call its answer. */
function installCore(answers: Record<string, Answer>) {
  const calls: { name: string; args: Args }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (String(url).endsWith('/upload')) return new Response(JSON.stringify({ ok: true, data: { uploadId: 'upload-0123456789abcdef' } }));
      const name = String(url).replace(/^.*\/rpc\//, '');
      calls.push({ name, args: JSON.parse(String(init?.body ?? '{}')) as Args });
      const answer = answers[name] ?? { ok: false, error: { code: 'UNKNOWN_CALL', message: name } };
      return new Response(JSON.stringify(answer), { status: answer.ok ? 200 : 400 });
    }),
  );
  return calls;
}

const choose = (label: string, name: string) => fireEvent.change(screen.getByLabelText(label), { target: { files: [new File(['x'], name)] } });

async function axeViolations(container: Element) {
  const result = await axe.run(container, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => v.id);
}

beforeEach(async () => {
  await initI18n('nl-BE');
  await i18next.changeLanguage('nl-BE');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('restoring a backup from the computer settings', () => {
  it('asks first, saying the current data is kept, then restores and sends everyone back to the profile picker', async () => {
    const calls = installCore({ 'backup/restore': { ok: true, data: { createdAt: '2026-12-01T09:30:00.000Z', learners: 12, keptAs: '/data/backups/before-restore-x' } } });
    const restored = vi.fn();
    window.addEventListener(DATA_RESTORED, restored);
    const { container } = render(<RestoreCard teacher="tok" />);
    choose('Back-upbestand', 'leerpad-backup-2026-12-01.zip');

    const dialog = await screen.findByRole('dialog', { name: 'Deze back-up terugzetten?' });
    expect(dialog.textContent).toContain('leerpad-backup-2026-12-01.zip');
    expect(dialog.textContent).toContain('backups/before-restore-');
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ja, zet de back-up terug' }));

    await waitFor(() => expect(restored).toHaveBeenCalledTimes(1));
    expect(calls.find((c) => c.name === 'backup/restore')?.args).toEqual({ uploadId: 'upload-0123456789abcdef', teacher: 'tok' });
    expect((restored.mock.calls[0]![0] as CustomEvent<string>).detail).toMatch(/^De back-up van .+ is teruggezet \(12 profielen\)\. Kies je profiel om verder te gaan\.$/);
    window.removeEventListener(DATA_RESTORED, restored);
  });

  it('restores nothing when the teacher cancels', async () => {
    const calls = installCore({});
    render(<RestoreCard teacher={null} />);
    choose('Back-upbestand', 'leerpad-backup.zip');
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls).toEqual([]);
  });

  it('says in Dutch what is wrong with a refused file and that nothing changed', async () => {
    installCore({ 'backup/restore': { ok: false, error: { code: 'BACKUP_REFUSED', message: 'Cannot restore x.zip: the checksum of library/a does not match.', params: { reason: 'checksum' } } } });
    const { container } = render(<RestoreCard teacher={null} />);
    choose('Back-upbestand', 'leerpad-backup.zip');
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ja, zet de back-up terug' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Deze back-up is beschadigd: een bestand erin is veranderd nadat de back-up gemaakt werd.');
    expect(alert.textContent).toContain('Er werd niets gewijzigd.');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('does not send a file that is not a zip', async () => {
    const calls = installCore({});
    render(<RestoreCard teacher={null} />);
    choose('Back-upbestand', 'notities.docx');
    expect((await screen.findByRole('alert')).textContent).toContain('notities.docx is geen zip-bestand.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls).toEqual([]);
  });
});

describe('bringing in a learner from another computer', () => {
  it('shows what the merge did and refreshes the profiles', async () => {
    const calls = installCore({
      'learner/transfer-import': { ok: true, data: { learnerId: 'l1', learnerName: 'Noor', created: false, attemptsAdded: 2, attemptsUpdated: 1, versionsKept: 1 } },
    });
    const onImported = vi.fn();
    const { container } = render(<LearnerImportCard teacher="tok" onImported={onImported} />);
    choose('Leerlingbestand', 'leerpad-learner-Noor.json');

    await waitFor(() => expect(onImported).toHaveBeenCalled());
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Het werk van Noor is samengevoegd met het profiel op deze computer.');
    expect(status.textContent).toContain('2 pogingen aan een module toegevoegd');
    expect(status.textContent).toContain('1 poging bijgewerkt met nieuwer werk');
    expect(status.textContent).toContain('1 andere versie van een reflectie bewaard');
    expect(calls[0]).toEqual({ name: 'learner/transfer-import', args: { uploadId: 'upload-0123456789abcdef', teacher: 'tok' } });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says why a learner file is refused, in English too', async () => {
    await i18next.changeLanguage('en');
    installCore({ 'learner/transfer-import': { ok: false, error: { code: 'LEARNER_FILE_REFUSED', message: 'newer', params: { reason: 'newer-format' } } } });
    render(<LearnerImportCard teacher={null} onImported={vi.fn()} />);
    choose('Learner file', 'leerpad-learner-Noor.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This learner file was made with a newer version of Leerpad.');
    expect(alert.textContent).toContain('Install the newest version of Leerpad on this computer');
  });
});

describe('the daily copy settings', () => {
  const status = (on: boolean, keep: number) => ({
    autoBackup: on,
    autoBackupKeep: keep,
    keepLimits: { min: 3, max: 30 },
    copies: [
      { date: '2026-12-04', bytes: 2_411_724 },
      { date: '2026-12-03', bytes: 2_306_867 },
    ],
  });

  it('lists the copies with their size, refuses a number out of range and saves the choice', async () => {
    const calls = installCore({ 'backup/status': { ok: true, data: status(true, 7) }, 'backup/auto-settings': { ok: true, data: status(true, 14) } });
    const { container } = render(<AutoBackupCard teacher={null} />);
    const list = await screen.findByRole('list');
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringContaining('2,3 MB'), expect.stringContaining('2,2 MB')]);
    expect(list.textContent).toContain('4 december 2026');

    const keep = screen.getByLabelText('Zoveel dagelijkse kopieën bewaren');
    fireEvent.change(keep, { target: { value: '40' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Geef een getal van 3 tot 30.')).toBeTruthy();
    expect(calls.filter((c) => c.name === 'backup/auto-settings')).toEqual([]);

    fireEvent.change(keep, { target: { value: '14' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Bewaard: Leerpad maakt elke dag een kopie en houdt de laatste 14.'));
    expect(calls.find((c) => c.name === 'backup/auto-settings')?.args).toEqual({ autoBackup: true, autoBackupKeep: 14 });
    expect(await axeViolations(container)).toEqual([]);
  });
});
