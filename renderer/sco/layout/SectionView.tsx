import { useRef, type Ref } from 'react';
import type { Section } from '../../../electron/core/contract/course';
import { BlockView } from '../blocks/BlockView';
import { t } from '../i18n';
import { contentLang } from '../state/langs';
import { useReachedEnd } from './use-reached-end';

interface Props {
  section: Section;
  index: number;
  total: number;
  headingRef: Ref<HTMLHeadingElement>;
  /** The learner reached the section's end: only then does it count as seen. */
  onReachedEnd?: () => void;
}

export function SectionView({ section, index, total, headingRef, onReachedEnd }: Props) {
  const headingId = `section-${section.id}`;
  const endRef = useRef<HTMLDivElement>(null);
  useReachedEnd(endRef, onReachedEnd);
  return (
    <article className="section" aria-labelledby={headingId}>
      <p className="section-count">
        {t('nav.sectionOf', { index: index + 1, total })}
        {section.readingMinutes > 0 ? <span className="reading-time"> · {t('look.readingTime', { count: section.readingMinutes })}</span> : null}
      </p>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} lang={contentLang()}>
        {section.title}
      </h2>
      {section.blocks.map((block, i) => (
        <BlockView key={'id' in block ? block.id : `${section.id}-${i}`} block={block} />
      ))}
      <div ref={endRef} className="section-end" aria-hidden="true" style={{ height: 1 }} />
    </article>
  );
}
