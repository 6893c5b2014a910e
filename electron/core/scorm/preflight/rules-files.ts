import { MANIFEST_FILE } from '../manifest-file';
import { finding, type Finding } from './finding';
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
 * Every href and file the manifest names must exist, and every file under a SCO's folder must be
 * listed in its resource (CAM: a resource lists all the files it uses; LMSs that copy only listed
 * files, and SCORM Cloud's validator, would miss it).
 */
export function fileRules(view: PackageView): Finding[] {
  const { files, manifest } = view;
  // Unsafe entry names never get here: the safe zip reader refuses them (rule zip.path).
  const out: Finding[] = [];
  const byId = new Map(manifest.resources.map((r) => [r.identifier, r]));
  for (const res of manifest.resources) {
    if (res.href !== undefined && !resolveHref(files, res.href)) {
      out.push(
        finding(
          'error',
          'files.href-missing',
          res.href,
          { resource: res.identifier, href: res.href },
        ),
      );
    }
    for (const href of res.files.filter((h) => !resolveHref(files, h))) {
      out.push(
        finding(
          'error',
          'files.file-missing',
          href,
          { resource: res.identifier, href },
        ),
      );
    }
    for (const dep of res.dependencies.filter((d) => !byId.has(d))) {
      out.push(
        finding(
          'error',
          'files.dependency-missing',
          dep,
          { resource: res.identifier, dependency: dep },
        ),
      );
    }
  }

  const listedAnywhere = new Set(manifest.resources.flatMap((r) => [...filesWithDependencies(r, byId, files)]));
  const scoFolders = new Set<string>();
  for (const sco of view.scos) {
    if (!sco.folder || scoFolders.has(sco.folder)) continue;
    scoFolders.add(sco.folder);
    // SCOs of one package often share a folder: a file another resource lists is not unlisted.
    const listed = filesWithDependencies(sco.resource, byId, files);
    const unlisted = (f: string) => !listed.has(f) && !listedAnywhere.has(f);
    for (const file of [...files.keys()].filter((f) => f.startsWith(`${sco.folder}/`) && unlisted(f) && !isSchemaFile(f))) {
      out.push(
        finding(
          'error',
          'files.unlisted',
          file,
          { file, resource: sco.resource.identifier },
        ),
      );
    }
  }
  for (const file of files.keys()) {
    const inSco = [...scoFolders].some((folder) => file.startsWith(`${folder}/`));
    if (inSco || file === MANIFEST_FILE || isSchemaFile(file) || listedAnywhere.has(file)) continue;
    out.push(
      finding(
        'warning',
        'files.stray',
        file,
        { file },
      ),
    );
  }
  return out;
}
