// What the import needs to know of an unpacked package's manifest: found where it must be, parsed
// once with the preflight's manifest model, and the few facts the library records.
import { XMLValidator } from 'fast-xml-parser';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { MANIFEST_FILE } from '../scorm/manifest-file';
import { allItems, defaultOrganizationOf, parseManifest, type ManifestModel } from '../scorm/preflight/manifest-model';

export function invalid(problem: string, message: string, hint: string, params: Record<string, string> = {}): AppError {
  return new AppError({ code: 'PACKAGE_INVALID', message, hint, params: { problem, ...params } });
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
  // Parsed first: the hazard scan refuses entity declarations before any validator reads them.
  const manifest = parseManifest(xml);
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    const { line, msg } = wellFormed.err;
    throw invalid('manifest-malformed', `${MANIFEST_FILE} is not well-formed XML (line ${line}: ${msg})`, 'Every LMS refuses this package too: export it again from its authoring tool.', { line: String(line), reason: msg });
  }
  if (!/<(?:[\w.-]+:)?manifest\b/.test(xml)) {
    throw invalid('manifest-malformed', `${MANIFEST_FILE} has no <manifest> element: it is not a SCORM manifest`, 'Export the course again as a SCORM package from its authoring tool.', { reason: 'no manifest element' });
  }
  if (scoCount(manifest) === 0) {
    throw invalid('nothing-to-play', `The package has nothing to play: no item of ${MANIFEST_FILE} launches a resource, and no resource has an href`, 'Export the course again from its authoring tool; an LMS would show an empty course too.');
  }
  return { manifest, xml };
}

/** The title a learner knows the package by: its default organization's, else the manifest identifier. */
export function titleOf(m: ManifestModel): string {
  return defaultOrganizationOf(m)?.title || m.identifier?.trim() || 'SCORM package';
}

/** Items that launch a resource; with no organization, the single launchable resource. */
export function scoCount(m: ManifestModel): number {
  const org = defaultOrganizationOf(m);
  const items = org ? allItems(org.items).filter((i) => i.identifierref) : [];
  if (items.length > 0) return items.length;
  return m.resources.some((r) => r.href) ? 1 : 0;
}
