import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './week-chart.css';

export interface WeekBar {
  /** Short label under the bar, e.g. "30 nov.". */
  label: string;
  /** Full name of the week for the table, e.g. "week van 30 nov. 2026". */
  name: string;
  minutes: number;
}

const W = 560;
const H = 200;
const TOP = 26;
const BOTTOM = 34;

/**
 * Minutes per week as bars, each with its number above it, so the chart reads without its colours.
 * The SVG is one image named by its label and the visible summary; the table below says every week's minutes.
 */
export function WeekChart({ weeks, label, summary }: { weeks: readonly WeekBar[]; label: string; summary: string }) {
  const { t } = useTranslation();
  const id = useId();
  const max = Math.max(1, ...weeks.map((w) => w.minutes));
  const slot = W / Math.max(1, weeks.length);
  const barW = Math.min(44, slot * 0.6);
  const plotH = H - TOP - BOTTOM;

  return (
    <figure className="week-chart">
      {/* Visible, and the image's description too: the totals are worth reading without a screen reader. */}
      <figcaption id={`${id}-d`}>{summary}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="week-chart-svg">
        <title id={`${id}-t`}>{label}</title>
        <line className="week-chart-axis" x1={0} x2={W} y1={H - BOTTOM} y2={H - BOTTOM} />
        {weeks.map((w, i) => {
          const h = (w.minutes / max) * plotH;
          const x = i * slot + (slot - barW) / 2;
          return (
            <g key={w.name}>
              <rect className="week-chart-bar" x={x} y={H - BOTTOM - h} width={barW} height={h} rx={3} />
              <text className="week-chart-value" x={x + barW / 2} y={H - BOTTOM - h - 6} textAnchor="middle" fontSize={14}>
                {w.minutes}
              </text>
              <text className="week-chart-label" x={x + barW / 2} y={H - 10} textAnchor="middle" fontSize={13}>
                {w.label}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="week-chart-table">
        <summary>{t('myProgress.asTable')}</summary>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('myProgress.weekColumn')}</th>
              <th scope="col">{t('myProgress.minutesColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.name}>
                <th scope="row">{w.name}</th>
                <td>{w.minutes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
