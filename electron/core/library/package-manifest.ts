// What the import needs to know of an unpacked package's manifest: found where it must be, parsed
// once with the preflight's manifest model, and the few facts the library records.
import fs from 'node:fs';
import path from 'node:path';
import type { PackageEdition } from '../contract/library';
import { AppError } from '../errors';
import { MANIFEST_FILE } from '../scorm/manifest-file';
import { allItems, parseManifest, type ManifestModel } from '../scorm/preflight/manifest-model';

export function invalid(problem: string, message: string, hint: string, params: Record<string, string> = {}): AppError {
  return new AppError({ code: 'PACKAGE_INVALID', message, hint, params: { problem, ...params } });
}

/** The edition from schemaversion, then from the namespaces (a 2004 manifest may omit schemaversion). */
export function editionOf(m: ManifestModel): PackageEdition {
  const sv = (m.schemaversion ?? '').trim();
  if (/2004 4th/i.test(sv)) return '2004 4th';
  if (/2004 3rd/i.test(sv)) return '2004 3rd';
  if (/^CAM 1\.3$|2004/i.test(sv)) return '2004 2nd';
  const uris = [...m.namespaces.values()].join(' ');
  if (/adlcp_v1p3/.test(uris)) return '2004 3rd';
  return '1.2';
}

/** Looks for imsmanifest.xml below the root (breadth first), to say where it was found. */
function findManifestBelow(root: string): string | undefined {
  const queue = [''];
  for (let rel = queue.shift(); rel !== undefined; rel = queue.shift()) {
    for (const d of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) queue.push(child);
      else if (d.name.toLowerCase() === MANIFEST_FILE) return child;
    }
  }
  return undefined;
}

/** The manifest at the root of `dir`, parsed; PACKAGE_INVALID saying where it is when it is deeper, or that there is none. */
export function readPackageManifest(dir: string): { manifest: ManifestModel; xml: string } {
  const file = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(file)) {
    const found = findManifestBelow(dir);
    if (found) {
      const folder = path.posix.dirname(found);
      throw invalid(
        'manifest-not-at-root',
        `${MANIFEST_FILE} is not at the root of the zip; found at ${found}`,
        `Import from the folder ${folder} (Leerpad offers it; on the command line add --root ${folder}), or zip the package again with ${MANIFEST_FILE} at the top.`,
        { found, root: folder },
      );
    }
    throw invalid('manifest-missing', `There is no ${MANIFEST_FILE} in the package: it is not a SCORM package`, 'Export the course again as a SCORM package from its authoring tool.');
  }
  const xml = fs.readFileSync(file, 'utf8');
  return { manifest: parseManifest(xml), xml };
}

export function titleOf(xml: string, m: ManifestModel): string {
  const t = /<(?:[\w.-]+:)?organization\b[^>]*>\s*<(?:[\w.-]+:)?title>([^<]*)</.exec(xml);
  return (t?.[1] ?? '').trim() || m.identifier || 'SCORM package';
}

/** Items that launch a resource; with no organization, the single launchable resource. */
export function scoCount(m: ManifestModel): number {
  const org = m.organizations.find((o) => o.identifier === m.defaultOrganization) ?? m.organizations[0];
  const items = org ? allItems(org.items).filter((i) => i.identifierref) : [];
  if (items.length > 0) return items.length;
  return m.resources.some((r) => r.href) ? 1 : 0;
}
