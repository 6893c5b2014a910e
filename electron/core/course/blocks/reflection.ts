import type { RootContent } from 'mdast';
import type { ReflectionBlock } from '../../contract';
import { attributeAt, startOf, type ModuleContext } from '../context';
import { bodyOf } from '../directives';
import { plainText, type ContainerDirective } from '../markdown';
import { intAttribute, isBlank, rejectNestedDirectives } from './content';

const DEFAULT_MIN = 0;
const DEFAULT_MAX = 2000;
/** Stored in SCORM 2004 `cmi.interactions.n.learner_response` (long-fill-in, SPM 4000 characters). */
const LIMIT = 4000;

export function compileReflection(ctx: ModuleContext, node: ContainerDirective, attrs: Record<string, string>): ReflectionBlock {
  const id = attrs.id ?? '';
  const body = bodyOf(node);
  rejectNestedDirectives(ctx, body, 'reflection');

  const prompt: RootContent[] = [];
  const guidingQuestions: string[] = [];
  for (const n of body) {
    if (n.type === 'list') guidingQuestions.push(...n.children.map((item) => plainText(item)));
    else prompt.push(n);
  }
  if (isBlank(prompt)) {
    ctx.issues.error('reflection.empty', startOf(node), { reflection: id });
  }

  const min =
    attrs.min === undefined
      ? DEFAULT_MIN
      : intAttribute(ctx, attributeAt(ctx, node, 'min'), 'min', attrs.min, { min: 0, max: LIMIT, example: 50 });
  const max =
    attrs.max === undefined
      ? DEFAULT_MAX
      : intAttribute(ctx, attributeAt(ctx, node, 'max'), 'max', attrs.max, { min: 1, max: LIMIT, example: 1500 });
  if (min !== undefined && max !== undefined && min > max) {
    ctx.issues.error('reflection.length', attributeAt(ctx, node, 'min'), { reflection: id, min, max });
  }

  return {
    kind: 'reflection',
    id,
    promptHtml: ctx.html(prompt),
    promptText: plainText(prompt),
    guidingQuestions,
    minLength: min ?? DEFAULT_MIN,
    maxLength: max ?? DEFAULT_MAX,
  };
}
