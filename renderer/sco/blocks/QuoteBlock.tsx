import type { Block } from '../../../electron/core/contract/course';
import { contentLang } from '../state/langs';

/** A pull-quote: the words large, the speaker below; the quotation mark is drawn by CSS and not read aloud. */
export function QuoteBlock({ block }: { block: Extract<Block, { kind: 'quote' }> }) {
  return (
    <figure className="quote" lang={contentLang()}>
      <blockquote dangerouslySetInnerHTML={{ __html: block.html }} />
      <figcaption>
        <span aria-hidden="true">— </span>
        <span className="quote-by">{block.by}</span>
        {block.role ? <span className="quote-role">, {block.role}</span> : null}
      </figcaption>
    </figure>
  );
}
