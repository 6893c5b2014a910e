// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PackageItem, PackageOutline } from '../../../../../../electron/core/contract';
import { i18next, initI18n } from '../../../../../../renderer/app/i18n';
import { PackagePlayer } from '../../../../../../renderer/app/screens/package/PackagePlayer';

const status = (completion: 'not attempted' | 'incomplete' | 'completed', success: 'passed' | 'failed' | 'unknown' = 'unknown') => ({ completion, success, scoreScaled: null, lastStudiedAt: null });
const sco = (id: string, title: string, extra: Partial<PackageItem> = {}): PackageItem => ({ id, title, launchable: true, children: [], status: status('not attempted'), ...extra });

const outline: PackageOutline = {
  id: 'multi',
  title: 'Drie lessen',
  edition: '1.2',
  scoCount: 3,
  bytes: 1000,
  importedAt: '2026-12-01T10:00:00Z',
  status: status('incomplete'),
  resumeItemId: 'les2',
  items: [
    { id: 'deel1', title: 'Deel 1', launchable: false, status: null, children: [sco('les1', 'Les 1', { status: status('completed', 'passed') }), sco('les2', 'Les 2', { status: status('incomplete') })] },
    { id: 'deel2', title: 'Deel 2', launchable: false, status: null, children: [sco('web', 'Op het web', { notice: 'external-url' })] },
  ],
};

function installCore() {
  const calls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const name = String(url).replace(/^.*\/rpc\//, '');
      calls.push(name);
      if (name === 'package/outline') return new Response(JSON.stringify({ ok: true, data: outline }), { status: 200 });
      // The launch never answers here: these tests are about the tree and the notice, not the frame.
      return new Promise<Response>(() => undefined);
    }),
  );
  return calls;
}

describe('the package player', () => {
  beforeEach(async () => {
    await initI18n('nl-BE');
    await i18next.changeLanguage('nl-BE');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("draws the package's organization as nested lists: folders as text, parts as links with their status in words", async () => {
    installCore();
    render(<PackagePlayer packageId="multi" session="s" />);
    const tree = await screen.findByRole('navigation', { name: 'Onderdelen van het pakket' });
    expect(within(tree).queryByRole('link', { name: /Deel 1/ })).toBeNull();
    expect(within(tree).getByText('Deel 1')).toBeTruthy();
    const les1 = within(tree).getByRole('link', { name: /Les 1/ });
    expect(les1.textContent).toContain('Geslaagd');
    expect(les1.closest('ul')!.parentElement!.textContent).toContain('Deel 1');
    // Opens where the learner left off (core's resumeItemId): the current part says so.
    const les2 = within(tree).getByRole('link', { name: /Les 2/ });
    expect(les2.getAttribute('aria-current')).toBe('page');
    expect(les2.textContent).toContain('Bezig');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Onderdeel 2 van 3');
    expect(screen.getByRole('link', { name: '← Vorig onderdeel' }).getAttribute('href')).toBe('#/package/multi/les1');
    expect(screen.getByRole('link', { name: 'Volgend onderdeel →' }).getAttribute('href')).toBe('#/package/multi/web');
  });

  it('shows a notice instead of a blank frame for a part that opens a website, and launches nothing', async () => {
    const calls = installCore();
    render(<PackagePlayer packageId="multi" itemId="web" session="s" />);
    expect((await screen.findByText('Dit onderdeel opent een website en werkt niet offline.')).closest('.notice')).toBeTruthy();
    expect(document.querySelector('iframe')).toBeNull();
    expect(calls).not.toContain('package/launch');
    expect(screen.queryByRole('link', { name: 'Volgend onderdeel →' })).toBeNull();
  });
});
