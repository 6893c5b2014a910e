import { useTranslation } from 'react-i18next';
import type { ChecklistSummary, Dashboard, RatingAt } from '../../../../electron/core/contract';
import { href } from '../../router';
import { useDateFormat } from './dates';

/** Framework order: a kijkwijzer stands where its module's first lever stands in the course's framework. */
function leverOrder(data: Dashboard): Map<string, { title: string; rank: number }> {
  const nodes = [...data.themes.flatMap((t) => t.levers), data.umbrella];
  return new Map(nodes.map((n, rank) => [n.id, { title: n.title, rank }]));
}

/** The kijkwijzers the learner filled in: per statement the first rating and, when filled in again, the latest. */
export function MyChecklists({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  const levers = leverOrder(data);
  const rankOf = (c: ChecklistSummary) => Math.min(Infinity, ...c.levers.map((l) => levers.get(l)?.rank ?? Infinity));
  const filled = data.checklists.filter((c) => c.items.some((i) => i.latest)).sort((a, b) => rankOf(a) - rankOf(b));
  const label = (c: ChecklistSummary, r: RatingAt) => c.scale[r.rating] ?? String(r.rating);
  const rating = (c: ChecklistSummary, r: RatingAt | null) => (r ? t('myProgress.rating', { rating: label(c, r), date: date(r.at) }) : t('myProgress.notRated'));

  return (
    <section aria-labelledby="dash-checklists">
      <h3 id="dash-checklists">{t('myProgress.checklistsHeading')}</h3>
      {filled.length === 0 ? <p>{t('myProgress.checklistsNone')}</p> : null}
      {filled.map((c) => {
        const again = c.items.some((i) => i.ratings > 1);
        const leverNames = c.levers.map((l) => levers.get(l)?.title).filter(Boolean).join(', ');
        return (
          <div key={c.checklistId} className="card dash-checklist">
            <h4 id={`dash-k-${c.checklistId}`}>{c.title}</h4>
            <p className="muted">
              {leverNames ? `${leverNames} · ` : null}
              <a href={href({ name: 'play', courseId: data.courseId, moduleId: c.moduleId })}>{c.moduleTitle}</a>
            </p>
            <table className="table" aria-labelledby={`dash-k-${c.checklistId}`}>
              <thead>
                <tr>
                  <th scope="col">{t('myProgress.statement')}</th>
                  <th scope="col">{t('myProgress.firstTime')}</th>
                  {again ? <th scope="col">{t('myProgress.lastTime')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {c.items.map((i) => (
                  <tr key={i.itemId}>
                    <th scope="row">{i.text}</th>
                    <td>{rating(c, i.first)}</td>
                    {again ? (
                      <td>
                        {i.ratings > 1 && i.first && i.latest ? (
                          <span className="dash-change">{t('myProgress.ratingChanged', { first: label(c, i.first), latest: label(c, i.latest), date: date(i.latest.at) })}</span>
                        ) : i.latest ? (
                          t('myProgress.ratingSame')
                        ) : (
                          t('myProgress.notRated')
                        )}
                      </td>
                    ) : null}
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
