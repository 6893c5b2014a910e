import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeverProgress, Portfolio } from '../../../../electron/core/contract';

interface Row {
  key: string;
  label: string;
  part: LeverProgress;
  theme: boolean;
}

/**
 * Progress per kernthema and hefboom as a bar chart, and the same numbers as a table: the bars are a
 * picture for the eye (hidden from screen readers), the table is the text alternative.
 */
export function LeverProgressChart({ data }: { data: Portfolio }) {
  const { t } = useTranslation();
  const chartId = useId();
  const rows: Row[] = [
    ...data.themes.flatMap((th) => [
      { key: th.id, label: `${t('myProgress.theme')}: ${th.title}`, part: th, theme: true },
      ...th.levers.map((l) => ({ key: `${th.id}/${l.id}`, label: `${t('myProgress.lever')}: ${l.title}`, part: l, theme: false })),
    ]),
    { key: data.umbrella.id, label: data.umbrella.title, part: data.umbrella, theme: true },
  ];
  const done = (p: { modulesCompleted: number; modulesTotal: number }) => t('portfolio.doneValue', { done: p.modulesCompleted, total: p.modulesTotal });

  return (
    <section aria-labelledby="pf-progress" className="stack">
      <h2 id="pf-progress">{t('portfolio.progressHeading')}</h2>
      <figure className="card pf-chart" aria-labelledby={chartId}>
        <figcaption id={chartId} className="muted">
          {t('portfolio.chartLabel')}
        </figcaption>
        <div aria-hidden="true">
          {rows.map((r) => (
            <div key={r.key} className={`pf-bar ${r.theme ? 'pf-bar-theme' : ''}`}>
              <span className="pf-bar-label">{r.label}</span>
              <span className="pf-bar-track">
                <span className="pf-bar-fill" style={{ width: `${r.part.percent}%` }} />
              </span>
              <span className="pf-bar-value">{r.part.percent} %</span>
            </div>
          ))}
        </div>
      </figure>
      <table className="table">
        <caption>{t('portfolio.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('portfolio.part')}</th>
            <th scope="col">{t('portfolio.done')}</th>
            <th scope="col">{t('portfolio.percent')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.theme ? 'pf-row-theme' : undefined}>
              <th scope="row">{r.label}</th>
              <td>{done(r.part)}</td>
              <td>{r.part.percent} %</td>
            </tr>
          ))}
          <tr className="pf-row-theme">
            <th scope="row">{t('portfolio.overall')}</th>
            <td>{done(data.overall)}</td>
            <td>{data.overall.percent} %</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
