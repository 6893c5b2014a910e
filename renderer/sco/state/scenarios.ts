import type { ScenarioBlock, ScenarioChoice } from '../../../electron/core/contract/course';
import type { ScoState } from './codec';

export { scenarioCorrect, scenarioDone } from '../../../electron/shared/progress-rules';

/** The choice ids made so far, in step order; '' before the first. */
export function scenarioPath(state: ScoState, id: string): string {
  return state.c?.[id] ?? '';
}

/** The choice made in step `index`, if any. */
export function chosenIn(block: ScenarioBlock, path: string, index: number): ScenarioChoice | undefined {
  return block.steps[index]?.choices.find((c) => c.id === path[index]);
}

/**
 * A choice is final: the consequence the learner read belongs to it, and a scored scenario's
 * result would mean nothing if it could be changed after seeing that. Only the next step's
 * choices are accepted, so a stale click (or a second tab) cannot rewrite the path.
 */
export function choose(state: ScoState, block: ScenarioBlock, choiceId: string): ScoState {
  const path = scenarioPath(state, block.id);
  const step = block.steps[path.length];
  if (!step?.choices.some((c) => c.id === choiceId)) return state;
  return { ...state, c: { ...state.c, [block.id]: path + choiceId } };
}
