import type { Question, QuizBlock } from '../../contract';
import { attributeAt, startOf, type ModuleContext } from '../context';
import { bodyOf, readDirective } from '../directives';
import { isDirective, type ContainerDirective } from '../markdown';
import { checkTitle, flagAttribute, intAttribute } from './content';
import { compileQuestion } from './questions';

export function compileQuiz(ctx: ModuleContext, node: ContainerDirective, attrs: Record<string, string>): QuizBlock {
  const id = attrs.id ?? '';
  const pass =
    attrs.pass === undefined
      ? 0
      : intAttribute(ctx, attributeAt(ctx, node, 'pass'), 'pass', attrs.pass, { min: 0, max: 100, example: 75 });
  const retry = flagAttribute(ctx, node, 'retry', attrs.retry);
  checkTitle(ctx, node, attrs.title);

  const questions: Question[] = [];
  let reportedStray = false;
  for (const child of bodyOf(node)) {
    if (isDirective(child)) {
      const qAttrs = readDirective(ctx, child, 'quiz');
      if (qAttrs && child.type === 'containerDirective') {
        const q = compileQuestion(ctx, child, qAttrs, id);
        if (q) questions.push(q);
      }
    } else if (!reportedStray && child.type !== 'definition') {
      // One report is enough: every following line of the same stray text has the same cause.
      reportedStray = true;
      ctx.issues.error('quiz.unexpected-content', startOf(child), { quiz: id });
    }
  }
  if (questions.length === 0) {
    ctx.issues.error('quiz.no-questions', startOf(node), { quiz: id });
  }
  return { kind: 'quiz', id, title: attrs.title?.trim() ?? '', pass: pass ?? 0, retry, questions };
}
