/**
 * Bounds for a JSON tree a caller sends (the CMI of a commit), checked without recursion: a hostile
 * body nested 50 000 levels deep must be refused here, not overflow the stack in JSON.stringify,
 * zod or the database layer later. Over IPC, arguments are structured-cloned, so Maps, Dates,
 * typed arrays and cycles can arrive too: anything that is not plain JSON is refused.
 */
export interface JsonLimits {
  /** Deepest nesting of objects and arrays; scorm-again's CMI needs about 6 (cmi.interactions.n.objectives.n.id). */
  maxDepth: number;
  /** Roughly the length of the JSON text, counted while walking. */
  maxBytes: number;
  /** Objects, arrays and values together. */
  maxNodes: number;
}

export type JsonLimitProblem =
  | { kind: 'depth'; max: number }
  | { kind: 'size'; max: number }
  | { kind: 'nodes'; max: number }
  | { kind: 'type'; path: string };

const isPlainObject = (v: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

interface Pending {
  value: unknown;
  depth: number;
  key: string;
  parent: Pending | null;
}

/** Built only for the one value that is refused: long keys times deep trees would cost too much. */
function pathOf(entry: Pending): string {
  const keys: string[] = [];
  for (let e: Pending | null = entry; e?.parent; e = e.parent) keys.unshift(e.key);
  return keys.join('.').slice(0, 200) || '(root)';
}

/** The first limit the value crosses, or null when it is plain JSON inside every limit. */
export function checkJsonLimits(value: unknown, limits: JsonLimits): JsonLimitProblem | null {
  const stack: Pending[] = [{ value, depth: 0, key: '', parent: null }];
  let bytes = 0;
  let nodes = 0;
  const tooMany = (children: number) => nodes + stack.length + children > limits.maxNodes;
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const v = entry.value;
    nodes++;
    // undefined is what JSON.stringify drops (or writes as null); a structured clone over IPC may carry it.
    if (v === null || v === undefined || typeof v === 'boolean') bytes += 5;
    else if (typeof v === 'number') {
      if (!Number.isFinite(v)) return { kind: 'type', path: pathOf(entry) };
      bytes += 24;
    } else if (typeof v === 'string') bytes += v.length + 2;
    else if (typeof v === 'object') {
      if (entry.depth >= limits.maxDepth) return { kind: 'depth', max: limits.maxDepth };
      bytes += 2;
      if (Array.isArray(v)) {
        if (Object.getPrototypeOf(v) !== Array.prototype) return { kind: 'type', path: pathOf(entry) };
        if (tooMany(v.length)) return { kind: 'nodes', max: limits.maxNodes };
        for (let i = 0; i < v.length; i++) stack.push({ value: v[i], depth: entry.depth + 1, key: String(i), parent: entry });
      } else {
        if (!isPlainObject(v)) return { kind: 'type', path: pathOf(entry) };
        const keys = Object.keys(v);
        if (tooMany(keys.length)) return { kind: 'nodes', max: limits.maxNodes };
        for (const key of keys) {
          bytes += key.length + 4;
          stack.push({ value: (v as Record<string, unknown>)[key], depth: entry.depth + 1, key, parent: entry });
        }
      }
    } else return { kind: 'type', path: pathOf(entry) };
    if (bytes > limits.maxBytes) return { kind: 'size', max: limits.maxBytes };
  }
  return null;
}

export function describeJsonLimitProblem(problem: JsonLimitProblem): string {
  switch (problem.kind) {
    case 'depth':
      return `is nested deeper than ${problem.max} levels`;
    case 'size':
      return `is larger than ${Math.round(problem.max / 1_000_000)} MB`;
    case 'nodes':
      return `holds more than ${problem.max} values`;
    case 'type':
      return `holds a value that is not plain JSON at '${problem.path}'`;
  }
}
