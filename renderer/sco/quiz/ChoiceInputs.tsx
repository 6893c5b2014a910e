import { useId } from 'react';
import type { Question } from '../../../electron/core/contract/course';
import { t } from '../i18n';
import { chromeLang, contentLang } from '../state/langs';
import type { InputsProps } from './inputs-props';

type Choice = Extract<Question, { type: 'single' | 'multiple' }>;

export function ChoiceInputs({ question, answer, locked, onAnswer }: InputsProps<Choice>) {
  const name = useId();
  const multiple = question.type === 'multiple';
  const chosen = typeof answer === 'string' ? answer : '';
  const toggle = (id: string, on: boolean) => {
    if (!multiple) return onAnswer(id);
    // Kept in option order, so "ca" and "ac" are the same answer in state and in SCORM.
    onAnswer(question.options.map((o) => o.id).filter((o) => (o === id ? on : chosen.includes(o))).join(''));
  };
  return (
    <>
      {multiple ? (
        <p className="question-hint" lang={chromeLang()}>
          {t('quiz.multipleHint')}
        </p>
      ) : null}
      <div className="options">
        {question.options.map((o) => {
          const isChosen = multiple ? chosen.includes(o.id) : chosen === o.id;
          const mark = locked && isChosen ? (o.correct ? 'option-right' : 'option-wrong') : '';
          return (
            <label key={o.id} className={`option ${mark}`}>
              <input type={multiple ? 'checkbox' : 'radio'} name={name} value={o.id} checked={isChosen} onChange={(e) => toggle(o.id, e.target.checked)} />
              <span lang={contentLang()} dangerouslySetInnerHTML={{ __html: o.html }} />
            </label>
          );
        })}
      </div>
    </>
  );
}
