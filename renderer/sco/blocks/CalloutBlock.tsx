import type { Block } from '../../../electron/core/contract/course';
import { t } from '../i18n';
import { chromeLang, contentLang } from '../state/langs';

const ICON = { info: 'i', tip: '✦', belangrijk: '!' } as const;

/**
 * An unnamed <aside> inside the section's <article> is not a landmark (HTML-AAM), so several
 * callouts per page do not trip axe's landmark rules; the visible label says what it is.
 */
export function CalloutBlock({ block }: { block: Extract<Block, { kind: 'callout' }> }) {
  return (
    <aside className={`callout callout-${block.variant}`}>
      <p className="callout-label">
        <span className="callout-icon" aria-hidden="true">
          {ICON[block.variant]}
        </span>
        <span lang={chromeLang()}>{t(`callout.${block.variant}`)}</span>
        {block.title ? (
          <>
            <span aria-hidden="true"> · </span>
            <span className="callout-title" lang={contentLang()}>
              {block.title}
            </span>
          </>
        ) : null}
      </p>
      <div className="callout-body" lang={contentLang()} dangerouslySetInnerHTML={{ __html: block.html }} />
    </aside>
  );
}
