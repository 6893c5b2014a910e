import type { Block, ModuleDocument } from '../contract';
import { readingMinutes } from '../../shared/reading-time';
import type { FileIssues, Where } from './issues';
import { countWords } from './markdown';

/**
 * Minutes a learner spends on each activity besides reading it. Rough on purpose: the warning
 * fires only when the author's `minutes` are off by more than half of this estimate, so it
 * catches a copied or forgotten value, not a difference of opinion.
 */
export const ACTIVITY_MINUTES = { question: 1, scenarioStep: 1, reflection: 5, checklistItem: 0.5 } as const;

const textOf = (html: string | undefined) => (html ?? '').replace(/<[^>]*>/g, ' ');

function activity(block: Block): { words: number; minutes: number } {
  const words = (...texts: (string | undefined)[]) => texts.reduce((n, t) => n + countWords(t ?? ''), 0);
  switch (block.kind) {
    case 'quiz':
      return block.questions.reduce(
        (sum, q) => {
          const parts = [textOf(q.promptHtml), textOf(q.explanationHtml)];
          if (q.type === 'single' || q.type === 'multiple') for (const o of q.options) parts.push(o.text, textOf(o.feedbackHtml));
          if (q.type === 'matching') for (const p of q.pairs) parts.push(p.left, p.right);
          if (q.type === 'ordering') for (const i of q.items) parts.push(i.text);
          return { words: sum.words + words(...parts), minutes: sum.minutes + ACTIVITY_MINUTES.question };
        },
        { words: 0, minutes: 0 },
      );
    case 'scenario':
      return {
        words: words(...block.steps.flatMap((s) => [textOf(s.situationHtml), ...s.choices.flatMap((c) => [c.text, textOf(c.consequenceHtml)])])),
        minutes: block.steps.length * ACTIVITY_MINUTES.scenarioStep,
      };
    case 'reflection':
      return { words: words(block.promptText, ...block.guidingQuestions), minutes: ACTIVITY_MINUTES.reflection };
    case 'checklist':
      return { words: words(textOf(block.introHtml), ...block.items.map((i) => i.text)), minutes: block.items.length * ACTIVITY_MINUTES.checklistItem };
    default:
      return { words: 0, minutes: 0 };
  }
}

/** Reading time of everything the learner reads (the shared rule) plus the time of each activity. */
export function studyMinutes(module: ModuleDocument): number {
  let words = module.wordCount;
  let minutes = 0;
  for (const block of module.sections.flatMap((s) => s.blocks)) {
    const a = activity(block);
    words += a.words;
    minutes += a.minutes;
  }
  return readingMinutes(words) + Math.ceil(minutes);
}

/** Below this a difference does not matter to a learner planning a session, however large a share of a short module it is. */
export const MINUTES_SLACK = 10;

/** A module's `minutes` more than half away from the estimate: the learner plans a study session by it. */
export function checkStudyTime(module: ModuleDocument, issues: FileIssues, at: Where): void {
  const estimate = studyMinutes(module);
  const off = Math.abs(module.minutes - estimate);
  if (estimate === 0 || off <= estimate / 2 || off <= MINUTES_SLACK) return;
  issues.warning('module.minutes-off', at, { minutes: module.minutes, estimate });
}
