import type { ScoKey } from '../i18n';
import { t } from '../i18n';
import type { ScoProgress } from '../state/progress';

/** Completed is not passed (issue 11): the summary says which, and the rule behind "afgerond". */
function verdictKey(progress: ScoProgress): ScoKey {
  if (progress.status === 'finished') return progress.quiz ? 'honest.verdictFinished' : 'honest.verdictFinishedNoQuiz';
  if (progress.status === 'quiz-not-passed') return 'honest.verdictQuizNotPassed';
  return 'honest.verdictInProgress';
}

export function SummaryVerdict({ progress }: { progress: ScoProgress }) {
  return (
    <div className={`summary-verdict summary-verdict-${progress.status}`}>
      <p>
        <strong>{t(verdictKey(progress))}</strong>
      </p>
      <p className="summary-rule">
        {t('honest.rule')} {t('honest.seenRule')}
      </p>
    </div>
  );
}
