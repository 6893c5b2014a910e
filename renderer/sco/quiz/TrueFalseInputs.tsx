import { useId } from 'react';
import type { Question } from '../../../electron/core/contract/course';
import { t } from '../i18n';
import { chromeLang } from '../state/langs';
import type { InputsProps } from './inputs-props';

export function TrueFalseInputs({ answer, locked, question, onAnswer }: InputsProps<Extract<Question, { type: 'truefalse' }>>) {
  const name = useId();
  const choices = [
    { value: 1 as const, label: t('quiz.true') },
    { value: 0 as const, label: t('quiz.false') },
  ];
  return (
    <div className="options options-inline" lang={chromeLang()}>
      {choices.map((c) => {
        const isChosen = answer === c.value;
        const mark = locked && isChosen ? ((c.value === 1) === question.answer ? 'option-right' : 'option-wrong') : '';
        return (
          <label key={c.value} className={`option ${mark}`}>
            <input type="radio" name={name} value={c.value} checked={isChosen} onChange={() => onAnswer(c.value)} />
            <span>{c.label}</span>
          </label>
        );
      })}
    </div>
  );
}
