import type { Ref } from 'react';
import type { Section } from '../../../electron/core/contract/course';
import { BlockView } from '../blocks/BlockView';
import { t } from '../i18n';
import { contentLang } from '../state/langs';

interface Props {
  section: Section;
  index: number;
  total: number;
  headingRef: Ref<HTMLHeadingElement>;
}

export function SectionView({ section, index, total, headingRef }: Props) {
  const headingId = `section-${section.id}`;
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
    </article>
  );
}
