import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../electron/core/contract';
import { WeekChart } from '../../components/WeekChart';
import { useDateFormat } from './dates';

/** Minutes per ISO week, the last 8 weeks (core counts a session in the week it started). */
export function StudyTime({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const { dayShort, dayLong } = useDateFormat();
  const last = data.weeks.length - 1;
  const bars = data.weeks.map((w, i) => ({
    label: i === last ? t('myProgress.thisWeek') : dayShort(w.monday),
    name: i === last ? `${t('myProgress.thisWeek')} (${t('myProgress.weekOf', { date: dayLong(w.monday) })})` : t('myProgress.weekOf', { date: dayLong(w.monday) }),
    minutes: w.minutes,
  }));
  const total = data.weeks.reduce((s, w) => s + w.minutes, 0);
  const busiest = data.weeks.reduce((a, b) => (b.minutes > a.minutes ? b : a), data.weeks[0]!);
  const summary = total === 0 ? t('myProgress.chartEmpty') : t('myProgress.chartSummary', { minutes: total, week: dayLong(busiest.monday) });
  return (
    <section aria-labelledby="dash-time">
      <h2 id="dash-time">{t('myProgress.timeHeading')}</h2>
      <p className="muted">{t('myProgress.weekRule')}</p>
      <WeekChart weeks={bars} label={t('myProgress.chartLabel')} summary={summary} />
    </section>
  );
}
