import { useId, useMemo } from 'react';
import type { Question } from '../../../electron/core/contract/course';
import { t } from '../i18n';
import { chromeLang, contentLang } from '../state/langs';
import type { InputsProps } from './inputs-props';
import { UNMATCHED } from '../state/scoring';
import { shuffledIndexes } from '../state/shuffle';

type Matching = Extract<Question, { type: 'matching' }>;

/**
 * One labelled <select> per left item: fully usable with the keyboard and screen readers, unlike
 * drag and drop. Each item is a row with its select at the row's full width under it, so a long
 * right-hand text ("een hefboom van kernthema …") stays readable at 800 px and at 200 % zoom. Once
 * checked, the choice is shown as text with its verdict in words, not only in colour (WCAG 1.4.1).
 */
export function MatchingInputs({ question, answer, locked, onAnswer }: InputsProps<Matching>) {
  const base = useId();
  const order = useMemo(() => shuffledIndexes(question.pairs.length, question.id), [question]);
  const chosen = Array.isArray(answer) ? answer : question.pairs.map(() => UNMATCHED);
  const choose = (left: number, right: number) => onAnswer(chosen.map((v, i) => (i === left ? right : v)));
  return (
    <ul className="matching">
      {question.pairs.map((pair, i) => {
        const id = `${base}-${i}`;
        const value = chosen[i] ?? UNMATCHED;
        const right = value === i;
        const mark = locked ? (right ? 'option-right' : 'option-wrong') : '';
        return (
          <li key={pair.id} className={`match-row ${mark}`}>
            {locked ? (
              <>
                <span className="match-left" lang={contentLang()}>
                  {pair.left}
                </span>
                <span className="match-choice">
                  <span lang={chromeLang()}>{t('quiz.yourChoice')}: </span>
                  <span lang={contentLang()}>{question.pairs[value]?.right ?? '—'}</span>{' '}
                  <span className="feedback-mark" lang={chromeLang()}>
                    <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
                    {right ? t('quiz.right') : t('quiz.wrong')}
                  </span>
                </span>
              </>
            ) : (
              <>
                <label htmlFor={id} className="match-left" lang={contentLang()}>
                  {pair.left}
                </label>
                <select id={id} className="select" value={value === UNMATCHED ? '' : String(value)} onChange={(e) => choose(i, e.target.value === '' ? UNMATCHED : Number(e.target.value))}>
                  <option value="" lang={chromeLang()}>
                    {t('quiz.choose')}
                  </option>
                  {order.map((j) => (
                    <option key={question.pairs[j]!.id} value={j} lang={contentLang()}>
                      {question.pairs[j]!.right}
                    </option>
                  ))}
                </select>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
