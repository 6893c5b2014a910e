import path from 'node:path';
import type { ScoPackage, ScormEdition } from '../../contract';
import { NS } from '../schema-sets';
import { allItems, type ManifestItem, type ManifestModel, type ManifestResource } from './manifest-model';
import type { PackageContents } from './package-read';

/** One launchable item with its resource and, for a Leerpad SCO, the module.json it plays. */
export interface ScoView {
  item: ManifestItem;
  resource: ManifestResource;
  /** The folder of the launch page ('' at the package root). */
  folder: string;
  /** Parsed module.json; null when the SCO has none (not made by Leerpad) or it is unreadable. */
  pkg: ScoPackage | null;
  pkgProblem?: string;
}

export interface PackageView extends PackageContents {
  manifestText: string;
  manifest: ManifestModel;
  /** The edition the package is checked as: what its namespaces declare, else the one asked for, else 1.2 (Moodle's fallback). */
  edition: ScormEdition;
  /** What the namespaces declare, when they do. */
  declaredEdition?: ScormEdition;
  scos: ScoView[];
}

export function declaredEdition(manifest: ManifestModel): ScormEdition | undefined {
  const uris = new Set(manifest.namespaces.values());
  if (uris.has(NS.imscp) || uris.has(NS.adlcp)) return 'scorm2004';
  if (uris.has(NS.imscp12) || uris.has(NS.adlcp12)) return 'scorm12';
  return undefined;
}

/**
 * A path in the zip for a manifest href, or null. Hrefs are URI references (a space is %20) but
 * many tools write raw names, so both spellings are tried; a query or fragment is not part of the file.
 */
export function resolveHref(files: ReadonlyMap<string, unknown>, href: string): string | null {
  const bare = href.replace(/[?#].*$/, '').replace(/^\.\//, '');
  if (files.has(bare)) return bare;
  try {
    const decoded = decodeURIComponent(bare);
    if (files.has(decoded)) return decoded;
  } catch {
    // Not percent-encoded after all: the raw spelling was the only candidate.
  }
  return null;
}

function decodedPath(href: string): string {
  const bare = href.replace(/[?#].*$/, '').replace(/^\.\//, '');
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}

function readModuleJson(bytes: Uint8Array | undefined): Pick<ScoView, 'pkg' | 'pkgProblem'> {
  if (!bytes) return { pkg: null };
  try {
    const pkg = JSON.parse(Buffer.from(bytes).toString('utf8')) as ScoPackage;
    const ok = pkg && pkg.format === 1 && pkg.module && Array.isArray(pkg.module.sections) && typeof pkg.module.id === 'string';
    return ok ? { pkg } : { pkg: null, pkgProblem: 'it is not a Leerpad module.json (format 1)' };
  } catch (e) {
    return { pkg: null, pkgProblem: `it is not valid JSON (${(e as Error).message})` };
  }
}

/** The launchable items of the default organization (all organizations when none is marked default). */
function scoViews(inspected: ReadonlyMap<string, Uint8Array>, manifest: ManifestModel): ScoView[] {
  const orgs = manifest.organizations.filter((o) => !manifest.defaultOrganization || o.identifier === manifest.defaultOrganization);
  const resources = new Map(manifest.resources.map((r) => [r.identifier, r]));
  const views: ScoView[] = [];
  for (const item of allItems(orgs.flatMap((o) => o.items))) {
    const resource = item.identifierref ? resources.get(item.identifierref) : undefined;
    if (!resource || resource.scormType?.toLowerCase() !== 'sco' || !resource.href) continue;
    const folder = path.posix.dirname(decodedPath(resource.href));
    const base = folder === '.' ? '' : folder;
    views.push({ item, resource, folder: base, ...readModuleJson(inspected.get(base ? `${base}/module.json` : 'module.json')) });
  }
  return views;
}

export function packageView(contents: PackageContents, manifestText: string, manifest: ManifestModel, edition: ScormEdition | undefined): PackageView {
  const declared = declaredEdition(manifest);
  return {
    ...contents,
    manifestText,
    manifest,
    edition: declared ?? edition ?? 'scorm12',
    declaredEdition: declared,
    scos: scoViews(contents.inspected, manifest),
  };
}
