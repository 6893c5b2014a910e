// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportRow } from '../../../../../../electron/core/contract';
import { i18next, initI18n } from '../../../../../../renderer/app/i18n';
import { ReportRows } from '../../../../../../renderer/app/screens/reports/ReportRows';
import { sortRows } from '../../../../../../renderer/app/screens/reports/sort-rows';

const row = (learnerName: string, over: Partial<ReportRow>): ReportRow => ({
  kind: 'module',
  learnerId: learnerName,
  learnerName,
  courseId: 'mini',
  courseTitle: 'Mini',
  moduleId: 'm1',
  moduleTitle: 'Module 1',
  status: 'not-started',
  passed: null,
  bestScorePercent: null,
  timeSeconds: 0,
  lastStudiedAt: null,
  followedInSession: null,
  ...over,
});

const rows = [
  row('Amira', { status: 'finished', bestScorePercent: 80, timeSeconds: 1830, lastStudiedAt: '2026-03-02T08:15:00.000Z' }),
  row('bram', { status: 'quiz-not-passed', bestScorePercent: 60, timeSeconds: 1500, lastStudiedAt: '2026-03-03T13:40:00.000Z' }),
  row('Émile', {}),
  row('Zoë', { status: 'in-progress', timeSeconds: 240, lastStudiedAt: '2026-03-01T10:00:00.000Z' }),
];
const names = (list: ReportRow[]) => list.map((r) => r.learnerName);

describe('sorting the report rows', () => {
  it('sorts names as a Dutch reader expects: case and accents do not push a name to the end', () => {
    expect(names(sortRows(rows, { key: 'name', descending: false }, 'nl-BE'))).toEqual(['Amira', 'bram', 'Émile', 'Zoë']);
    expect(names(sortRows(rows, { key: 'name', descending: true }, 'nl-BE'))).toEqual(['Zoë', 'Émile', 'bram', 'Amira']);
  });
  it('sorts statuses in the order a learner goes through them, and keeps empty cells last both ways', () => {
    expect(names(sortRows(rows, { key: 'status', descending: false }, 'nl-BE'))).toEqual(['Émile', 'Zoë', 'bram', 'Amira']);
    expect(names(sortRows(rows, { key: 'best', descending: true }, 'nl-BE'))).toEqual(['Amira', 'bram', 'Émile', 'Zoë']);
    expect(names(sortRows(rows, { key: 'best', descending: false }, 'nl-BE'))).toEqual(['bram', 'Amira', 'Émile', 'Zoë']);
    expect(names(sortRows(rows, { key: 'last', descending: true }, 'nl-BE'))).toEqual(['bram', 'Amira', 'Zoë', 'Émile']);
  });
});

describe('the report table', () => {
  beforeEach(async () => {
    await initI18n('nl-BE');
    await i18next.changeLanguage('nl-BE');
  });
  afterEach(() => cleanup());

  it('sorts by a column when its title is chosen, and says so with aria-sort', () => {
    render(<ReportRows rows={rows} showCourse={false} />);
    const firstNames = () => within(screen.getByRole('table')).getAllByRole('rowheader').map((h) => h.textContent);
    expect(firstNames()).toEqual(['Amira', 'bram', 'Émile', 'Zoë']);
    fireEvent.click(screen.getByRole('button', { name: 'Studietijd' }));
    expect(firstNames()).toEqual(['Émile', 'Zoë', 'bram', 'Amira']);
    expect(screen.getByRole('columnheader', { name: /Studietijd/ }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: /Studietijd/ }));
    expect(firstNames()).toEqual(['Amira', 'bram', 'Zoë', 'Émile']);
    expect(screen.getByRole('columnheader', { name: /Studietijd/ }).getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('cell', { name: 'Toets nog niet geslaagd' })).toBeTruthy();
  });
});
