// @vitest-environment happy-dom
import axe from 'axe-core';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Portfolio as PortfolioData } from '../../../../../../electron/core/contract';
import { i18next, initI18n } from '../../../../../../renderer/app/i18n';
import { Portfolio } from '../../../../../../renderer/app/screens/portfolio/Portfolio';

const lever = (id: string, title: string, done: number, total: number) => ({ id, title, modulesCompleted: done, modulesTotal: total, percent: Math.round((done / total) * 100) });

const portfolio: PortfolioData = {
  learnerName: 'Amira',
  courseId: 'kkgk',
  courseTitle: 'Kleine kinderen, grote kansen',
  generatedAt: '2026-12-04T10:00:00.000Z',
  reflections: [
    { reflectionId: 'r-onderzoeken', moduleId: 'm5', moduleTitle: 'Hefboom 1: onderzoeken', prompt: 'Denk aan een moment…', text: 'Lina meet zelf hoeveel water in de beker past.', updatedAt: '2026-12-03T10:00:00.000Z', written: true, versions: [] },
    { reflectionId: 'r-welkom', moduleId: 'm1', moduleTitle: 'Welkom', prompt: 'Waar sta je?', text: 'Een persoonlijke notitie.', updatedAt: '2026-12-02T10:00:00.000Z', written: true, versions: [{ text: 'Wat ik op de laptop schreef.', writtenAt: '2026-12-01T09:00:00.000Z' }] },
  ],
  checklists: [],
  quizzes: [{ moduleId: 'm5', moduleTitle: 'Hefboom 1: onderzoeken', scorePercent: 80, passPercent: 70, passed: true, verdict: 'passed', questionsCorrect: 4, questionsTotal: 5, attempts: 2 },
    { moduleId: 'm6', moduleTitle: 'Hefboom 2: expressie', scorePercent: null, passPercent: 70, passed: false, verdict: 'not-taken', questionsCorrect: 0, questionsTotal: 5, attempts: 1 },
  ],
  themes: [{ ...lever('kwaliteit', 'Kwaliteitsvolle interacties', 1, 4), levers: [lever('onderzoeken', 'Onderzoeken', 1, 2)] }],
  umbrella: lever('kinderrechten', 'Kinderrechten', 0, 1),
  overall: { modulesCompleted: 1, modulesTotal: 16, percent: 6, timeSeconds: 3600 },
};

function installCore() {
  const calls: { name: string; args: Record<string, unknown> }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const name = String(url).replace(/^.*\/rpc\//, '');
      calls.push({ name, args: JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown> });
      if (name === 'portfolio/get') return new Response(JSON.stringify({ ok: true, data: portfolio }));
      if (name === 'portfolio/export') {
        return new Response(JSON.stringify({ ok: true, data: { fileName: 'portfolio-Amira.md', format: 'md', bytes: 900, path: '/data/exports/portfolio-Amira.md', downloadUrl: null, reflections: 1 } }));
      }
      return new Response(JSON.stringify({ ok: false, error: { code: 'UNKNOWN_CALL', message: name } }), { status: 404 });
    }),
  );
  return calls;
}

beforeEach(async () => {
  localStorage.clear();
  await initI18n('nl-BE');
  await i18next.changeLanguage('nl-BE');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Mijn portfolio', () => {
  it('leaves an unticked reflection out of the export and remembers that for the profile, not for another', async () => {
    const calls = installCore();
    const { unmount } = render(<Portfolio courseId="kkgk" session={'s'.repeat(20)} learnerId="amira" />);
    const welkom = await screen.findByRole('article', { name: 'Welkom' });
    expect(welkom.textContent).toContain('Andere versie (van');
    expect(welkom.textContent).toContain('Wat ik op de laptop schreef.');
    fireEvent.click(within(welkom).getByRole('checkbox', { name: 'Neem op in de export' }));
    expect(screen.getByText(/Je export bevat 1 reflectie,/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Download als Markdown' }));
    await waitFor(() => expect(screen.getByText('Je portfolio staat klaar: portfolio-Amira.md.')).toBeTruthy());
    expect(calls.find((c) => c.name === 'portfolio/export')?.args).toEqual({ session: 's'.repeat(20), courseId: 'kkgk', format: 'md', exclude: ['r-welkom'] });
    expect(screen.getByText('/data/exports/portfolio-Amira.md')).toBeTruthy();
    unmount();

    render(<Portfolio courseId="kkgk" session={'s'.repeat(20)} learnerId="amira" />);
    expect((within(await screen.findByRole('article', { name: 'Welkom' })).getByRole('checkbox') as HTMLInputElement).checked).toBe(false);
    cleanup();
    render(<Portfolio courseId="kkgk" session={'t'.repeat(20)} learnerId="bram" />);
    expect((within(await screen.findByRole('article', { name: 'Welkom' })).getByRole('checkbox') as HTMLInputElement).checked).toBe(true);
  });

  it('gives the progress chart a table with the same numbers, the quiz result in words, and is axe-clean', async () => {
    installCore();
    const { container } = render(<Portfolio courseId="kkgk" session={'s'.repeat(20)} learnerId="amira" />);
    const table = await screen.findByRole('table', { name: 'Dezelfde voortgang als tabel' });
    const rows = within(table).getAllByRole('row').map((r) => r.textContent);
    expect(rows).toContain('Hefboom: Onderzoeken1 van 250 %');
    expect(rows).toContain('Hele cursus1 van 166 %');
    expect(screen.getByRole('figure').querySelector('[aria-hidden="true"]')).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Mijn toetsen' })).getByRole('row', { name: /onderzoeken/ }).textContent).toContain('80 % (nodig: 70 %)Geslaagd4 van 52');
    // A quiz never finished is not a failed one: the learner only wrote in that module.
    expect(within(screen.getByRole('table', { name: 'Mijn toetsen' })).getByRole('row', { name: /expressie/ }).textContent).toBe('Hefboom 2: expressie—Nog niet gemaakt—1');
    const result = await axe.run(container, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
