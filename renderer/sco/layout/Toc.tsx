import type { Section } from '../../../electron/core/contract/course';
import { t } from '../i18n';
import { chromeLang, contentLang } from '../state/langs';

export type View = number | 'summary';

interface Props {
  sections: Section[];
  seen: string;
  view: View;
  onGo: (view: View) => void;
}

/** Buttons, not links: choosing a part changes the view in place (no URL to follow in an LMS frame). */
export function Toc({ sections, seen, view, onGo }: Props) {
  return (
    <nav className="toc" aria-label={t('toc.label')}>
      <h2 className="toc-title">{t('toc.title')}</h2>
      <ol>
        {sections.map((s, i) => (
          <li key={s.id}>
            <button type="button" className="toc-item" aria-current={view === i ? 'step' : undefined} onClick={() => onGo(i)}>
              <span className={seen[i] === '1' ? 'toc-mark toc-mark-seen' : 'toc-mark'} aria-hidden="true">
                {seen[i] === '1' ? '✓' : i + 1}
              </span>
              <span lang={contentLang()}>
                {s.title}
                {s.readingMinutes > 0 ? <span className="toc-time" lang={chromeLang()}> {t('look.readingTime', { count: s.readingMinutes })}</span> : null}
              </span>
              {seen[i] === '1' ? <span className="visually-hidden"> {t('toc.seen')}</span> : null}
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="toc-item" aria-current={view === 'summary' ? 'step' : undefined} onClick={() => onGo('summary')}>
            <span className="toc-mark" aria-hidden="true">
              ★
            </span>
            <span>{t('toc.summary')}</span>
          </button>
        </li>
      </ol>
      {/* Where ✓ "bekeken" is shown, so is what earns it. */}
      <p className="toc-rule">{t('honest.seenRule')}</p>
    </nav>
  );
}
