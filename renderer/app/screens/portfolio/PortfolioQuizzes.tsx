import { useTranslation } from 'react-i18next';
import type { PortfolioQuiz, PortfolioQuizVerdict } from '../../../../electron/core/contract';

const VERDICT_KEYS = { passed: 'portfolio.passed', 'not-passed': 'portfolio.notPassed', 'not-taken': 'portfolio.notTaken' } as const satisfies Record<PortfolioQuizVerdict, string>;

/** Each module's quiz as the learner left it: best score, passed or not, correct answers, attempts. */
export function PortfolioQuizzes({ quizzes }: { quizzes: PortfolioQuiz[] }) {
  const { t } = useTranslation();
  const score = (q: PortfolioQuiz) =>
    q.scorePercent === null ? t('portfolio.noScore') : q.passPercent === null ? t('portfolio.scoreOnly', { score: q.scorePercent }) : t('portfolio.scoreValue', { score: q.scorePercent, pass: q.passPercent });
  return (
    <section aria-labelledby="pf-quizzes" className="stack">
      <h2 id="pf-quizzes">{t('portfolio.quizzesHeading')}</h2>
      {quizzes.length === 0 ? (
        <p>{t('portfolio.quizzesNone')}</p>
      ) : (
        <table className="table pf-stack-table" aria-labelledby="pf-quizzes">
          <thead>
            <tr>
              <th scope="col">{t('portfolio.module')}</th>
              <th scope="col">{t('portfolio.score')}</th>
              <th scope="col">{t('portfolio.result')}</th>
              <th scope="col">{t('portfolio.questions')}</th>
              <th scope="col">{t('portfolio.attempts')}</th>
            </tr>
          </thead>
          <tbody>
            {quizzes.map((q) => (
              <tr key={q.moduleId}>
                <th scope="row">{q.moduleTitle}</th>
                <td data-label={t('portfolio.score')}>{score(q)}</td>
                <td data-label={t('portfolio.result')}>{t(VERDICT_KEYS[q.verdict])}</td>
                <td data-label={t('portfolio.questions')}>
                  {q.verdict === 'not-taken' ? t('portfolio.noScore') : t('portfolio.questionsValue', { correct: q.questionsCorrect, total: q.questionsTotal })}
                </td>
                <td data-label={t('portfolio.attempts')}>{q.attempts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
