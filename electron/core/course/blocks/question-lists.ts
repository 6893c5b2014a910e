import type { Question } from '../../contract';
import { startOf, type ModuleContext } from '../context';
import { plainText } from '../markdown';
import { splitFeedback } from './content';
import { MAX_LIST_ENTRIES, requireFeedback, type QuestionParts } from './question-parts';

const ARROW = '->';

export function compileMatching(ctx: ModuleContext, q: QuestionParts): Question {
  const pairs: { id: string; left: string; right: string }[] = [];
  for (const [i, item] of (q.list?.children ?? []).entries()) {
    const text = plainText(splitFeedback(item.children).content);
    const parts = text.split(ARROW);
    const left = parts[0]?.trim() ?? '';
    const right = parts.slice(1).join(ARROW).trim();
    if (parts.length !== 2 || !left || !right) {
      const problem = parts.length === 1 ? 'no-arrow' : parts.length > 2 ? 'many-arrows' : left ? 'no-right' : 'no-left';
      ctx.issues.error('matching.unequal', startOf(item), { question: q.id, pair: i + 1, problem });
    }
    pairs.push({ id: `p${i + 1}`, left, right });
  }
  if (pairs.length < 2) {
    ctx.issues.error('matching.too-few', startOf(q.list ?? q.node), { question: q.id, count: pairs.length });
  }
  if (pairs.length > MAX_LIST_ENTRIES) {
    ctx.issues.error('matching.too-many', startOf(q.list ?? q.node), { question: q.id, count: pairs.length, max: MAX_LIST_ENTRIES });
  }
  requireFeedback(ctx, q);
  return {
    type: 'matching',
    id: q.id,
    promptHtml: q.promptHtml,
    ...(q.explanationHtml ? { explanationHtml: q.explanationHtml } : {}),
    pairs,
  };
}

export function compileOrdering(ctx: ModuleContext, q: QuestionParts): Question {
  const list = q.list;
  if (list && !list.ordered) {
    ctx.issues.error('ordering.not-numbered', startOf(list), { question: q.id });
  }
  const items = (list?.children ?? []).map((item, i) => ({
    id: `i${i + 1}`,
    text: plainText(splitFeedback(item.children).content),
  }));
  if (items.length < 2) {
    ctx.issues.error('ordering.too-few', startOf(list ?? q.node), { question: q.id, count: items.length });
  }
  if (items.length > MAX_LIST_ENTRIES) {
    ctx.issues.error('ordering.too-many', startOf(list ?? q.node), { question: q.id, count: items.length, max: MAX_LIST_ENTRIES });
  }
  requireFeedback(ctx, q);
  return {
    type: 'ordering',
    id: q.id,
    promptHtml: q.promptHtml,
    ...(q.explanationHtml ? { explanationHtml: q.explanationHtml } : {}),
    items,
  };
}
