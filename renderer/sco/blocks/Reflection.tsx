import { useId, useState } from 'react';
import type { ReflectionBlock } from '../../../electron/core/contract/course';
import { t } from '../i18n';
import { chromeLang, contentLang } from '../state/langs';
import { reflectionCharactersNeeded } from '../../../electron/shared/progress-rules';
import { reflectionNoticeKey, reflectionText, saveReflection } from '../state/reflections';
import { useAutosave, useScoState, useStore } from '../state/use-sco-state';
import { ReflectionTools } from './ReflectionTools';

export function Reflection({ block }: { block: ReflectionBlock }) {
  const store = useStore();
  const { state, health } = useScoState();
  const [text, setText] = useState(() => reflectionText(store, state, block.id));
  const { change, flush, status } = useAutosave((value) => saveReflection(store, block, value));
  const id = useId();
  const promptId = `${id}-prompt`;
  const counterId = `${id}-counter`;
  const noticeId = `${id}-notice`;
  const length = [...text].length;
  const needed = reflectionCharactersNeeded(text, block.minLength);
  // Only a 1.2 LMS cuts the answer (CMIString255); without an LMS or in private mode nothing is cut.
  const truncated = store.pkg.reflections === 'lms' && store.pkg.edition === 'scorm12' && health.connected;

  return (
    <section className="reflection" aria-labelledby={promptId}>
      <div id={promptId} className="reflection-prompt" lang={contentLang()} dangerouslySetInnerHTML={{ __html: block.promptHtml }} />
      {block.guidingQuestions.length > 0 ? (
        <div className="reflection-guide">
          <p className="reflection-guide-title" lang={chromeLang()}>
            {t('reflection.guiding')}
          </p>
          <ul lang={contentLang()}>
            {block.guidingQuestions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <textarea
        id={id}
        className="textarea"
        lang={contentLang()}
        aria-labelledby={promptId}
        aria-describedby={`${counterId} ${noticeId}${truncated ? ` ${id}-truncation` : ''}`}
        maxLength={block.maxLength}
        rows={8}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          change(e.target.value);
        }}
        onBlur={flush}
      />
      <div className="reflection-meta" lang={chromeLang()}>
        <p id={counterId} className="reflection-counter">
          {t('reflection.counter', { count: length, max: block.maxLength })}
          {block.minLength > 0 ? ` · ${t(needed === 0 ? 'reflection.minimumReached' : 'reflection.minimum', { min: block.minLength })}` : null}
        </p>
        {needed > 0 && text.trim() ? <p className="reflection-needed">{t('honest.needed', { count: needed })}</p> : null}
        <p className="reflection-status" aria-live="polite">
          {status === 'saving' ? t('reflection.saving') : status === 'saved' ? t('reflection.saved') : ''}
        </p>
      </div>
      <p id={noticeId} className="reflection-privacy" lang={chromeLang()}>
        {t(reflectionNoticeKey(store.pkg, health))}
      </p>
      {truncated ? (
        <p id={`${id}-truncation`} className="reflection-truncation" lang={chromeLang()}>
          {t('reflection.truncated')}
        </p>
      ) : null}
      <ReflectionTools />
    </section>
  );
}
