import type { Blockquote, List, RootContent } from 'mdast';
import type { ChoiceOption, Question } from '../../contract';
import { attributeAt, startOf, type ModuleContext } from '../context';
import { bodyOf } from '../directives';
import { plainText, type ContainerDirective } from '../markdown';
import { firstList, isBlank, rejectNestedDirectives, renderInline, renderQuoted, splitFeedback } from './content';
import { compileMatching, compileOrdering } from './question-lists';
import { MAX_LIST_ENTRIES, requireFeedback, warnThinFeedback, type QuestionParts } from './question-parts';

export function compileQuestion(
  ctx: ModuleContext,
  node: ContainerDirective,
  attrs: Record<string, string>,
  quiz: string,
): Question | undefined {
  const body = bodyOf(node);
  rejectNestedDirectives(ctx, body, 'question');
  const id = attrs.id ?? '';
  const parts = node.name === 'truefalse' ? splitTrueFalse(body) : splitListQuestion(ctx, node, body, id);
  if (!parts) return undefined;
  if (isBlank(parts.prompt)) {
    ctx.issues.error('question.no-prompt', startOf(node), { question: id });
  }
  ctx.stems.add(ctx.issues, id, plainText(parts.prompt), startOf(node));
  const base: QuestionParts = { id, quiz, node, promptHtml: ctx.html(parts.prompt), list: parts.list };
  const explanation = renderQuoted(ctx, parts.explanation);
  if (explanation) base.explanationHtml = explanation;

  switch (node.name) {
    case 'single':
    case 'multiple':
      return compileChoice(ctx, base, node.name);
    case 'truefalse':
      return compileTrueFalse(ctx, base, attrs.answer);
    case 'matching':
      return compileMatching(ctx, base);
    default:
      return compileOrdering(ctx, base);
  }
}

interface Split {
  prompt: RootContent[];
  list?: List;
  explanation: Blockquote[];
}

function splitTrueFalse(body: readonly RootContent[]): Split {
  let end = body.length;
  while (end > 0 && body[end - 1]!.type === 'blockquote') end--;
  return { prompt: body.slice(0, end), explanation: body.slice(end) as Blockquote[] };
}

function splitListQuestion(
  ctx: ModuleContext,
  node: ContainerDirective,
  body: readonly RootContent[],
  id: string,
): Split | undefined {
  const { before, list, after } = firstList(body);
  if (!list) {
    ctx.issues.error('question.no-options', startOf(node), { question: id, name: node.name });
    return undefined;
  }
  const explanation: Blockquote[] = [];
  // Definitions render nothing, and nested directives were already reported by rejectNestedDirectives.
  const ignored = new Set(['definition', 'containerDirective', 'leafDirective']);
  for (const n of after) {
    if (n.type === 'blockquote') explanation.push(n);
    else if (!ignored.has(n.type)) {
      ctx.issues.error('question.unexpected-content', startOf(n), { question: id });
    }
  }
  return { prompt: before, list, explanation };
}

/** Choice questions may give feedback per option instead, but then every option needs its own. */
function requireChoiceFeedback(ctx: ModuleContext, q: QuestionParts, options: ChoiceOption[]): void {
  if (q.explanationHtml) return;
  const missing = options.filter((o) => !o.feedbackHtml).map((o) => o.id);
  if (missing.length === 0 && options.length > 0) return;
  if (missing.length === options.length) return requireFeedback(ctx, q);
  ctx.issues.error('question.no-feedback', startOf(q.node), {
    question: q.id,
    quiz: q.quiz,
    missing: 'options',
    options: missing.join(','),
  });
}

function compileChoice(ctx: ModuleContext, q: QuestionParts, type: 'single' | 'multiple'): Question {
  const items = q.list?.children ?? [];
  const options: ChoiceOption[] = items.map((item, i) => {
    const { content, feedback } = splitFeedback(item.children);
    if (item.checked === null || item.checked === undefined) {
      ctx.issues.error('question.option-unmarked', startOf(item), { question: q.id, option: i + 1 });
    }
    const option: ChoiceOption = {
      id: String.fromCharCode(97 + i),
      html: renderInline(ctx, content),
      text: plainText(content),
      correct: item.checked === true,
    };
    const fb = renderQuoted(ctx, feedback);
    if (fb) option.feedbackHtml = fb;
    return option;
  });
  const at = q.list ? startOf(q.list) : startOf(q.node);
  if (options.length < 2) {
    ctx.issues.error('question.too-few-options', at, { question: q.id, count: options.length });
  }
  const correct = options.filter((o) => o.correct).length;
  if (correct === 0) {
    ctx.issues.error('quiz.no-correct-answer', at, { question: q.id, quiz: q.quiz, name: type });
  } else if (type === 'single' && correct > 1) {
    ctx.issues.error('quiz.single-multiple-correct', at, { question: q.id, count: correct });
  }
  if (options.length > MAX_LIST_ENTRIES) {
    ctx.issues.error('question.too-many-options', at, { question: q.id, count: options.length, max: MAX_LIST_ENTRIES });
  }
  requireChoiceFeedback(ctx, q, options);
  warnThinFeedback(ctx, q.id, items, options);
  return {
    type,
    id: q.id,
    promptHtml: q.promptHtml,
    ...(q.explanationHtml ? { explanationHtml: q.explanationHtml } : {}),
    options,
  };
}

function compileTrueFalse(ctx: ModuleContext, q: QuestionParts, answer: string | undefined): Question {
  if (answer !== undefined && answer !== 'waar' && answer !== 'onwaar') {
    ctx.issues.error('directive.attribute-invalid', attributeAt(ctx, q.node, 'answer'), {
      question: q.id,
      attribute: 'answer',
      value: answer,
      rule: 'one-of',
      allowed: 'waar,onwaar',
    });
  }
  requireFeedback(ctx, q);
  return {
    type: 'truefalse',
    id: q.id,
    promptHtml: q.promptHtml,
    ...(q.explanationHtml ? { explanationHtml: q.explanationHtml } : {}),
    answer: answer === 'waar',
  };
}
