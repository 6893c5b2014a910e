import type { X2jOptions } from 'fast-xml-parser';
import { MANIFEST_FILE } from '../manifest-file';
import { parseUntrustedXml } from '../xml';
import { combineBases, withBase } from './manifest-base';
import { item, type ManifestItem } from './manifest-item';
import { asNode, attr, list, metadataLocations, text, type Node } from './manifest-nodes';

export { editionOf } from './manifest-edition';
export type { ManifestItem } from './manifest-item';

export interface ManifestResource {
  identifier: string;
  /** Package-relative once xml:base is applied (a URL stays a URL). */
  href?: string;
  /** The href exactly as written, before xml:base. */
  rawHref?: string;
  /** The xml:base in scope (manifest, resources, resource combined), when any. */
  base?: string;
  /** adlcp:scormtype (1.2) / adlcp:scormType (2004), as written. */
  scormType?: string;
  /** Package-relative, like href. */
  files: string[];
  dependencies: string[];
  /** adlcp:location of the resource's and its files' metadata, package-relative. */
  metadataLocations: string[];
}

export interface ManifestOrganization {
  identifier: string;
  title: string;
  items: ManifestItem[];
}

/** The parts of imsmanifest.xml the preflight rules and the library read, namespace prefixes dropped. */
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
  /** Every adlcp:location in the manifest (manifest, organizations, items, resources, files), package-relative. */
  metadataLocations: string[];
}

const REPEATED = new Set(['organization', 'item', 'resource', 'file', 'dependency', 'objective', 'location']);

const PARSE: X2jOptions = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => REPEATED.has(name),
};

function resource(node: Node, outer: Array<string | undefined>): ManifestResource {
  const base = combineBases([...outer, attr(node, 'base')]);
  const rawHref = attr(node, 'href');
  const files = list(node.file);
  return {
    identifier: attr(node, 'identifier') ?? '',
    href: rawHref === undefined ? undefined : withBase(base, rawHref),
    ...(base === undefined ? {} : { rawHref, base }),
    scormType: attr(node, 'scormtype') ?? attr(node, 'scormType'),
    files: files
      .map((f) => attr(f, 'href'))
      .filter((h): h is string => h !== undefined)
      .map((h) => withBase(base, h)),
    dependencies: list(node.dependency)
      .map((d) => attr(d, 'identifierref'))
      .filter((h): h is string => h !== undefined),
    metadataLocations: [node, ...files].flatMap(metadataLocations).map((l) => withBase(base, l)),
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
  const resources = asNode(manifest.resources);
  const sv = /<(?:[\w.-]+:)?schemaversion\b[^>]*>([^<]*)<\//.exec(xml);
  const locations = (attr(manifest, 'schemaLocation') ?? '').trim().split(/\s+/).filter(Boolean);
  const manifestBase = combineBases([attr(manifest, 'base')]);
  const orgs = list(organizations.organization).map((o) => ({
    identifier: attr(o, 'identifier') ?? '',
    title: text(o.title)?.trim() ?? '',
    items: list(o.item).map(item),
    metadata: metadataLocations(o),
  }));
  const parsedResources = list(resources.resource).map((r) => resource(r, [attr(manifest, 'base'), attr(resources, 'base')]));
  const fromOrganizations = orgs.flatMap((o) => [...o.metadata, ...allItems(o.items).flatMap((i) => i.metadataLocations)]);
  return {
    identifier: attr(manifest, 'identifier'),
    schemaversion: sv ? sv[1] : undefined,
    namespaces: rootNamespaces(xml),
    schemaLocations: locations.filter((_, i) => i % 2 === 1),
    defaultOrganization: attr(organizations, 'default'),
    organizations: orgs.map(({ identifier, title, items }) => ({ identifier, title, items })),
    resources: parsedResources,
    metadataLocations: [
      ...[...metadataLocations(manifest), ...fromOrganizations].map((l) => withBase(manifestBase, l)),
      ...parsedResources.flatMap((r) => r.metadataLocations),
    ],
  };
}

/**
 * The organization an LMS plays: the one `organizations@default` names, else the first (IMS CP
 * 1.1.4 and what Moodle, SCORM Cloud and Canvas do when default is missing or names nothing).
 * Undefined for an empty <organizations/>: LMSs then launch the package's resource instead.
 */
export function defaultOrganizationOf(m: Pick<ManifestModel, 'organizations' | 'defaultOrganization'>): ManifestOrganization | undefined {
  return m.organizations.find((o) => o.identifier === m.defaultOrganization) ?? m.organizations[0];
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
