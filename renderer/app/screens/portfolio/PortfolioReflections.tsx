import { useTranslation } from 'react-i18next';
import type { PortfolioReflection } from '../../../../electron/core/contract';
import { useDateFormat } from '../dashboard/dates';

interface Props {
  reflections: PortfolioReflection[];
  excluded: Set<string>;
  onInclude(reflectionId: string, include: boolean): void;
}

/** Every reflection in full, with the learner's choice whether it goes into the export. */
export function PortfolioReflections({ reflections, excluded, onInclude }: Props) {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  return (
    <section aria-labelledby="pf-reflections" className="stack">
      <h2 id="pf-reflections">{t('portfolio.reflectionsHeading')}</h2>
      {reflections.length === 0 ? <p>{t('portfolio.reflectionsNone')}</p> : <p className="muted">{t('portfolio.includeHint')}</p>}
      {reflections.map((r) => {
        const checkId = `pf-include-${r.reflectionId}`;
        const titleId = `pf-r-${r.reflectionId}`;
        return (
          <article key={r.reflectionId} className="card stack pf-reflection" aria-labelledby={titleId}>
            <h3 id={titleId}>{r.moduleTitle}</h3>
            <p className="muted">{t('portfolio.prompt', { prompt: r.prompt })}</p>
            {r.text ? <p className="pf-text">{r.text}</p> : null}
            {!r.written && r.text ? <p className="muted">{t('portfolio.notLongEnough')}</p> : null}
            {r.updatedAt ? <p className="muted">{t('portfolio.writtenOn', { date: date(r.updatedAt) })}</p> : null}
            {r.versions.map((v) => (
              <div key={v.writtenAt} className="pf-version">
                <p className="pf-version-title">{t('portfolio.otherVersion', { date: date(v.writtenAt) })}</p>
                <p className="pf-text">{v.text}</p>
              </div>
            ))}
            <div className="check-line">
              <input type="checkbox" id={checkId} checked={!excluded.has(r.reflectionId)} onChange={(e) => onInclude(r.reflectionId, e.target.checked)} aria-describedby={titleId} />
              <label htmlFor={checkId}>{t('portfolio.include')}</label>
            </div>
          </article>
        );
      })}
    </section>
  );
}
