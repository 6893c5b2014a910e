import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument } from 'yaml';
import type { FileIssues, Where } from './issues';

export type YamlPath = readonly PropertyKey[];

/** A parsed YAML text that can point back at the line and column of any value in it. */
export interface YamlSource {
  /** The plain value, or undefined when the text has syntax errors. */
  value: unknown;
  /** Where the value at `path` starts; falls back to the nearest existing parent. */
  locate(path: YamlPath): Where;
  /** Where the key `key` of the map at `path` is written. */
  locateKey(path: YamlPath, key: string): Where;
  has(path: YamlPath): boolean;
}

/**
 * Parses YAML and reports syntax errors with their position. `firstLine` is the file line of the
 * YAML's first line, so front matter errors name the line in the Markdown file, not in the block.
 */
export function parseYaml(text: string, issues: FileIssues, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  // prettyErrors would append a code frame to the message; we report line and column ourselves.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Where => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };

  for (const e of doc.errors) {
    const duplicate = e.code === 'DUPLICATE_KEY';
    const params = { detail: firstSentence(e.message), yamlCode: e.code };
    if (duplicate) issues.error('yaml.duplicate-key', at(e.pos[0]), params);
    else issues.error('yaml.syntax', at(e.pos[0]), { ...params, cause: causeOf(e.message) });
  }
  for (const w of doc.warnings) issues.warning('yaml.warning', at(w.pos[0]), { detail: firstSentence(w.message) });

  const start = (node: unknown): Where | undefined => (isNode(node) && node.range ? at(node.range[0]) : undefined);

  return {
    value: doc.errors.length === 0 ? doc.toJS() : undefined,
    has: (path) => doc.hasIn(path as unknown[]),
    locate(path) {
      for (let n = path.length; n >= 0; n--) {
        const where = start(doc.getIn(path.slice(0, n) as unknown[], true));
        if (where) return where;
      }
      return at(0);
    },
    locateKey(path, key) {
      const map = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
      if (isMap(map)) {
        const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
        const where = start(pair?.key);
        if (where) return where;
      }
      return this.locate(path);
    },
  };
}

/** Which hint fits a syntax error, from the parser's message. */
function causeOf(message: string): 'colon' | 'quote' | 'indentation' {
  // The most common cause by far: a title such as `Hefboom 1: onderzoeken` written without quotes.
  if (message.startsWith('Nested mappings')) return 'colon';
  if (message.includes('quote')) return 'quote';
  return 'indentation';
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
