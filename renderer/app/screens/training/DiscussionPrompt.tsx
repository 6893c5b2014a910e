import { useTranslation } from 'react-i18next';
import type { ReflectionBlock } from '../../../../electron/core/contract';
import { GroupNote } from './GroupNote';
import type { NoteBook } from './note-book';

/** A reflection prompt of the module, asked to the room: the question, its guiding questions, the group's note. */
export function DiscussionPrompt({ block, moduleId, lang, notes }: { block: ReflectionBlock; moduleId: string; lang: string | undefined; notes: NoteBook }) {
  const { t } = useTranslation();
  return (
    <section className="discussion" aria-labelledby={`d-${block.id}`}>
      <h2 id={`d-${block.id}`}>{t('training.discussion')}</h2>
      <div className="discussion-prompt" lang={lang} dangerouslySetInnerHTML={{ __html: block.promptHtml }} />
      {block.guidingQuestions.length > 0 ? (
        <>
          <p className="discussion-guiding-label">{t('training.guiding')}</p>
          <ul className="discussion-guiding" lang={lang}>
            {block.guidingQuestions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </>
      ) : null}
      <GroupNote notes={notes} moduleId={moduleId} promptId={block.id} />
    </section>
  );
}
