// The parsed-XML accessors every part of the manifest model shares (fast-xml-parser's object shape).

export type Node = Record<string, unknown>;

export function asNode(v: unknown): Node {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : {};
}

export function list(v: unknown): Node[] {
  return Array.isArray(v) ? v.map(asNode) : v === undefined ? [] : [asNode(v)];
}

export function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const t = asNode(v)['#text'];
  return t === undefined ? (v && typeof v === 'object' ? '' : undefined) : String(t);
}

export function attr(node: Node, name: string): string | undefined {
  const v = node[`@_${name}`];
  return v === undefined ? undefined : String(v);
}

/**
 * A child element whatever its case: Moodle folds every tag to upper case before reading it, so
 * `adlcp:dataFromLMS` in a 1.2 manifest (or `datafromlms` in a 2004 one) works there, and
 * packages in the wild mix both spellings.
 */
export function childAnyCase(node: Node, name: string): unknown {
  if (node[name] !== undefined) return node[name];
  const lower = name.toLowerCase();
  const key = Object.keys(node).find((k) => !k.startsWith('@_') && k.toLowerCase() === lower);
  return key === undefined ? undefined : node[key];
}

/** The adlcp:location children of an element's <metadata> (IMS CP: metadata kept in a file of its own). */
export function metadataLocations(node: Node): string[] {
  const raw = asNode(node.metadata).location;
  return (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
    .map((l) => text(l)?.trim())
    .filter((l): l is string => !!l);
}
