import type { ScenarioBlock } from '../../../electron/core/contract/course';
import { t } from '../i18n';
import { chromeLang } from '../state/langs';
import { scenarioPath } from '../state/scenarios';
import { useScoState } from '../state/use-sco-state';
import { ScenarioStepView } from './ScenarioStep';

/** A case to decide: the steps open one after the other, each choice final once made (state/scenarios.ts). */
export function Scenario({ block }: { block: ScenarioBlock }) {
  const { state } = useScoState();
  const path = scenarioPath(state, block.id);
  const shown = block.steps.slice(0, Math.min(path.length + 1, block.steps.length));
  return (
    // Not a landmark: a module may hold several scenarios, and landmarks must be told apart by name.
    <div className="scenario">
      {/* A heading, so a screen-reader user can jump from scenario to scenario, and the consequences' h4 sit under it. */}
      <h3 className="scenario-label" lang={chromeLang()}>
        {t('scenario.label')}
      </h3>
      {shown.map((step, i) => (
        <ScenarioStepView key={i} block={block} step={step} index={i} chosenId={path[i]} />
      ))}
    </div>
  );
}
