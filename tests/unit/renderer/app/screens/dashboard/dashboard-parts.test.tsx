// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../../../../../electron/core/contract';
import { i18next, initI18n } from '../../../../../../renderer/app/i18n';
import { MyChecklists } from '../../../../../../renderer/app/screens/dashboard/MyChecklists';
import { MyReflections } from '../../../../../../renderer/app/screens/dashboard/MyReflections';
import { NextStep } from '../../../../../../renderer/app/screens/dashboard/NextStep';
import { StudyTime } from '../../../../../../renderer/app/screens/dashboard/StudyTime';

const lever = (id: string, title: string) => ({ id, title, modulesTotal: 1, modulesCompleted: 0, percent: 0 });
const week = (monday: string, minutes: number) => ({ week: `W-${monday}`, monday, minutes });

function dashboard(over: Partial<Dashboard> = {}): Dashboard {
  return {
    courseId: 'kkgk',
    courseTitle: 'Kleine kinderen, grote kansen',
    modules: [],
    themes: [{ ...lever('interacties', 'Kwaliteitsvolle interacties'), levers: [lever('onderzoeken', 'Onderzoeken'), lever('rijke-taal', 'Rijke taal')] }],
    umbrella: lever('kinderrechten', 'Kinderrechten'),
    overall: { modulesCompleted: 1, modulesTotal: 16, percent: 6, timeSeconds: 1800 },
    continueWith: { moduleId: 'hefboom-expressie', title: 'Hefboom 2: expressie', sectionTitle: 'Kijk naar je eigen praktijk' },
    reflections: [
      { moduleId: 'm5', moduleTitle: 'Hefboom 1: onderzoeken', reflectionId: 'r1', prompt: 'Denk aan een moment uit je klas.', written: true, characters: 120, updatedAt: '2026-12-01T10:00:00Z', firstLine: 'Lina meet zelf het water.' },
      { moduleId: 'm6', moduleTitle: 'Hefboom 2: expressie', reflectionId: 'r2', prompt: 'Kijk terug op een week.', written: false, characters: 0, updatedAt: null, firstLine: null },
    ],
    checklists: [
      {
        moduleId: 'm8',
        moduleTitle: 'Hefboom 4: rijke taal',
        checklistId: 'k-taal',
        title: 'Kijkwijzer rijke taal',
        levers: ['rijke-taal'],
        scale: ['Nog niet', 'Soms', 'Vaak', 'Altijd'],
        items: [
          { itemId: 'a', text: 'Ik benoem wat een kind doet.', first: { rating: 0, at: '2026-11-20T10:00:00Z' }, latest: { rating: 2, at: '2026-12-02T10:00:00Z' }, ratings: 2 },
          { itemId: 'b', text: 'Ik stel open vragen.', first: { rating: 1, at: '2026-11-20T10:00:00Z' }, latest: { rating: 1, at: '2026-11-20T10:00:00Z' }, ratings: 1 },
        ],
      },
      { moduleId: 'm5', moduleTitle: 'Hefboom 1: onderzoeken', checklistId: 'k-onderzoeken', title: 'Kijkwijzer onderzoeken', levers: ['onderzoeken'], scale: ['Nog niet', 'Soms'], items: [{ itemId: 'c', text: 'Er ligt materiaal klaar.', first: null, latest: null, ratings: 0 }] },
    ],
    weeks: [week('2026-10-12', 0), week('2026-10-19', 0), week('2026-10-26', 0), week('2026-11-02', 0), week('2026-11-09', 0), week('2026-11-16', 20), week('2026-11-23', 0), week('2026-11-30', 35)],
    ...over,
  };
}

describe('Mijn voortgang, part by part', () => {
  beforeAll(async () => {
    await initI18n('nl-BE');
    await i18next.changeLanguage('nl-BE');
  });
  afterEach(cleanup);

  it('offers one continue button, to the module core chose, with where the learner was', () => {
    render(<NextStep data={dashboard()} />);
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]!.textContent).toBe('Ga verder met Hefboom 2: expressie');
    expect(links[0]!.getAttribute('href')).toBe('#/play/kkgk/hefboom-expressie');
    expect(screen.getByText('Je was bij: Kijk naar je eigen praktijk')).toBeTruthy();
    expect(screen.getByText('1 van 16 modules afgerond')).toBeTruthy();
  });

  it('lists reflections by their own first line, the prompt as second line, with module link and date; open ones are counted apart', () => {
    render(<MyReflections data={dashboard()} />);
    const items = screen.getAllByRole('listitem');
    const card = items.find((li) => li.textContent!.startsWith('Lina meet zelf het water.'))!;
    expect(card.textContent).toContain('Bij de vraag: Denk aan een moment uit je klas.');
    expect(within(card).getByRole('link', { name: 'Hefboom 1: onderzoeken' }).getAttribute('href')).toBe('#/play/kkgk/m5');
    expect(card.textContent).toMatch(/1 dec\.? 2026/);
    expect(screen.getByText('Nog 1 reflectie open')).toBeTruthy();
  });

  it('shows kijkwijzers in the order of the framework, with the change of a rating from the first time to the last', () => {
    render(<MyChecklists data={dashboard()} />);
    // Only a kijkwijzer with a rating; "Kijkwijzer onderzoeken" was never filled in.
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Kijkwijzer rijke taal']);
    const table = screen.getByRole('table', { name: 'Kijkwijzer rijke taal' });
    const [changed, same] = within(table).getAllByRole('row').slice(1);
    expect(changed!.textContent).toMatch(/^Ik benoem wat een kind doet\.Nog niet \(20 nov\.? 2026\)van Nog niet naar Vaak \(2 dec\.? 2026\)$/);
    expect(same!.textContent).toContain('onveranderd');
  });

  it('says so when no kijkwijzer was filled in yet, and lists none', () => {
    render(<MyChecklists data={dashboard({ checklists: [] })} />);
    expect(screen.getByText('Je vulde nog geen kijkwijzer in.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('names the chart by the minutes of the last 8 weeks, the current week last', () => {
    render(<StudyTime data={dashboard()} />);
    const img = screen.getByRole('img');
    const desc = document.getElementById(img.getAttribute('aria-labelledby')!.split(' ')[1]!)!.textContent;
    expect(desc).toMatch(/^Samen 55 minuten in 8 weken, het meest in de week van 30 nov\.? 2026\.$/);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(8);
    expect(rows[7]!.textContent).toMatch(/^deze week \(week van 30 nov\.? 2026\)35$/);
  });
});
