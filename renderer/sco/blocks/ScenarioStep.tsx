import { useEffect, useId, useRef, useState } from 'react';
import type { ScenarioBlock, ScenarioStep } from '../../../electron/core/contract/course';
import { t } from '../i18n';
import { chromeLang, contentLang } from '../state/langs';
import { choose } from '../state/scenarios';
import { useStore } from '../state/use-sco-state';
import { ScenarioConsequence } from './ScenarioConsequence';

interface Props {
  block: ScenarioBlock;
  step: ScenarioStep;
  index: number;
  /** The choice made in this step; undefined while it is open. */
  chosenId: string | undefined;
}

export function ScenarioStepView({ block, step, index, chosenId }: Props) {
  const store = useStore();
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [error, setError] = useState(false);
  const name = useId();
  const errorId = `${name}-error`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfter = useRef(false);
  const chosen = chosenId ?? selected;
  const total = block.steps.length;

  useEffect(() => {
    // The button disappears with the click: focus goes to the consequence that replaced it, as after checking a question.
    if (chosenId !== undefined && focusAfter.current) headingRef.current?.focus();
    focusAfter.current = false;
  }, [chosenId]);

  const onChoose = () => {
    if (!selected) return setError(true);
    focusAfter.current = true;
    store.update((s) => choose(s, block, selected));
  };

  return (
    <div className={chosenId ? 'scenario-step scenario-step-chosen' : 'scenario-step'}>
      <div className="scenario-situation" lang={contentLang()} dangerouslySetInnerHTML={{ __html: step.situationHtml }} />
      <fieldset disabled={chosenId !== undefined} aria-describedby={error ? errorId : undefined}>
        <legend lang={chromeLang()}>
          {total > 1 ? <span className="question-count">{t('scenario.stepOf', { index: index + 1, total })}</span> : null}
          {t('scenario.question')}
        </legend>
        <div className="options">
          {step.choices.map((c) => (
            <label key={c.id} className={chosenId === c.id ? 'option option-chosen' : 'option'}>
              <input
                type="radio"
                name={name}
                value={c.id}
                checked={chosen === c.id}
                onChange={() => {
                  setError(false);
                  setSelected(c.id);
                }}
              />
              <span lang={contentLang()} dangerouslySetInnerHTML={{ __html: c.html }} />
            </label>
          ))}
        </div>
      </fieldset>
      {/* Always present, so assistive technology announces the consequence when it appears in it. */}
      <div aria-live="polite">
        {chosenId !== undefined ? <ScenarioConsequence block={block} step={step} chosenId={chosenId} headingRef={headingRef} /> : null}
      </div>
      {chosenId === undefined ? (
        <div className="question-actions" lang={chromeLang()}>
          <button type="button" className="btn btn-secondary" onClick={onChoose}>
            {t('scenario.choose')}
          </button>
          <p className="question-hint">{t('scenario.final')}</p>
          {error ? (
            <p id={errorId} className="question-error" role="alert">
              {t('scenario.chooseFirst')}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
