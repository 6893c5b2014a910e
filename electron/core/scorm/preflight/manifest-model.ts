import type { X2jOptions } from 'fast-xml-parser';
import { MANIFEST_FILE } from '../manifest-file';
import { parseUntrustedXml } from '../xml';

export interface ManifestItem {
  identifier: string;
  identifierref?: string;
  title: string;
  children: ManifestItem[];
  /** SCORM 1.2 `adlcp:masteryscore`, as written. */
  masteryscore?: string;
  /** SCORM 2004 primary objective of the item's sequencing. */
  primaryObjective?: { satisfiedByMeasure: boolean; minNormalizedMeasure?: string };
  objectiveIds: string[];
}

export interface ManifestResource {
  identifier: string;
  href?: string;
  /** adlcp:scormtype (1.2) / adlcp:scormType (2004), as written. */
  scormType?: string;
  files: string[];
  dependencies: string[];
}

export interface ManifestOrganization {
  identifier: string;
  items: ManifestItem[];
}

/** The parts of imsmanifest.xml the preflight rules read, namespace prefixes dropped. */
export interface ManifestModel {
  identifier?: string;
  /** The text of <schemaversion> exactly as written: Moodle does not trim it. */
  schemaversion?: string;
  /** Prefix ('' for the default namespace) → namespace URI, declared on the root element. */
  namespaces: Map<string, string>;
  /** The schema files named in xsi:schemaLocation (every second token). */
  schemaLocations: string[];
  defaultOrganization?: string;
  organizations: ManifestOrganization[];
  resources: ManifestResource[];
}

type Node = Record<string, unknown>;

const REPEATED = new Set(['organization', 'item', 'resource', 'file', 'dependency', 'objective']);

const PARSE: X2jOptions = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => REPEATED.has(name),
};

function asNode(v: unknown): Node {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : {};
}

function list(v: unknown): Node[] {
  return Array.isArray(v) ? v.map(asNode) : v === undefined ? [] : [asNode(v)];
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const t = asNode(v)['#text'];
  return t === undefined ? (v && typeof v === 'object' ? '' : undefined) : String(t);
}

function attr(node: Node, name: string): string | undefined {
  const v = node[`@_${name}`];
  return v === undefined ? undefined : String(v);
}

/** Recursive per nesting level: parseUntrustedXml refused anything deeper than MAX_XML_DEPTH. */
function item(node: Node): ManifestItem {
  const objectives = asNode(asNode(node.sequencing).objectives);
  const primary = objectives.primaryObjective === undefined ? undefined : asNode(objectives.primaryObjective);
  const masteryscore = text(node.masteryscore);
  return {
    identifier: attr(node, 'identifier') ?? '',
    identifierref: attr(node, 'identifierref'),
    title: text(node.title)?.trim() ?? '',
    children: list(node.item).map(item),
    ...(masteryscore === undefined ? {} : { masteryscore: masteryscore.trim() }),
    ...(primary === undefined
      ? {}
      : {
          primaryObjective: {
            satisfiedByMeasure: attr(primary, 'satisfiedByMeasure')?.trim() === 'true',
            minNormalizedMeasure: text(primary.minNormalizedMeasure)?.trim(),
          },
        }),
    objectiveIds: list(objectives.objective)
      .map((o) => attr(o, 'objectiveID'))
      .filter((id): id is string => id !== undefined),
  };
}

function resource(node: Node): ManifestResource {
  return {
    identifier: attr(node, 'identifier') ?? '',
    href: attr(node, 'href'),
    scormType: attr(node, 'scormtype') ?? attr(node, 'scormType'),
    files: list(node.file)
      .map((f) => attr(f, 'href'))
      .filter((h): h is string => h !== undefined),
    dependencies: list(node.dependency)
      .map((d) => attr(d, 'identifierref'))
      .filter((h): h is string => h !== undefined),
  };
}

function rootNamespaces(xml: string): Map<string, string> {
  const map = new Map<string, string>();
  const root = /<(?:[\w.-]+:)?manifest\b([^>]*)>/.exec(xml);
  for (const m of (root?.[1] ?? '').matchAll(/xmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    map.set(m[1] ?? '', m[2] ?? m[3] ?? '');
  }
  return map;
}

/**
 * Parses a well-formed manifest (check well-formedness first: the parser is lenient). Throws an
 * XmlRefusal for entity declarations or excessive nesting.
 */
export function parseManifest(xml: string): ManifestModel {
  const doc = asNode(parseUntrustedXml(xml, MANIFEST_FILE, PARSE));
  const manifest = asNode(doc.manifest);
  const organizations = asNode(manifest.organizations);
  const sv = /<(?:[\w.-]+:)?schemaversion\b[^>]*>([^<]*)<\//.exec(xml);
  const locations = (attr(manifest, 'schemaLocation') ?? '').trim().split(/\s+/).filter(Boolean);
  return {
    identifier: attr(manifest, 'identifier'),
    schemaversion: sv ? sv[1] : undefined,
    namespaces: rootNamespaces(xml),
    schemaLocations: locations.filter((_, i) => i % 2 === 1),
    defaultOrganization: attr(organizations, 'default'),
    organizations: list(organizations.organization).map((o) => ({ identifier: attr(o, 'identifier') ?? '', items: list(o.item).map(item) })),
    resources: list(asNode(manifest.resources).resource).map(resource),
  };
}

/** Every item below the given ones, depth first, in document order (a stack, not recursion). */
export function allItems(items: ManifestItem[]): ManifestItem[] {
  const out: ManifestItem[] = [];
  const stack = [...items].reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    out.push(next);
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
  return out;
}
