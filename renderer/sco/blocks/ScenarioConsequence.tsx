import type { Ref } from 'react';
import type { ScenarioBlock, ScenarioStep } from '../../../electron/core/contract/course';
import { t } from '../i18n';
import { chromeLang, contentLang } from '../state/langs';

interface Props {
  block: ScenarioBlock;
  step: ScenarioStep;
  chosenId: string;
  headingRef: Ref<HTMLHeadingElement>;
}

/** What happened after the learner's choice; in a scored scenario also whether it was the best, and if not, the best one. */
export function ScenarioConsequence({ block, step, chosenId, headingRef }: Props) {
  const chosen = step.choices.find((c) => c.id === chosenId);
  if (!chosen) return null;
  const best = block.scored ? step.choices.find((c) => c.best) : undefined;
  const verdict = !block.scored ? 'scenario-open' : chosen.best ? 'feedback-correct' : 'feedback-incorrect';
  return (
    <div className={`feedback scenario-consequence ${verdict}`} lang={chromeLang()}>
      <h4 ref={headingRef} tabIndex={-1}>
        {block.scored ? (
          <>
            <span aria-hidden="true">{chosen.best ? '✓ ' : '✗ '}</span>
            {t(chosen.best ? 'scenario.best' : 'scenario.notBest')}
          </>
        ) : (
          t('scenario.consequence')
        )}
      </h4>
      <p>
        <span className="feedback-mark">{t('scenario.yourChoice')}</span> <span lang={contentLang()} dangerouslySetInnerHTML={{ __html: chosen.html }} />
      </p>
      <div lang={contentLang()} dangerouslySetInnerHTML={{ __html: chosen.consequenceHtml }} />
      {best && best !== chosen ? (
        <div className="explanation">
          <p>
            <span className="feedback-mark">{t('scenario.bestWas')}</span> <span lang={contentLang()} dangerouslySetInnerHTML={{ __html: best.html }} />
          </p>
          <div lang={contentLang()} dangerouslySetInnerHTML={{ __html: best.consequenceHtml }} />
        </div>
      ) : null}
    </div>
  );
}
