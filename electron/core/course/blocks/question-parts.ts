import type { List } from 'mdast';
import type { Html } from '../../contract';
import { startOf, type ModuleContext } from '../context';
import type { ContainerDirective } from '../markdown';

/** What every question shares, plus the parts its type reads: the list and the feedback. */
/**
 * Options, pairs and items per question: SCORM 1.2 responses name each by one character a–z
 * (RTE 3.4.2.7.5), and Moodle's 2004 runtime refuses more than 36 per response (scorm_13.js).
 */
export const MAX_LIST_ENTRIES = 26;

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
  ctx.issues.error('question.no-feedback', startOf(q.node), { question: q.id, quiz: q.quiz });
}
