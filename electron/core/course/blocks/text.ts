import type { Block } from '../../contract';
import { attributeAt, startOf, type ModuleContext } from '../context';
import { bodyOf, labelOf } from '../directives';
import type { ContainerDirective } from '../markdown';
import { isBlank, rejectNestedDirectives } from './content';

const CALLOUT_TYPES = ['info', 'tip', 'belangrijk'] as const;
type CalloutType = (typeof CALLOUT_TYPES)[number];

export function compileQuote(ctx: ModuleContext, node: ContainerDirective, attrs: Record<string, string>): Block {
  const body = bodyOf(node);
  rejectNestedDirectives(ctx, body, 'quote');
  if (isBlank(body)) {
    ctx.issues.error('quote.empty', startOf(node), {});
  }
  if (attrs.by !== undefined && !attrs.by.trim()) {
    ctx.issues.error(
      'directive.attribute-invalid', attributeAt(ctx, node, 'by'), { attribute: 'by', value: attrs.by, rule: 'empty' },
    );
  }
  const block: Block = { kind: 'quote', html: ctx.html(body), by: attrs.by?.trim() ?? '' };
  if (attrs.role?.trim()) block.role = attrs.role.trim();
  return block;
}

export function compileCallout(ctx: ModuleContext, node: ContainerDirective, attrs: Record<string, string>): Block {
  const body = bodyOf(node);
  rejectNestedDirectives(ctx, body, 'callout');
  if (isBlank(body)) {
    ctx.issues.error('callout.empty', startOf(node), {});
  }
  let variant: CalloutType = 'info';
  if (attrs.type !== undefined) {
    if ((CALLOUT_TYPES as readonly string[]).includes(attrs.type)) variant = attrs.type as CalloutType;
    else {
      ctx.issues.error(
        'directive.attribute-invalid', attributeAt(ctx, node, 'type'), { attribute: 'type', value: attrs.type, rule: 'one-of', allowed: CALLOUT_TYPES.join(',') },
      );
    }
  }
  const block: Block = { kind: 'callout', variant, html: ctx.html(body) };
  const title = labelOf(node);
  if (title) block.title = title;
  return block;
}
