import type { ListItem, RootContent } from 'mdast';
import type { ScenarioBlock, ScenarioChoice, ScenarioStep } from '../../contract';
import { startOf, type ModuleContext } from '../context';
import { bodyOf, readDirective } from '../directives';
import { isDirective, plainText, type ContainerDirective } from '../markdown';
import { firstList, flagAttribute, isBlank, rejectNestedDirectives, renderInline, renderQuoted, splitFeedback } from './content';

/** A real decision has alternatives, and more than four turns reading the consequences into a chore. */
export const SCENARIO_CHOICES = { min: 2, max: 4 } as const;
/** A situation and at most one follow-up: a longer path is a story, not a decision. */
export const SCENARIO_MAX_STEPS = 2;

interface StepSource {
  nodes: RootContent[];
  at: { position?: ContainerDirective['position'] };
  number: number;
}

export function compileScenario(ctx: ModuleContext, node: ContainerDirective, attrs: Record<string, string>): ScenarioBlock {
  const id = attrs.id ?? '';
  const scored = flagAttribute(ctx, node, 'scored', attrs.scored);
  const sources = splitSteps(ctx, node, id);
  const steps: ScenarioStep[] = [];
  let next = 0;
  for (const source of sources) {
    const step = compileStep(ctx, source, { id, scored, firstChoice: next });
    next += step.choices.length;
    steps.push(step);
  }
  return { kind: 'scenario', id, scored, situationText: situationText(sources[0]!.nodes), steps };
}

/** The scenario's own content is step 1; one `:::step` after it is step 2. */
function splitSteps(ctx: ModuleContext, node: ContainerDirective, id: string): StepSource[] {
  const sources: StepSource[] = [{ nodes: [], at: node, number: 1 }];
  let reportedStray = false;
  for (const child of bodyOf(node)) {
    if (!isDirective(child)) {
      if (sources.length === 1) sources[0]!.nodes.push(child);
      else if (!reportedStray && child.type !== 'definition') {
        reportedStray = true;
        ctx.issues.error('scenario.unexpected-content', startOf(child), { scenario: id, rule: 'after-step' });
      }
      continue;
    }
    const ok = readDirective(ctx, child, 'scenario');
    if (!ok || child.type !== 'containerDirective') continue;
    if (sources.length >= SCENARIO_MAX_STEPS) {
      ctx.issues.error('scenario.too-many-steps', startOf(child), { scenario: id, max: SCENARIO_MAX_STEPS });
      continue;
    }
    sources.push({ nodes: bodyOf(child), at: child, number: sources.length + 1 });
  }
  return sources;
}

function compileStep(
  ctx: ModuleContext,
  source: StepSource,
  scenario: { id: string; scored: boolean; firstChoice: number },
): ScenarioStep {
  const { id, scored } = scenario;
  const step = source.number;
  rejectNestedDirectives(ctx, source.nodes, step === 1 ? 'scenario' : 'step');
  const { before, list, after } = firstList(source.nodes);
  if (isBlank(before)) ctx.issues.error('scenario.no-situation', startOf(source.at), { scenario: id, step });
  const stray = after.find((n) => n.type !== 'definition');
  if (stray) ctx.issues.error('scenario.unexpected-content', startOf(stray), { scenario: id, rule: 'after-choices' });
  if (!list) {
    ctx.issues.error('scenario.no-choices', startOf(source.at), { scenario: id, step });
    return { situationHtml: ctx.html(before), choices: [] };
  }
  const choices = list.children.map((item, i) => compileChoice(ctx, item, { ...scenario, step, index: i }));
  const count = choices.length;
  if (count < SCENARIO_CHOICES.min || count > SCENARIO_CHOICES.max) {
    ctx.issues.error('scenario.choice-count', startOf(list), { scenario: id, step, count, ...SCENARIO_CHOICES });
  }
  const best = choices.filter((c) => c.best).length;
  if (scored && best !== 1) ctx.issues.error('scenario.best-count', startOf(list), { scenario: id, step, count: best });
  return { situationHtml: ctx.html(before), choices };
}

function compileChoice(
  ctx: ModuleContext,
  item: ListItem,
  at: { id: string; scored: boolean; step: number; firstChoice: number; index: number },
): ScenarioChoice {
  const { content, feedback } = splitFeedback(item.children);
  const number = at.index + 1;
  const marked = item.checked === true || item.checked === false;
  if (at.scored && !marked) {
    ctx.issues.error('scenario.choice-unmarked', startOf(item), { scenario: at.id, step: at.step, choice: number });
  } else if (!at.scored && marked) {
    ctx.issues.error('scenario.choice-marked', startOf(item), { scenario: at.id, step: at.step, choice: number });
  }
  const consequenceHtml = renderQuoted(ctx, feedback);
  if (!consequenceHtml) {
    ctx.issues.error('scenario.no-consequence', startOf(item), { scenario: at.id, step: at.step, choice: number });
  }
  return {
    id: String.fromCharCode(97 + at.firstChoice + at.index),
    html: renderInline(ctx, content),
    text: plainText(content),
    best: at.scored && item.checked === true,
    consequenceHtml: consequenceHtml ?? '',
  };
}

function situationText(nodes: RootContent[]): string {
  return plainText(firstList(nodes).before);
}
