import CircleAlert from 'lucide-react/icons/circle-alert';
import Info from 'lucide-react/icons/info';
import Lightbulb from 'lucide-react/icons/lightbulb';
import type { Block } from '../../../electron/core/contract/course';
import { t } from '../i18n';
import { chromeLang, contentLang } from '../state/langs';

type Variant = Extract<Block, { kind: 'callout' }>['variant'];

// One import per icon: this runtime ships in every exported package.
const ICON = { info: Info, tip: Lightbulb, belangrijk: CircleAlert } as const satisfies Record<Variant, unknown>;

/**
 * An unnamed <aside> inside the section's <article> is not a landmark (HTML-AAM), so several
 * callouts per page do not trip axe's landmark rules; the visible label says what it is, the icon and
 * colour only repeat it (WCAG 1.4.1).
 */
export function CalloutBlock({ block }: { block: Extract<Block, { kind: 'callout' }> }) {
  const Icon = ICON[block.variant];
  return (
    <aside className={`callout callout-${block.variant}`}>
      <p className="callout-label">
        <span className="callout-icon" aria-hidden="true">
          <Icon size="1.1em" strokeWidth={2.25} focusable="false" />
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
