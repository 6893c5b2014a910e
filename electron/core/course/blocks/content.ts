import type { Blockquote, List, Nodes, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { attributeAt, startOf, type ModuleContext } from '../context';
import type { Where } from '../issues';
import type { Directive } from '../markdown';
import { DIRECTIVES, readDirective } from '../directives';
import type { Html } from '../../contract';

/**
 * Blocks hold Markdown only: a directive nested in one would silently vanish from the compiled
 * module. The usual cause is a block whose closing ::: is missing, so the hint says exactly that.
 */
export function rejectNestedDirectives(ctx: ModuleContext, nodes: readonly RootContent[], inside: string): void {
  for (const node of nodes) {
    visit(node as Nodes, (n: Nodes) => {
      if (n.type !== 'containerDirective' && n.type !== 'leafDirective') return;
      const spec = DIRECTIVES[n.name];
      if (!spec) readDirective(ctx, n, 'section');
      else {
        ctx.issues.error('directive.misplaced', startOf(n), { name: n.name, inside, rule: 'nested' });
      }
      return 'skip';
    });
  }
}

/** Renders a list item or option: a single paragraph becomes inline HTML, anything else stays blocks. */
export function renderInline(ctx: ModuleContext, nodes: readonly RootContent[]): Html {
  const [only] = nodes;
  if (nodes.length === 1 && only?.type === 'paragraph') return ctx.inlineHtml(only.children);
  return ctx.html(nodes);
}

/** `> …` lines render as their content, without the blockquote around it. */
export function renderQuoted(ctx: ModuleContext, quotes: readonly Blockquote[]): Html | undefined {
  if (quotes.length === 0) return undefined;
  return ctx.html(quotes.flatMap((q) => q.children));
}

/** Splits an item into its own content and the `>` feedback lines nested under it. */
export function splitFeedback(children: readonly RootContent[]): { content: RootContent[]; feedback: Blockquote[] } {
  const content: RootContent[] = [];
  const feedback: Blockquote[] = [];
  for (const c of children) (c.type === 'blockquote' ? feedback : content).push(c as never);
  return { content, feedback };
}

export function firstList(nodes: readonly RootContent[]): { before: RootContent[]; list?: List; after: RootContent[] } {
  const i = nodes.findIndex((n) => n.type === 'list');
  if (i === -1) return { before: [...nodes], after: [] };
  return { before: nodes.slice(0, i), list: nodes[i] as List, after: nodes.slice(i + 1) };
}

export function isBlank(nodes: readonly RootContent[]): boolean {
  return nodes.every((n) => n.type === 'definition' || n.type === 'footnoteDefinition');
}

/** Parses a whole number attribute; reports and returns undefined when it is not one in range. */
export function intAttribute(
  ctx: ModuleContext,
  at: Where,
  name: string,
  value: string,
  range: { min: number; max: number; example: number },
): number | undefined {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (n >= range.min && n <= range.max) return n;
  ctx.issues.error('directive.attribute-invalid', at, {
    attribute: name,
    value,
    rule: 'range',
    min: range.min,
    max: range.max,
    example: range.example,
  });
  return undefined;
}

/** A flag such as `retry` or `note` is written on its own; `retry="yes"` is a mistake worth naming. */
export function flagAttribute(ctx: ModuleContext, node: Directive, name: string, value: string | undefined): boolean {
  if (value !== undefined && value !== '') {
    ctx.issues.error('directive.attribute-invalid', attributeAt(ctx, node, name), { attribute: name, value, rule: 'no-value' });
  }
  return value !== undefined;
}

/** A `title` that is present must say something: an empty one would show as a blank heading. */
export function checkTitle(ctx: ModuleContext, node: Directive, value: string | undefined) {
  if (value !== undefined && !value.trim()) {
    ctx.issues.error('directive.attribute-invalid', attributeAt(ctx, node, 'title'), { attribute: 'title', value, rule: 'empty' });
  }
}
