import { useId, useState } from 'react';
import { t } from '../i18n';
import { setNote } from '../state/actions';
import { chromeLang, contentLang } from '../state/langs';
import { useAutosave, useStore } from '../state/use-sco-state';

interface Props {
  itemId: string;
  itemText: string;
  initial: string;
  max: number;
  /** The note opens once the statement has a rating: the state keeps a note with its rating only. */
  rated: boolean;
}

export function ChecklistNote({ itemId, itemText, initial, max, rated }: Props) {
  const store = useStore();
  const [text, setText] = useState(initial);
  const { change, flush, status } = useAutosave((value) => store.update((s) => setNote(s, itemId, value)));
  const id = useId();
  return (
    <div className="field checklist-note">
      <label htmlFor={id} lang={chromeLang()}>
        {t('checklist.note')}
        <span className="visually-hidden"> {t('checklist.noteFor', { item: itemText })}</span>
      </label>
      <textarea
        id={id}
        className="textarea textarea-small"
        lang={contentLang()}
        maxLength={max}
        rows={2}
        value={text}
        disabled={!rated}
        aria-describedby={`${id}-count`}
        onChange={(e) => {
          setText(e.target.value);
          change(e.target.value);
        }}
        onBlur={flush}
      />
      <p className="note-meta" lang={chromeLang()}>
        <span id={`${id}-count`}>{rated ? t('checklist.noteCounter', { count: [...text].length, max }) : t('checklist.rateFirst')}</span>
        <span aria-live="polite">{status === 'saved' ? ` · ${t('reflection.saved')}` : ''}</span>
      </p>
    </div>
  );
}
