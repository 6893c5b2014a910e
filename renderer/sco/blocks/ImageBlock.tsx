import type { Block } from '../../../electron/core/contract/course';
import { contentLang } from '../state/langs';

export function ImageBlock({ block }: { block: Extract<Block, { kind: 'image' }> }) {
  return (
    <figure className="media" lang={contentLang()}>
      <img src={block.src} alt={block.alt} loading="lazy" />
      {block.caption ? <figcaption>{block.caption}</figcaption> : null}
    </figure>
  );
}
