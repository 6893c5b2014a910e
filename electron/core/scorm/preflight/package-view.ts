import path from 'node:path';
import { apiEditionOf, type CourseScoPackage, type ScoPackage, type ScormEdition } from '../../contract';
import { manifestId, RUNTIME_RESOURCE_ID } from '../identifiers';
import { NS } from '../schema-sets';
import { isAbsoluteUri } from './manifest-base';
import { editionFromSchemaversion } from './manifest-edition';
import { allItems, defaultOrganizationOf, type ManifestItem, type ManifestModel, type ManifestResource } from './manifest-model';
import type { PackageContents } from './package-read';

/** One launchable item with its resource and, for a Leerpad SCO, the module.json or course.json it plays. */
export interface ScoView {
  item: ManifestItem;
  resource: ManifestResource;
  /** The folder of the launch page ('' at the package root). */
  folder: string;
  /** Package path of the SCO's data file: module.json, or course.json where the SCO has that instead. */
  dataFile: string;
  /** Parsed module.json; null for a course SCO, a SCO not made by Leerpad, or an unreadable file. */
  pkg: ScoPackage | null;
  /** Parsed course.json of a course SCO (one SCO playing several modules behind a menu). */
  course: CourseScoPackage | null;
  /** What the SCO plays and reports: its one module, or every module of its course. */
  modules: ScoPackage[];
  pkgProblem?: string;
}

export interface PackageView extends PackageContents {
  manifestText: string;
  manifest: ManifestModel;
  /** The edition the package is checked as: what its namespaces declare, else the one asked for, else 1.2 (Moodle's fallback). */
  edition: ScormEdition;
  /** What the namespaces declare, when they do. */
  declaredEdition?: ScormEdition;
  /**
   * Who made the package: Leerpad's exports are held to its own conventions (one root item, every
   * file listed …); another maker's package only to what breaks in an LMS.
   */
  maker: PackageMaker;
  scos: ScoView[];
}

export type PackageMaker = 'leerpad' | 'foreign';

/** Leerpad's exports carry its manifest identifier (LEERPAD-<course>) and its runtime resource. */
export function makerOf(manifest: ManifestModel): PackageMaker {
  const ours = manifest.identifier?.startsWith(manifestId('')) || manifest.resources.some((r) => r.identifier === RUNTIME_RESOURCE_ID);
  return ours ? 'leerpad' : 'foreign';
}

/**
 * The adlcp namespace decides (adlcp_rootv1p2 is 1.2, adlcp_v1p3 is 2004): 1.2 packages in the
 * wild often pair adlcp_rootv1p2 with the IMS CP 1.1.4 namespace imscp_v1p1, which 2004 uses too.
 */
export function declaredEdition(manifest: ManifestModel): ScormEdition | undefined {
  const uris = new Set(manifest.namespaces.values());
  if (uris.has(NS.adlcp)) return 'scorm2004';
  if (uris.has(NS.adlcp12)) return 'scorm12';
  if (uris.has(NS.imscp)) return 'scorm2004';
  if (uris.has(NS.imscp12)) return 'scorm12';
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

const isModulePackage = (pkg: ScoPackage | null | undefined) =>
  !!pkg && pkg.format === 1 && !!pkg.module && Array.isArray(pkg.module.sections) && typeof pkg.module.id === 'string';

type DataView = Pick<ScoView, 'pkg' | 'course' | 'modules' | 'pkgProblem'>;

function readDataFile(bytes: Uint8Array, kind: 'module' | 'course'): DataView {
  const none = { pkg: null, course: null, modules: [] };
  try {
    const json = JSON.parse(Buffer.from(bytes).toString('utf8')) as ScoPackage | CourseScoPackage;
    if (kind === 'module') {
      const pkg = json as ScoPackage;
      return isModulePackage(pkg) ? { pkg, course: null, modules: [pkg] } : { ...none, pkgProblem: 'it is not a Leerpad module.json (format 1)' };
    }
    const course = json as CourseScoPackage;
    const ok = course && course.format === 1 && course.kind === 'course' && Array.isArray(course.modules) && course.modules.every(isModulePackage);
    return ok ? { pkg: null, course, modules: course.modules } : { ...none, pkgProblem: 'it is not a Leerpad course.json (format 1)' };
  } catch (e) {
    return { ...none, pkgProblem: `it is not valid JSON (${(e as Error).message})` };
  }
}

/** module.json beside the launch page, else course.json (a course SCO), else neither (not made by Leerpad). */
function readScoData(inspected: ReadonlyMap<string, Uint8Array>, folder: string): DataView & { dataFile: string } {
  const at = (name: string) => (folder ? `${folder}/${name}` : name);
  for (const kind of ['module', 'course'] as const) {
    const bytes = inspected.get(at(`${kind}.json`));
    if (bytes) return { dataFile: at(`${kind}.json`), ...readDataFile(bytes, kind) };
  }
  return { dataFile: at('module.json'), pkg: null, course: null, modules: [] };
}

const launchable = (r: ManifestResource | undefined): r is ManifestResource & { href: string } => !!r && r.scormType?.toLowerCase() === 'sco' && !!r.href;

/**
 * The launchable items of the organization an LMS plays (the default, else the first). With an
 * empty <organizations/> an LMS that follows IMS CP launches the package's SCO resources
 * themselves (Leerpad does), so those stand in for items.
 */
function scoViews(inspected: ReadonlyMap<string, Uint8Array>, manifest: ManifestModel, maker: PackageMaker): ScoView[] {
  const org = defaultOrganizationOf(manifest);
  const resources = new Map(manifest.resources.map((r) => [r.identifier, r]));
  const launched = org
    ? allItems(org.items).map((item) => ({ item, resource: item.identifierref ? resources.get(item.identifierref) : undefined }))
    : manifest.organizations.length === 0
      ? manifest.resources.map((resource) => ({ item: standIn(resource), resource }))
      : [];
  const views: ScoView[] = [];
  for (const { item, resource } of launched) {
    if (!launchable(resource) || isAbsoluteUri(resource.href)) continue;
    const folder = path.posix.dirname(decodedPath(resource.href));
    const base = folder === '.' ? '' : folder;
    // Another maker's module.json is its own file, not Leerpad's format: nothing of it is read.
    const data = maker === 'leerpad' ? readScoData(inspected, base) : { dataFile: base ? `${base}/module.json` : 'module.json', pkg: null, course: null, modules: [] };
    views.push({ item, resource, folder: base, ...data });
  }
  return views;
}

function standIn(resource: ManifestResource): ManifestItem {
  return { identifier: resource.identifier, identifierref: resource.identifier, title: resource.identifier, children: [], isvisible: true, objectiveIds: [], metadataLocations: [] };
}

/** The edition the package is checked as: its namespaces, else its schemaversion (many tools declare no namespace), else the one asked for. */
export function packageView(contents: PackageContents, manifestText: string, manifest: ManifestModel, edition: ScormEdition | undefined): PackageView {
  const declared = declaredEdition(manifest);
  const written = editionFromSchemaversion(manifest.schemaversion);
  const maker = makerOf(manifest);
  return {
    ...contents,
    manifestText,
    manifest,
    edition: declared ?? (written && apiEditionOf(written)) ?? edition ?? 'scorm12',
    declaredEdition: declared,
    maker,
    scos: scoViews(contents.inspected, manifest, maker),
  };
}
