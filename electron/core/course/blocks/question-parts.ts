import type { List } from 'mdast';
import type { Html } from '../../contract';
import { startOf, type ModuleContext } from '../context';
import type { ContainerDirective } from '../markdown';

/** What every question shares, plus the parts its type reads: the list and the feedback. */
export interface QuestionParts {
  id: string;
  quiz: string;
  node: ContainerDirective;
  promptHtml: Html;
  explanationHtml?: Html;
  list?: List;
}

/** Every question must teach something: a wrong answer without any explanation teaches nothing. */
export function requireFeedback(ctx: ModuleContext, q: QuestionParts): void {
  if (q.explanationHtml) return;
  ctx.issues.error(
    'question.no-feedback',
    startOf(q.node),
    `question '${q.id}' has no feedback`,
    'add a "> …" line after the answers that explains the right answer',
    { question: q.id, quiz: q.quiz },
  );
}
