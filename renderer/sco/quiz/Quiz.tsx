import { useEffect, useId, useRef } from 'react';
import type { QuizBlock } from '../../../electron/core/contract/course';
import { t } from '../i18n';
import { finishQuiz, retryQuiz } from '../state/actions';
import { chromeLang, contentLang } from '../state/langs';
import { useScoState, useStore } from '../state/use-sco-state';
import { QuestionCard } from './QuestionCard';
import { QuizResult } from './QuizResult';

export function Quiz({ quiz }: { quiz: QuizBlock }) {
  const store = useStore();
  const { state } = useScoState();
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const focusAfter = useRef<'result' | 'start' | null>(null);
  const finished = state.qf !== undefined;
  const total = quiz.questions.length;
  const open = quiz.questions.filter((q) => state.q[q.id]?.[1] !== 1).length;
  // A new attempt remounts the questions, so nothing of the previous attempt lingers in them. A
  // question tried again (question-retry.ts) stays in the same attempt: finished, same number.
  const attempt = finished ? state.qn : state.qn + 1;

  useEffect(() => {
    if (focusAfter.current === 'result') resultRef.current?.focus();
    if (focusAfter.current === 'start') headingRef.current?.focus();
    focusAfter.current = null;
  }, [finished]);

  const finish = () => {
    focusAfter.current = 'result';
    store.update((s) => finishQuiz(s, quiz, Date.now() / 1000));
  };
  const retry = () => {
    focusAfter.current = 'start';
    store.update((s) => retryQuiz(s, quiz));
  };

  return (
    <section className="quiz" aria-labelledby={titleId}>
      <h3 id={titleId} ref={headingRef} tabIndex={-1} lang={contentLang()}>
        {quiz.title}
      </h3>
      <p className="quiz-intro" lang={chromeLang()}>
        {t(quiz.retry ? 'quiz.passMarkRetry' : 'quiz.passMark', { pass: quiz.pass })}
      </p>
      {quiz.questions.map((q, i) => (
        <QuestionCard key={`${q.id}:${attempt}`} quiz={quiz} question={q} index={i} total={total} />
      ))}
      <div className="quiz-end" lang={chromeLang()}>
        {finished && open > 0 ? (
          <p className="quiz-open">{t('quiz.reopened')}</p>
        ) : finished ? (
          <QuizResult quiz={quiz} state={state} headingRef={resultRef} onRetry={retry} />
        ) : open > 0 ? (
          <p className="quiz-open">{t('quiz.stillOpen', { count: open })}</p>
        ) : (
          <button type="button" className="btn btn-primary" onClick={finish}>
            {t('quiz.finish')}
          </button>
        )}
      </div>
    </section>
  );
}
