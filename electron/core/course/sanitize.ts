import type { Definition, FootnoteDefinition, Nodes, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { startOf, type ModuleContext } from './context';
import { readDirective } from './directives';

/**
 * One pass over a module before blocks are compiled: drops raw HTML, turns stray inline
 * directives back into text, checks every link and image, and collects link definitions.
 */
export function sanitizeTree(ctx: ModuleContext, root: Root, source: string): (Definition | FootnoteDefinition)[] {
  const definitions: (Definition | FootnoteDefinition)[] = [];
  visit(root, (node: Nodes, index, parent) => {
    switch (node.type) {
      case 'html': {
        // Comments are the author's notes and never meant to be shown, so dropping them needs no warning.
        if (!/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) {
          ctx.issues.warning('html.dropped', startOf(node), { html: node.value.trim().slice(0, 80) });
        }
        parent?.children.splice(index!, 1);
        return [SKIP, index!];
      }
      case 'textDirective': {
        readDirective(ctx, node, 'section');
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        const text = start !== undefined && end !== undefined ? source.slice(start, end) : `:${node.name}`;
        parent?.children.splice(index!, 1, { type: 'text', value: text, position: node.position });
        return SKIP;
      }
      case 'image':
        if (!node.alt?.trim()) {
          ctx.issues.error('image.no-alt', startOf(node), { url: node.url });
        }
        node.url = ctx.links.check(ctx.issues, node.url, startOf(node), 'image', ctx.media);
        return;
      case 'link':
        node.url = ctx.links.check(ctx.issues, node.url, startOf(node), 'link', ctx.media);
        return;
      case 'definition':
        node.url = ctx.links.check(ctx.issues, node.url, startOf(node), 'link', ctx.media);
        definitions.push(node);
        return;
      case 'footnoteDefinition':
        definitions.push(node);
        return;
      default:
        return;
    }
  });
  return definitions;
}
