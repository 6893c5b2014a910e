// Import of a foreign SCORM package into the library (issue 12, item 1): unpack with the safe
// streaming reader into a temporary folder INSIDE the library (same file system, so the final
// rename is atomic), check the manifest, and only then move the folder into place. A refused
// import removes the temporary folder: the library is never left half-written.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { MANIFEST_FILE } from '../scorm/manifest-file';
import { allItems, parseManifest, type ManifestModel } from '../scorm/preflight/manifest-model';
import { extractZip } from '../scorm/zip-extract';
import type { ZipLimits } from '../scorm/zip-limits';

export type ScormEdition = '1.2' | '2004 2nd' | '2004 3rd' | '2004 4th';

export interface ImportedPackage {
  id: string;
  title: string;
  edition: ScormEdition;
  scoCount: number;
  bytes: number;
  dir: string;
}

/** Temporary folders start with this; the library lists only folders without it. */
export const IMPORT_TEMP_PREFIX = '.import-';

function invalid(problem: string, message: string, hint: string, params: Record<string, string> = {}): AppError {
  return new AppError({ code: 'PACKAGE_INVALID', message, hint, params: { problem, ...params } });
}

/** The edition from schemaversion, then from the namespaces (a 2004 manifest may omit schemaversion). */
export function editionOf(m: ManifestModel): ScormEdition {
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

function readManifest(dir: string): ManifestModel {
  const file = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(file)) {
    const found = findManifestBelow(dir);
    if (found) {
      throw invalid(
        'manifest-not-at-root',
        `${MANIFEST_FILE} is not at the root of the zip; found at ${found}`,
        `Import the folder ${path.posix.dirname(found)} instead, or zip the package again with ${MANIFEST_FILE} at the top.`,
        { found },
      );
    }
    throw invalid('manifest-missing', `There is no ${MANIFEST_FILE} in the package: it is not a SCORM package`, 'Export the course again as a SCORM package from its authoring tool.');
  }
  return parseManifest(fs.readFileSync(file, 'utf8'));
}

function titleOf(dir: string, m: ManifestModel): string {
  const xml = fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8');
  const t = /<(?:[\w.-]+:)?organization\b[^>]*>\s*<(?:[\w.-]+:)?title>([^<]*)</.exec(xml);
  return (t?.[1] ?? '').trim() || m.identifier || 'SCORM package';
}

function slug(text: string): string {
  return text.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().toLowerCase().replace(/[\s_-]+/g, '-').slice(0, 40) || 'package';
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const d of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (d.isFile()) total += fs.statSync(path.join(d.parentPath, d.name)).size;
  }
  return total;
}

/** Items that launch a SCO-type resource; with no organization, the single launchable resource. */
function scoCount(m: ManifestModel): number {
  const org = m.organizations.find((o) => o.identifier === m.defaultOrganization) ?? m.organizations[0];
  const items = org ? allItems(org.items).filter((i) => i.identifierref) : [];
  if (items.length > 0) return items.length;
  return m.resources.some((r) => r.href) ? 1 : 0;
}

/**
 * Imports a zip (path) into `libraryDir`; returns the package as placed. Throws an AppError
 * (PACKAGE_INVALID with params.problem) when refused; the library is then unchanged.
 */
export async function importPackage(source: string, libraryDir: string, limits: Partial<ZipLimits> = {}): Promise<ImportedPackage> {
  fs.mkdirSync(libraryDir, { recursive: true });
  const temp = fs.mkdtempSync(path.join(libraryDir, IMPORT_TEMP_PREFIX));
  try {
    await extractZip(source, temp, limits);
    const manifest = readManifest(temp);
    const title = titleOf(temp, manifest);
    const hash = createHash('sha256').update(fs.readFileSync(path.join(temp, MANIFEST_FILE))).digest('hex').slice(0, 8);
    const id = `${slug(title)}-${hash}`;
    const dir = path.join(libraryDir, id);
    if (fs.existsSync(dir)) throw invalid('already-imported', `This package is already in the library as ${id}`, 'Remove it first, or import a changed version.', { id });
    const result = { id, title, edition: editionOf(manifest), scoCount: scoCount(manifest), bytes: folderBytes(temp), dir };
    fs.renameSync(temp, dir);
    return result;
  } catch (e) {
    fs.rmSync(temp, { recursive: true, force: true });
    throw e;
  }
}
