import { MANIFEST_FILE } from '../manifest-file';
import { finding, type Finding } from './finding';
import { isAbsoluteUri } from './manifest-base';
import type { ManifestResource } from './manifest-model';
import { resolveHref, type PackageView } from './package-view';

/** The official XSDs/DTDs shipped at the root for the manifest's xsi:schemaLocation: not content, listed nowhere. */
export const isSchemaFile = (file: string) => /\.(xsd|dtd)$/i.test(file);

/** Files of a resource and of every resource it depends on (CAM: dependencies share their files). */
function filesWithDependencies(res: ManifestResource, byId: Map<string, ManifestResource>, files: ReadonlyMap<string, unknown>): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  const visit = (r: ManifestResource) => {
    if (seen.has(r.identifier)) return;
    seen.add(r.identifier);
    for (const href of r.files) out.add(resolveHref(files, href) ?? href);
    for (const dep of r.dependencies) {
      const d = byId.get(dep);
      if (d) visit(d);
    }
  };
  visit(res);
  return out;
}

/**
 * Every href and file the manifest names must exist (a URL is not a file of the package). A
 * missing launch page breaks every LMS; a missing <file> or <dependency> of another maker's
 * package breaks only an LMS that validates the manifest, so it is a warning there.
 */
function namedFileRules(view: PackageView, byId: Map<string, ManifestResource>): Finding[] {
  const { files, manifest, maker } = view;
  const listOnly = maker === 'leerpad' ? 'error' : 'warning';
  const missing = (href: string) => !isAbsoluteUri(href) && !resolveHref(files, href);
  const out: Finding[] = [];
  for (const res of manifest.resources) {
    if (res.href !== undefined && missing(res.href)) out.push(finding('error', 'files.href-missing', res.href, { resource: res.identifier, href: res.href }));
    for (const href of res.files.filter(missing)) out.push(finding(listOnly, 'files.file-missing', href, { resource: res.identifier, href, maker }));
    for (const dependency of res.dependencies.filter((d) => !byId.has(d))) {
      out.push(finding(listOnly, 'files.dependency-missing', dependency, { resource: res.identifier, dependency, maker }));
    }
  }
  return out;
}

/**
 * Every file under a SCO's folder must be listed (CAM: a resource lists all the files it uses;
 * LMSs that copy only listed files, and SCORM Cloud's validator, would miss it). Files another
 * resource lists, and metadata files named by adlcp:location, count as listed: SCOs of other
 * makers' packages share folders. Moodle unpacks the whole zip, so for those packages it is a note.
 */
export function fileRules(view: PackageView): Finding[] {
  const { files, manifest, maker } = view;
  // Unsafe entry names never get here: the safe zip reader refuses them (rule zip.path).
  const byId = new Map(manifest.resources.map((r) => [r.identifier, r]));
  const out = namedFileRules(view, byId);
  const listed = new Set(manifest.resources.flatMap((r) => [...filesWithDependencies(r, byId, files)]));
  for (const location of manifest.metadataLocations) listed.add(resolveHref(files, location) ?? location);
  const isContent = (f: string) => f !== MANIFEST_FILE && !isSchemaFile(f) && !listed.has(f);
  const scoFolders = new Set<string>();
  for (const sco of view.scos) {
    if (!sco.folder || scoFolders.has(sco.folder)) continue;
    scoFolders.add(sco.folder);
    for (const file of [...files.keys()].filter((f) => f.startsWith(`${sco.folder}/`) && isContent(f))) {
      out.push(finding(maker === 'leerpad' ? 'error' : 'info', 'files.unlisted', file, { file, resource: sco.resource.identifier, maker }));
    }
  }
  for (const file of [...files.keys()].filter(isContent)) {
    if ([...scoFolders].some((folder) => file.startsWith(`${folder}/`))) continue;
    out.push(finding(maker === 'leerpad' ? 'warning' : 'info', 'files.stray', file, { file, maker }));
  }
  return out;
}
