import type { Ref } from 'react';
import type { Question } from '../../../electron/core/contract/course';
import type { QuizAnswer } from '../state/codec';
import { t } from '../i18n';
import { chromeLang, contentLang } from '../state/langs';
import { questionCredit } from '../state/scoring';

interface Props {
  question: Question;
  answer: QuizAnswer;
  headingRef: Ref<HTMLHeadingElement>;
  /**
   * False while the question may still be tried again: shown the right answer, a retry would be a
   * copy and the score (which goes to the LMS gradebook) would say nothing.
   */
  revealAnswer: boolean;
}

/** The right answer, for a learner who got it wrong: explanation alone does not always say it. */
function RightAnswer({ question }: { question: Question }) {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return (
        <ul lang={contentLang()}>
          {question.options
            .filter((o) => o.correct)
            .map((o) => (
              <li key={o.id} dangerouslySetInnerHTML={{ __html: o.html }} />
            ))}
        </ul>
      );
    case 'truefalse':
      return <p>{question.answer ? t('quiz.true') : t('quiz.false')}</p>;
    case 'matching':
      return (
        <ul lang={contentLang()}>
          {question.pairs.map((p) => (
            <li key={p.id}>
              {p.left} → {p.right}
            </li>
          ))}
        </ul>
      );
    case 'ordering':
      return (
        <ol lang={contentLang()}>
          {question.items.map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ol>
      );
  }
}

function ChosenFeedback({ question, answer }: { question: Question; answer: QuizAnswer }) {
  if (question.type === 'truefalse') {
    return (
      <p>
        {t('quiz.yourAnswer')}: {answer === 1 ? t('quiz.true') : t('quiz.false')}
      </p>
    );
  }
  if (question.type !== 'single' && question.type !== 'multiple') return null;
  const chosen = question.options.filter((o) => String(answer).includes(o.id));
  return (
    <ul className="feedback-options">
      {chosen.map((o) => (
        <li key={o.id} className={o.correct ? 'option-right' : 'option-wrong'}>
          <p>
            <span className="feedback-mark">{o.correct ? t('quiz.right') : t('quiz.wrong')}</span>{' '}
            <span lang={contentLang()} dangerouslySetInnerHTML={{ __html: o.html }} />
          </p>
          {o.feedbackHtml ? <div lang={contentLang()} dangerouslySetInnerHTML={{ __html: o.feedbackHtml }} /> : null}
        </li>
      ))}
    </ul>
  );
}

type Verdict = 'correct' | 'partly' | 'incorrect';

const VERDICT: Record<Verdict, { className: string; mark: string; text: 'quiz.correct' | 'quiz.partly' | 'quiz.incorrect' }> = {
  correct: { className: 'feedback-correct', mark: '✓ ', text: 'quiz.correct' },
  partly: { className: 'feedback-partly', mark: '◐ ', text: 'quiz.partly' },
  incorrect: { className: 'feedback-incorrect', mark: '✗ ', text: 'quiz.incorrect' },
};

export function Feedback({ question, answer, headingRef, revealAnswer }: Props) {
  const credit = questionCredit(question, answer);
  const verdict: Verdict = credit === 1 ? 'correct' : credit > 0 ? 'partly' : 'incorrect';
  const { className, mark, text } = VERDICT[verdict];
  return (
    <div className={`feedback ${className}`} lang={chromeLang()}>
      <h4 ref={headingRef} tabIndex={-1}>
        <span aria-hidden="true">{mark}</span>
        {t(text)}
      </h4>
      {verdict === 'partly' ? <p className="feedback-credit">{t('quiz.credit', { credit: Math.round(credit * 100) })}</p> : null}
      <ChosenFeedback question={question} answer={answer} />
      {verdict !== 'correct' && !revealAnswer ? <p className="feedback-hidden">{t('quiz.answerHidden')}</p> : null}
      {verdict !== 'correct' && revealAnswer ? (
        <div className="feedback-right">
          <p className="feedback-label">{t('quiz.rightAnswer')}:</p>
          <RightAnswer question={question} />
        </div>
      ) : null}
      {question.explanationHtml ? <div className="explanation" lang={contentLang()} dangerouslySetInnerHTML={{ __html: question.explanationHtml }} /> : null}
    </div>
  );
}
