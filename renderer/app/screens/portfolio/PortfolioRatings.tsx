import { useTranslation } from 'react-i18next';
import type { Portfolio, PortfolioChecklist } from '../../../../electron/core/contract';
import { useDateFormat } from '../dashboard/dates';

/** The kijkwijzers per lever (the framework's order): each statement's first and latest rating, and the note. */
export function PortfolioRatings({ data }: { data: Portfolio }) {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  const levers = [...data.themes.flatMap((th) => th.levers), data.umbrella];
  const rank = (c: PortfolioChecklist) => Math.min(Infinity, ...c.levers.map((l) => levers.findIndex((x) => x.id === l)).filter((i) => i >= 0));
  const checklists = [...data.checklists].sort((a, b) => rank(a) - rank(b));
  const leverNames = (c: PortfolioChecklist) => c.levers.map((l) => levers.find((x) => x.id === l)?.title).filter(Boolean).join(', ');

  return (
    <section aria-labelledby="pf-ratings" className="stack">
      <h2 id="pf-ratings">{t('portfolio.ratingsHeading')}</h2>
      {checklists.length === 0 ? <p>{t('portfolio.ratingsNone')}</p> : null}
      {checklists.map((c) => {
        const titleId = `pf-k-${c.checklistId}`;
        const anyNote = c.items.some((i) => i.note);
        return (
          <div key={c.checklistId} className="card stack">
            <h3 id={titleId}>{c.title}</h3>
            <p className="muted">{[leverNames(c), c.moduleTitle].filter(Boolean).join(' · ')}</p>
            <table className="table pf-stack-table" aria-labelledby={titleId}>
              <thead>
                <tr>
                  <th scope="col">{t('portfolio.statement')}</th>
                  <th scope="col">{t('portfolio.first')}</th>
                  <th scope="col">{t('portfolio.latest')}</th>
                  {anyNote ? <th scope="col">{t('portfolio.note')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {c.items.map((i) => (
                  <tr key={i.itemId}>
                    <th scope="row">{i.text}</th>
                    <td data-label={t('portfolio.first')}>{i.first ? t('portfolio.rating', { rating: i.firstLabel ?? i.first.rating, date: date(i.first.at) }) : '—'}</td>
                    <td data-label={t('portfolio.latest')}>
                      {i.ratings > 1 && i.latest ? (
                        <strong>{t('portfolio.changed', { first: i.firstLabel ?? '', latest: i.latestLabel ?? '' })}</strong>
                      ) : (
                        t('portfolio.unchanged')
                      )}
                      {i.ratings > 1 && i.latest ? ` (${date(i.latest.at)})` : null}
                    </td>
                    {anyNote ? <td data-label={t('portfolio.note')}>{i.note ?? ''}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}
