import type { TFunction } from 'i18next';
import { useCallback, useEffect, useId, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/ErrorNotice';
import type { NoteBook, NoteEntry } from './note-book';

/** The group's note on one discussion question, saved as it is typed (note-book.ts). */
export function GroupNote({ notes, moduleId, promptId }: { notes: NoteBook; moduleId: string; promptId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const entry = useSyncExternalStore(
    useCallback((l: () => void) => notes.subscribe(l), [notes]),
    () => notes.get(moduleId, promptId),
  );
  // Leaving the slide saves what waits at once, instead of after the typing pause.
  useEffect(() => () => void notes.flush(moduleId, promptId), [notes, moduleId, promptId]);

  return (
    <div className="field group-note">
      <label htmlFor={id}>{t('training.groupNotes')}</label>
      <span id={`${id}-help`} className="help">
        {t('training.notesHelp')}
      </span>
      <textarea
        id={id}
        className="textarea"
        rows={4}
        value={entry.text}
        aria-describedby={`${id}-help ${id}-status`}
        onChange={(e) => notes.edit(moduleId, promptId, e.target.value)}
        onBlur={() => void notes.flush(moduleId, promptId)}
      />
      <p id={`${id}-status`} className={entry.status === 'failed' ? 'note-status error' : 'note-status muted'} role="status">
        {statusText(t, entry, errorText)}
      </p>
      {entry.status === 'failed' ? (
        <button type="button" className="btn btn-secondary" onClick={() => void notes.flush(moduleId, promptId)}>
          {t('training.noteRetry')}
        </button>
      ) : null}
    </div>
  );
}

function statusText(t: TFunction, entry: NoteEntry, errorText: ReturnType<typeof useErrorText>): string {
  switch (entry.status) {
    case 'saved':
      return entry.text ? t('training.noteSaved') : '';
    case 'waiting':
      return t('training.noteWaiting');
    case 'saving':
      return t('training.noteSaving');
    case 'newer':
      return t('training.noteNewer');
    case 'failed':
      return t('training.noteFailed', { message: entry.error ? errorText(entry.error).message : '' });
  }
}
