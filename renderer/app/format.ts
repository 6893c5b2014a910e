import type { TFunction } from 'i18next';

export function formatDuration(t: TFunction, seconds: number): string {
  if (seconds > 0 && seconds < 60) return t('time.underMinute');
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t('time.minutes', { count: minutes });
  return t('time.hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}
