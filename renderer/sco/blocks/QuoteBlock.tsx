import type { Block } from '../../../electron/core/contract/course';
import { contentLang } from '../state/langs';

export function QuoteBlock({ block }: { block: Extract<Block, { kind: 'quote' }> }) {
  return (
    <figure className="quote" lang={contentLang()}>
      <blockquote dangerouslySetInnerHTML={{ __html: block.html }} />
      <figcaption>
        — {block.by}
        {block.role ? `, ${block.role}` : null}
      </figcaption>
    </figure>
  );
}
