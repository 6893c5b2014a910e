import { useId, useMemo } from 'react';
import type { Question } from '../../../electron/core/contract/course';
import { t } from '../i18n';
import { chromeLang, contentLang } from '../state/langs';
import type { InputsProps } from './inputs-props';
import { UNMATCHED } from '../state/scoring';
import { shuffledIndexes } from '../state/shuffle';

type Matching = Extract<Question, { type: 'matching' }>;

/** One labelled <select> per left item: fully usable with the keyboard and screen readers, unlike drag and drop. */
export function MatchingInputs({ question, answer, locked, onAnswer }: InputsProps<Matching>) {
  const base = useId();
  const order = useMemo(() => shuffledIndexes(question.pairs.length, question.id), [question]);
  const chosen = Array.isArray(answer) ? answer : question.pairs.map(() => UNMATCHED);
  const choose = (left: number, right: number) => onAnswer(chosen.map((v, i) => (i === left ? right : v)));
  return (
    <div className="matching">
      {question.pairs.map((pair, i) => {
        const id = `${base}-${i}`;
        const value = chosen[i] ?? UNMATCHED;
        const mark = locked ? (value === i ? 'option-right' : 'option-wrong') : '';
        return (
          <div key={pair.id} className={`match-row ${mark}`}>
            <label htmlFor={id} lang={contentLang()}>
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
          </div>
        );
      })}
    </div>
  );
}
