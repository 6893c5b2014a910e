import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/ErrorNotice';
import type { TallyBook } from './tally-book';

interface Props {
  tallies: TallyBook;
  moduleId: string;
  questionId: string;
  optionId: string;
  /** What the count is for, in words ("Antwoord a", "Juist"): it names the − and + buttons. */
  label: string;
  /** A closed session's counts are fixed (core refuses changes). */
  fixed: boolean;
}

/** How many in the room chose one answer: − and + for the trainer, the count for everyone. */
export function TallyControl({ tallies, moduleId, questionId, optionId, label, fixed }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const entry = useSyncExternalStore(
    useCallback((l: () => void) => tallies.subscribe(l), [tallies]),
    () => tallies.get(moduleId, questionId, optionId),
  );
  return (
    <span className="tally">
      <button type="button" className="btn btn-secondary tally-button" aria-label={t('training.tallyLess', { option: label })} disabled={fixed || entry.count === 0} onClick={() => tallies.change(moduleId, questionId, optionId, -1)}>
        −
      </button>
      <output className="tally-count" aria-live="polite">
        {t('training.tallyCount', { count: entry.count })}
      </output>
      <button type="button" className="btn btn-secondary tally-button" aria-label={t('training.tallyMore', { option: label })} disabled={fixed} onClick={() => tallies.change(moduleId, questionId, optionId, 1)}>
        +
      </button>
      {entry.error ? (
        <span className="error" role="alert">
          {t('training.tallyFailed', { message: errorText(entry.error).message })}
        </span>
      ) : null}
    </span>
  );
}
