import { useTranslation } from 'react-i18next';
import type { Block, QuizBlock } from '../../../../electron/core/contract';
import { DiscussionPrompt } from './DiscussionPrompt';
import { ScenarioDiscussion } from './ScenarioDiscussion';
import type { TallyBook } from './tally-book';
import type { NoteBook } from './note-book';

interface Props {
  blocks: Exclude<Block, QuizBlock>[];
  moduleId: string;
  /** The course's language: the content keeps it when the app speaks English. */
  lang: string | undefined;
  mediaBaseUrl: string;
  notes: NoteBook;
  /** The group's counts per scenario choice, as for the group quiz. */
  tallies: TallyBook;
  /** A closed session's counts are fixed. */
  closed: boolean;
}

/** A block's media path on the content origin; a base core did not make absolute leaves the path as it is. */
function mediaUrl(src: string, base: string): string {
  try {
    return new URL(src, base).href;
  } catch {
    return src;
  }
}

/**
 * A section's content in large type. The HTML is the course compiler's own (raw HTML in the author's Markdown
 * is never passed through), the same the SCO shows; reflections and scenarios become the group's discussion.
 */
export function SlideBlocks({ blocks, moduleId, lang, mediaBaseUrl, notes, tallies, closed }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {blocks.map((block, i) => {
        switch (block.kind) {
          case 'prose':
            return <div key={i} className="prose" lang={lang} dangerouslySetInnerHTML={{ __html: block.html }} />;
          case 'quote':
            return (
              <figure key={i} className="presenter-quote" lang={lang}>
                <blockquote dangerouslySetInnerHTML={{ __html: block.html }} />
                <figcaption>
                  {block.by}
                  {block.role ? `, ${block.role}` : ''}
                </figcaption>
              </figure>
            );
          case 'callout':
            return (
              <aside key={i} className={`presenter-callout presenter-callout-${block.variant}`}>
                <p className="presenter-callout-label">
                  {t(`training.callout.${block.variant}`)}
                  {block.title ? <span lang={lang}> · {block.title}</span> : null}
                </p>
                <div lang={lang} dangerouslySetInnerHTML={{ __html: block.html }} />
              </aside>
            );
          case 'image':
            return (
              <figure key={i} className="presenter-figure">
                <img src={mediaUrl(block.src, mediaBaseUrl)} alt={block.alt} lang={lang} />
                {block.caption ? <figcaption lang={lang}>{block.caption}</figcaption> : null}
              </figure>
            );
          case 'video':
            return (
              <figure key={i} className="presenter-figure">
                <video src={mediaUrl(block.src, mediaBaseUrl)} controls title={block.title} />
                <details>
                  <summary>{t('training.transcript')}</summary>
                  <div lang={lang} dangerouslySetInnerHTML={{ __html: block.transcriptHtml }} />
                </details>
              </figure>
            );
          case 'reflection':
            return <DiscussionPrompt key={block.id} block={block} moduleId={moduleId} lang={lang} notes={notes} />;
          case 'scenario':
            return <ScenarioDiscussion key={block.id} block={block} moduleId={moduleId} lang={lang} notes={notes} tallies={tallies} closed={closed} />;
          case 'checklist':
            return (
              <section key={block.id} className="presenter-checklist" aria-labelledby={`cl-${block.id}`}>
                <h2 id={`cl-${block.id}`}>
                  {t('training.checklist')}: <span lang={lang}>{block.title}</span>
                </h2>
                {block.introHtml ? <div lang={lang} dangerouslySetInnerHTML={{ __html: block.introHtml }} /> : null}
                <ul lang={lang}>
                  {block.items.map((item) => (
                    <li key={item.id}>{item.text}</li>
                  ))}
                </ul>
              </section>
            );
        }
      })}
    </>
  );
}
