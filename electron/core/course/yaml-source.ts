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
    issues.error(
      duplicate ? 'yaml.duplicate-key' : 'yaml.syntax',
      at(e.pos[0]),
      `YAML ${duplicate ? 'has a key twice' : 'syntax error'}: ${firstSentence(e.message)}`,
      hintFor(e.code, e.message),
      { yamlCode: e.code },
    );
  }
  for (const w of doc.warnings) issues.warning('yaml.warning', at(w.pos[0]), `YAML: ${firstSentence(w.message)}`);

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

function hintFor(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'keep one of the two keys';
  // The most common cause by far: a title such as `Hefboom 1: onderzoeken` written without quotes.
  if (message.startsWith('Nested mappings'))
    return 'put a value that contains ": " in quotes, e.g. title: "Hefboom 1: onderzoeken"';
  if (message.includes('quote')) return 'close the quotes on the same value';
  return 'check the indentation and the colons on this line and the one above';
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
