import type { Ref } from 'react';
import type { QuizBlock } from '../../../electron/core/contract/course';
import type { ScoState } from '../state/codec';
import { t } from '../i18n';
import { scorePercent } from '../state/scoring';

interface Props {
  quiz: QuizBlock;
  state: ScoState;
  headingRef: Ref<HTMLHeadingElement>;
  onRetry: () => void;
}

export function QuizResult({ quiz, state, headingRef, onRetry }: Props) {
  const score = scorePercent(quiz, state);
  const best = Math.max(state.qb ?? 0, score);
  const passed = best >= quiz.pass;
  return (
    <div className={passed ? 'quiz-result quiz-result-passed' : 'quiz-result quiz-result-failed'}>
      <h4 ref={headingRef} tabIndex={-1}>
        {t('quiz.result')}
      </h4>
      <p>{t('quiz.score', { score, pass: quiz.pass })}</p>
      <p className="quiz-rule">{t('quiz.creditRule')}</p>
      <p className="quiz-verdict">
        <span aria-hidden="true">{passed ? '✓ ' : '• '}</span>
        {passed ? t('quiz.passed') : quiz.retry ? t('quiz.failedRetry') : t('quiz.failed')}
      </p>
      {best !== score ? <p>{t('quiz.best', { score: best })}</p> : null}
      {quiz.retry ? (
        <button type="button" className="btn btn-secondary" onClick={onRetry}>
          {t('quiz.retry')}
        </button>
      ) : null}
    </div>
  );
}
