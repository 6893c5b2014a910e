import type { FileIssues } from './issues';

/**
 * Limits on a module's shape, checked before the Markdown parser sees it. The parser's cost grows
 * with nesting (lists in lists, quotes in quotes, blocks in blocks) far faster than with length,
 * and a few thousand levels overflow its stack: a module crafted that way would freeze every call
 * that compiles the course. Real modules stay far below: a 1500-word module is about 12 KB, and
 * the deepest structure the guide describes is a question inside a quiz.
 */
export const MODULE_LIMITS = { bytes: 256 * 1024, nesting: 8, directives: 6 } as const;

/** `>` quote markers and list markers (`-`, `*`, `+`, `1.`, `1)`) that open containers at the start of a line. */
const CONTAINER_PREFIX = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;
const DIRECTIVE_OPEN = /^[ \t]*:{3,}[ \t]*[A-Za-z]/;
const DIRECTIVE_CLOSE = /^[ \t]*:{3,}[ \t]*$/;

function prefixDepth(line: string): number {
  let depth = 0;
  let rest = line;
  for (let m = CONTAINER_PREFIX.exec(rest); m && depth <= MODULE_LIMITS.nesting; m = CONTAINER_PREFIX.exec(rest)) {
    depth++;
    rest = rest.slice(m[0].length);
  }
  return depth;
}

/** Reports the first limit the module crosses; false means it must not be parsed. */
export function checkModuleShape(source: string, issues: FileIssues): boolean {
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > MODULE_LIMITS.bytes) {
    issues.error(
      'module.too-complex', undefined, { rule: 'size', value: Math.ceil(bytes / 1024), limit: MODULE_LIMITS.bytes / 1024 },
    );
    return false;
  }
  const lines = source.split('\n');
  let open = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const depth = prefixDepth(line);
    if (depth > MODULE_LIMITS.nesting) {
      issues.error(
        'module.too-complex', { line: i + 1, column: 1 }, { rule: 'nesting', value: depth, limit: MODULE_LIMITS.nesting },
      );
      return false;
    }
    if (DIRECTIVE_OPEN.test(line)) open++;
    else if (DIRECTIVE_CLOSE.test(line)) open = Math.max(0, open - 1);
    if (open > MODULE_LIMITS.directives) {
      issues.error(
        'module.too-complex', { line: i + 1, column: 1 }, { rule: 'directives', value: open - 1, limit: MODULE_LIMITS.directives },
      );
      return false;
    }
  }
  return true;
}
