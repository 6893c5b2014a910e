import { describe, expect, it } from 'vitest';
import { isoWeekOf, minutesPerWeek } from '../../../../electron/core/progress/iso-week';

const local = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h);

describe('ISO weeks', () => {
  it('numbers weeks as ISO 8601 does, also around New Year', () => {
    expect(isoWeekOf(local(2026, 12, 4))).toBe('2026-W49');
    expect(isoWeekOf(local(2026, 12, 28))).toBe('2026-W53');
    expect(isoWeekOf(local(2027, 1, 3))).toBe('2026-W53');
    expect(isoWeekOf(local(2025, 12, 29))).toBe('2026-W01');
    expect(isoWeekOf(local(2024, 12, 30))).toBe('2025-W01');
  });

  it('runs a week from Monday to Sunday', () => {
    expect(isoWeekOf(local(2026, 11, 30, 0))).toBe('2026-W49');
    expect(isoWeekOf(local(2026, 12, 6, 23))).toBe('2026-W49');
    expect(isoWeekOf(local(2026, 12, 7, 0))).toBe('2026-W50');
  });
});

describe('minutes per week', () => {
  it('gives the last 8 weeks, oldest first, ending with this week, with the minutes of the sessions started in each', () => {
    const now = local(2026, 12, 4);
    const weeks = minutesPerWeek(
      [
        { startedAt: local(2026, 12, 1).toISOString(), seconds: 600 },
        { startedAt: local(2026, 12, 3).toISOString(), seconds: 930 },
        { startedAt: local(2026, 11, 24).toISOString(), seconds: 3600 },
        { startedAt: local(2026, 9, 1).toISOString(), seconds: 9999 },
      ],
      now,
    );
    expect(weeks).toHaveLength(8);
    expect(weeks[0]).toEqual({ week: '2026-W42', monday: '2026-10-12', minutes: 0 });
    expect(weeks.at(-2)).toEqual({ week: '2026-W48', monday: '2026-11-23', minutes: 60 });
    expect(weeks.at(-1)).toEqual({ week: '2026-W49', monday: '2026-11-30', minutes: 26 });
  });
});
