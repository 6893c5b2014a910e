import { useEffect, useId, useRef, useState } from 'react';
import type { Question } from '../../../electron/core/contract/course';
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

export function QuestionCard({ question, index, total }: { question: Question; index: number; total: number }) {
  const store = useStore();
  const { state } = useScoState();
  const entry = state.q[question.id];
  const answer = entry?.[0] ?? initialAnswer(question);
  const checked = entry?.[1] === 1;
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const justChecked = useRef(false);

  useEffect(() => {
    // The Check button disappears with the click: focus goes to the feedback that replaced it.
    if (checked && justChecked.current) feedbackRef.current?.focus();
    justChecked.current = false;
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
    justChecked.current = true;
    store.update((s) => check(s, question.id, answer));
  };

  return (
    <div className={checked ? 'question question-checked' : 'question'}>
      <fieldset disabled={checked} aria-describedby={error ? errorId : undefined}>
        <legend>
          <span className="question-count" lang={chromeLang()}>
            {t('quiz.questionOf', { index: index + 1, total })}
          </span>
          <span className="question-prompt" lang={contentLang()} dangerouslySetInnerHTML={{ __html: phrasingHtml(question.promptHtml) }} />
        </legend>
        <Inputs question={question} answer={answer} locked={checked} onAnswer={onAnswer} />
      </fieldset>
      {checked && answer !== undefined ? (
        <Feedback question={question} answer={answer} headingRef={feedbackRef} />
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
