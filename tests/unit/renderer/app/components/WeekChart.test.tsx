// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WeekChart } from '../../../../../renderer/app/components/WeekChart';
import { i18next, initI18n } from '../../../../../renderer/app/i18n';

const weeks = [
  { label: '23 nov', name: 'week van 23 nov 2026', minutes: 45 },
  { label: '30 nov', name: 'week van 30 nov 2026', minutes: 0 },
  { label: 'deze week', name: 'deze week', minutes: 90 },
];

describe('the minutes-per-week chart', () => {
  beforeAll(async () => {
    await initI18n('nl-BE');
    await i18next.changeLanguage('nl-BE');
  });
  afterEach(cleanup);

  it('is one image named by its label and summary, with every week in a table', () => {
    render(<WeekChart weeks={weeks} label="Minuten per week" summary="Samen 135 minuten." />);
    const img = screen.getByRole('img');
    const [titleId, descId] = img.getAttribute('aria-labelledby')!.split(' ');
    expect(document.getElementById(titleId!)!.textContent).toBe('Minuten per week');
    expect(document.getElementById(descId!)!.textContent).toBe('Samen 135 minuten.');
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['week van 23 nov 202645', 'week van 30 nov 20260', 'deze week90']);
  });

  it('draws bars in proportion, each with its number above it', () => {
    const { container } = render(<WeekChart weeks={weeks} label="x" summary="y" />);
    const heights = [...container.querySelectorAll('rect.week-chart-bar')].map((r) => Number(r.getAttribute('height')));
    expect(heights[2]).toBeCloseTo(heights[0]! * 2);
    expect(heights[1]).toBe(0);
    expect([...container.querySelectorAll('text.week-chart-value')].map((t) => t.textContent)).toEqual(['45', '0', '90']);
  });
});
