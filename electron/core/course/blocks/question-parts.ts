import type { List, ListItem } from 'mdast';
import type { ChoiceOption, Html } from '../../contract';
import { startOf, type ModuleContext } from '../context';
import { countWords, type ContainerDirective } from '../markdown';

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

/** Fewer words than this cannot say why an option is wrong ("Nee." or "Niet juist." only repeat the verdict). */
export const MIN_FEEDBACK_WORDS = 4;

/**
 * A warning, not an error: the question still plays, but a learner who chose a wrong option is
 * told only that it is wrong, not why. An explanation after the options does not replace this: it
 * explains the right answer, not each wrong one.
 */
export function warnThinFeedback(ctx: ModuleContext, question: string, items: readonly ListItem[], options: readonly ChoiceOption[]): void {
  // Without a right option the question is already an error (quiz.no-correct-answer): every option would be "wrong" here.
  if (!options.some((o) => o.correct)) return;
  options.forEach((o, i) => {
    if (o.correct || items[i]?.checked !== false) return;
    const words = countWords((o.feedbackHtml ?? '').replace(/<[^>]*>/g, ' '));
    if (words >= MIN_FEEDBACK_WORDS) return;
    const rule = o.feedbackHtml ? 'short' : 'missing';
    ctx.issues.warning('question.feedback-thin', startOf(items[i]!), { question, option: i + 1, words, min: MIN_FEEDBACK_WORDS, rule });
  });
}
