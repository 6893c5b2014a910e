import type { WeekMinutes } from '../contract';

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** The Monday (local midnight) of the ISO week that holds `date`: ISO 8601 weeks run Monday to Sunday. */
export function mondayOf(date: Date): Date {
  const d = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return d;
}

/** ISO 8601 week label (`2026-W01`): week 1 is the week with the year's first Thursday, so 29 Dec can be W01. */
export function isoWeekOf(date: Date): string {
  const thursday = mondayOf(date);
  thursday.setDate(thursday.getDate() + 3);
  const jan1 = new Date(thursday.getFullYear(), 0, 1);
  const week = 1 + Math.floor(Math.round((thursday.getTime() - jan1.getTime()) / DAY_MS) / 7);
  return `${thursday.getFullYear()}-W${pad(week)}`;
}

/** The Monday that opens the `count` weeks up to and including the week of `now`. */
export function windowStart(now: Date, count: number): Date {
  const first = mondayOf(now);
  first.setDate(first.getDate() - 7 * (count - 1));
  return first;
}

const localDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/**
 * Minutes per ISO week for the `count` weeks up to and including the week of `now`, oldest first. A session
 * counts in the week it started (a session past Sunday midnight is rare and stays whole). Weeks are the
 * computer's local time: core runs on the learner's own computer.
 */
export function minutesPerWeek(sessions: readonly { startedAt: string; seconds: number }[], now: Date, count = 8): WeekMinutes[] {
  const first = windowStart(now, count);
  const weeks = Array.from({ length: count }, (_, i) => {
    const monday = new Date(first.getFullYear(), first.getMonth(), first.getDate() + 7 * i);
    return { week: isoWeekOf(monday), monday: localDate(monday), seconds: 0 };
  });
  const byWeek = new Map(weeks.map((w) => [w.week, w]));
  for (const s of sessions) {
    const w = byWeek.get(isoWeekOf(new Date(s.startedAt)));
    if (w) w.seconds += s.seconds;
  }
  return weeks.map(({ week, monday, seconds }) => ({ week, monday, minutes: Math.round(seconds / 60) }));
}
