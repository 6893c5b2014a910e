import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Definition, FootnoteDefinition, PhrasingContent, Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import type { Html } from '../contract';

export type RenderHtml = (nodes: readonly RootContent[]) => Html;

export interface HtmlRenderer {
  /** Block content: paragraphs, lists, headings … */
  block: RenderHtml;
  /** Phrasing content (an option, a list item) without a wrapping <p>. */
  inline: (nodes: readonly PhrasingContent[]) => Html;
}

/**
 * Renders Markdown fragments of one module to HTML. The module's link and footnote definitions
 * are appended to every fragment, because a reference in a quiz option may point at a definition
 * at the end of the file.
 */
export function createHtmlRenderer(definitions: readonly (Definition | FootnoteDefinition)[]): HtmlRenderer {
  const render = (nodes: readonly RootContent[]): HastRoot => {
    const root: Root = { type: 'root', children: [...nodes, ...definitions] };
    // allowDangerousHtml stays off: raw HTML never reaches a learner, even if the sanitising pass missed one.
    const hast = toHast(root, { allowDangerousHtml: false }) as HastRoot;
    openExternalLinksOutside(hast);
    return hast;
  };
  return {
    block: (nodes) => (nodes.length === 0 ? '' : toHtml(render(nodes)).trim()),
    inline(nodes) {
      if (nodes.length === 0) return '';
      // Rendered inside a paragraph so the phrasing keeps its spacing; the <p> itself is left out.
      const p = render([{ type: 'paragraph', children: [...nodes] }]).children.find((c) => c.type === 'element');
      return p && p.type === 'element' ? toHtml(p.children).trim() : '';
    },
  };
}

export function isExternalUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/**
 * The SCO runs inside the player's iframe: an external page opened there would replace the course,
 * so external links open a new window, and without `window.opener` access back into the course.
 */
function openExternalLinksOutside(node: HastRoot | HastContent): void {
  if (node.type === 'element' && node.tagName === 'a') addNewWindow(node);
  if ('children' in node) for (const child of node.children) openExternalLinksOutside(child);
}

function addNewWindow(a: Element): void {
  const href = a.properties.href;
  if (typeof href === 'string' && isExternalUrl(href)) {
    a.properties.target = '_blank';
    a.properties.rel = ['noopener', 'noreferrer'];
  }
}
