import type { ReflectionBlock } from '../../../electron/core/contract/course';
import type { ScoPackage } from '../../../electron/core/contract/sco';
import { blocksOf, type ScoState } from './codec';
import { moduleProgress } from './progress';
import { scenarioDone, scenarioPath } from './scenarios';

/** What is still open in a module, in the order the learner meets it; the summary words each kind. */
export type OpenItem =
  | { kind: 'section'; id: string; section: number }
  | { kind: 'quiz'; id: string; section: number }
  | { kind: 'quiz-not-passed'; id: string; section: number }
  | { kind: 'reflection'; id: string; section: number }
  | { kind: 'checklist'; id: string; section: number }
  | { kind: 'scenario'; id: string; section: number };

function sectionOf(pkg: ScoPackage, blockId: string): number {
  return pkg.module.sections.findIndex((s) => s.blocks.some((b) => 'id' in b && b.id === blockId));
}

/** `reflectionDone` decides with the one rule (electron/shared/progress-rules.ts) wherever the text is kept. */
export function openItems(pkg: ScoPackage, state: ScoState, reflectionDone: (block: ReflectionBlock) => boolean): OpenItem[] {
  const items: OpenItem[] = [];
  pkg.module.sections.forEach((s, i) => {
    if (state.seen[i] !== '1') items.push({ kind: 'section', id: s.id, section: i });
  });
  const progress = moduleProgress(pkg.module, state);
  const quiz = progress.quiz;
  if (quiz && !progress.quizFinished) items.push({ kind: 'quiz', id: quiz.id, section: sectionOf(pkg, quiz.id) });
  else if (quiz && !progress.passed) items.push({ kind: 'quiz-not-passed', id: quiz.id, section: sectionOf(pkg, quiz.id) });
  for (const r of blocksOf(pkg.module, 'reflection')) {
    if (!reflectionDone(r)) items.push({ kind: 'reflection', id: r.id, section: sectionOf(pkg, r.id) });
  }
  for (const c of blocksOf(pkg.module, 'checklist')) {
    if (c.items.some((item) => (state.k[item.id]?.[0] ?? -1) < 0)) items.push({ kind: 'checklist', id: c.id, section: sectionOf(pkg, c.id) });
  }
  // Listed like a reflection: worth going back to, yet never part of "finished" (progress-rules.ts).
  for (const s of blocksOf(pkg.module, 'scenario')) {
    if (!scenarioDone(s, scenarioPath(state, s.id))) items.push({ kind: 'scenario', id: s.id, section: sectionOf(pkg, s.id) });
  }
  return items;
}
