import type { Section } from '../../../electron/core/contract/course';
import { t } from '../i18n';
import type { View } from './Toc';

export function SectionNav({ sections, index, onGo }: { sections: Section[]; index: number; onGo: (view: View) => void }) {
  const previous = sections[index - 1];
  const next = sections[index + 1];
  return (
    <nav className="section-nav" aria-label={t('nav.label')}>
      {previous ? (
        <button type="button" className="btn btn-secondary" onClick={() => onGo(index - 1)}>
          <span aria-hidden="true">←</span> {t('nav.previous', { title: previous.title })}
        </button>
      ) : (
        <span />
      )}
      <button type="button" className="btn btn-primary" onClick={() => onGo(next ? index + 1 : 'summary')}>
        {next ? t('nav.next', { title: next.title }) : t('nav.toSummary')} <span aria-hidden="true">→</span>
      </button>
    </nav>
  );
}
