import type { PackageEdition } from '../../contract';

/**
 * The edition a manifest was written for. `schemaversion` decides first (CAM: "1.2", "CAM 1.3" or
 * "2004 2nd/3rd/4th Edition"), also when the manifest declares no namespaces at all (many tools
 * write none); then the namespaces: adlcp_v1p3 is every 2004 edition (3rd, the most common, is
 * assumed), adlcp_rootv1p2 is 1.2. Anything else is 1.2, Moodle's fallback.
 */
export function editionOf(m: { schemaversion?: string; namespaces: ReadonlyMap<string, string> }): PackageEdition {
  const written = editionFromSchemaversion(m.schemaversion);
  if (written) return written;
  if ([...m.namespaces.values()].some((uri) => /adlcp_v1p3/.test(uri))) return '2004 3rd';
  return '1.2';
}

/** The edition `schemaversion` names, trimmed and in any case; undefined when it names none. */
export function editionFromSchemaversion(schemaversion: string | undefined): PackageEdition | undefined {
  const sv = (schemaversion ?? '').trim();
  if (/2004\s*4th/i.test(sv)) return '2004 4th';
  if (/2004\s*3rd/i.test(sv)) return '2004 3rd';
  if (/^(CAM\s*)?1\.3$|2004/i.test(sv)) return '2004 2nd';
  if (/^1\.2$/.test(sv)) return '1.2';
  return undefined;
}
