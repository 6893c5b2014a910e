import { useEffect, useId, useRef, useState } from 'react';
import type { Question, QuizBlock } from '../../../electron/core/contract/course';
import type { QuizAnswer } from '../state/codec';
import { t } from '../i18n';
import { answer as answerAction, check } from '../state/actions';
import { chromeLang, contentLang } from '../state/langs';
import { useScoState, useStore } from '../state/use-sco-state';
import { phrasingHtml } from '../text/plain-text';
import { ChoiceInputs } from './ChoiceInputs';
import { Feedback } from './Feedback';
import { MatchingInputs } from './MatchingInputs';
import { OrderingInputs } from './OrderingInputs';
import { initialAnswer, isComplete } from '../state/scoring';
import { canRetryQuestion, rescoreAttempt, retryQuestion } from '../state/question-retry';
import { TrueFalseInputs } from './TrueFalseInputs';
import type { InputsProps } from './inputs-props';

function Inputs(props: InputsProps) {
  const { question } = props;
  switch (question.type) {
    case 'single':
    case 'multiple':
      return <ChoiceInputs {...props} question={question} />;
    case 'truefalse':
      return <TrueFalseInputs {...props} question={question} />;
    case 'matching':
      return <MatchingInputs {...props} question={question} />;
    case 'ordering':
      return <OrderingInputs {...props} question={question} />;
  }
}

/** The first control a learner can use in the question: where focus goes when it opens again. */
const FIRST_INPUT = 'input:not([disabled]), select:not([disabled]), button:not([disabled])';

export function QuestionCard({ quiz, question, index, total }: { quiz: QuizBlock; question: Question; index: number; total: number }) {
  const store = useStore();
  const { state } = useScoState();
  const entry = state.q[question.id];
  const answer = entry?.[0] ?? initialAnswer(question);
  const checked = entry?.[1] === 1;
  const retryable = canRetryQuestion(quiz, question, state);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const focusAfter = useRef<'feedback' | 'input' | null>(null);

  useEffect(() => {
    // The button that was clicked disappears with the click: focus goes to what replaced it.
    if (checked && focusAfter.current === 'feedback') feedbackRef.current?.focus();
    if (!checked && focusAfter.current === 'input') fieldsetRef.current?.querySelector<HTMLElement>(FIRST_INPUT)?.focus();
    focusAfter.current = null;
  }, [checked]);

  const onAnswer = (value: QuizAnswer) => {
    setError(null);
    store.update((s) => answerAction(s, question.id, value));
  };
  const onCheck = () => {
    if (answer === undefined || !isComplete(question, answer)) {
      setError(t(question.type === 'matching' ? 'quiz.matchAllFirst' : 'quiz.chooseFirst'));
      return;
    }
    focusAfter.current = 'feedback';
    // In a finished attempt (a question tried again) the result follows the new answer at once.
    store.update((s) => rescoreAttempt(check(s, question.id, answer), quiz, Date.now() / 1000));
  };
  const onRetry = () => {
    focusAfter.current = 'input';
    store.update((s) => retryQuestion(s, quiz, question));
  };

  return (
    <div className={checked ? 'question question-checked' : 'question'}>
      <fieldset ref={fieldsetRef} disabled={checked} aria-describedby={error ? errorId : undefined}>
        <legend>
          <span className="question-count" lang={chromeLang()}>
            {t('quiz.questionOf', { index: index + 1, total })}
          </span>
          <span className="question-prompt" lang={contentLang()} dangerouslySetInnerHTML={{ __html: phrasingHtml(question.promptHtml) }} />
        </legend>
        <Inputs question={question} answer={answer} locked={checked} onAnswer={onAnswer} />
      </fieldset>
      {checked && answer !== undefined ? (
        <>
          <Feedback question={question} answer={answer} headingRef={feedbackRef} revealAnswer={!retryable} />
          {retryable ? (
            <div className="question-actions" lang={chromeLang()}>
              <button type="button" className="btn btn-secondary" onClick={onRetry}>
                {t('quiz.retryQuestion')}
                <span className="visually-hidden"> {t('quiz.retryQuestionOf', { index: index + 1 })}</span>
              </button>
              <p className="question-hint">{t('quiz.retryCounts')}</p>
            </div>
          ) : null}
        </>
      ) : (
        <div className="question-actions" lang={chromeLang()}>
          <button type="button" className="btn btn-secondary" onClick={onCheck}>
            {t('quiz.check')}
            <span className="visually-hidden"> {t('quiz.checkQuestion', { index: index + 1 })}</span>
          </button>
          {error ? (
            <p id={errorId} className="question-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      )}
    </div>
  );
}
