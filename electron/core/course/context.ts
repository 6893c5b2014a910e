import type { HtmlRenderer } from './html';
import type { IdRegistry } from './ids';
import type { LinkChecker } from './links';
import type { StemRegistry } from './stems';
import type { FileIssues, Where } from './issues';
import type { Directive } from './markdown';

/** What a block compiler needs while compiling one module file. */
export interface ModuleContext {
  issues: FileIssues;
  ids: IdRegistry;
  html: HtmlRenderer['block'];
  inlineHtml: HtmlRenderer['inline'];
  /** Source lines, to point at one attribute of a directive rather than at its first column. */
  lines: readonly string[];
  links: LinkChecker;
  stems: StemRegistry;
  /** Course files this module uses (images, videos, linked documents). */
  media: Set<string>;
}

export function startOf(node: { position?: { start: { line: number; column: number } } }): Where {
  return node.position ? { line: node.position.start.line, column: node.position.start.column } : {};
}

/**
 * Where attribute `key` is written on the directive's first line. mdast keeps no attribute
 * positions (remark-directive does not enable them), so we look for the attribute in the source.
 */
export function attributeAt(ctx: ModuleContext, node: Directive, key: string): Where {
  const start = startOf(node);
  const line = start.line ? ctx.lines[start.line - 1] : undefined;
  if (!line || start.line === undefined) return start;
  const brace = line.indexOf('{', (start.column ?? 1) - 1);
  if (brace === -1) return start;
  const pattern =
    key === 'id' ? /[{\s]#|[{\s]id\s*=/g : new RegExp(`[{\\s]${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s=}])`, 'g');
  pattern.lastIndex = brace;
  const m = pattern.exec(line);
  return m ? { line: start.line, column: m.index + 2 } : start;
}
