import type { CourseDocument } from '../contract';
import { AppError } from '../errors';
import { checkExportOptions, selectModules, withMastery, type ExportDirs, type ExportOptions } from './export-options';
import { itemId, rootItemId } from './identifiers';
import { planManifest } from './manifest-plan';
import { renderManifestScorm12 } from './manifest-scorm12';
import { renderManifestScorm2004 } from './manifest-scorm2004';
import { scoPackageFor } from './sco-package';
import { buildPackageTree } from './sco-tree';
import { readSchemaSet } from './schema-sets';
import { zipDeterministic } from './zip';

export const MANIFEST_FILE = 'imsmanifest.xml';

export interface BuiltPackage {
  fileName: string;
  zip: Uint8Array;
  /** Every path in the zip, sorted. */
  files: string[];
  manifest: string;
}

/** The root item and a module item would share an xsd:ID; the manifest would be invalid. */
function checkIdentifierClash(course: CourseDocument, moduleIds: string[]) {
  const clash = moduleIds.find((id) => itemId(id) === rootItemId(course.id));
  if (clash) {
    throw new AppError({
      code: 'EXPORT_REFUSED',
      message: `The module '${clash}' has the same id as the course; their SCORM item identifiers would clash.`,
      hint: `Give the module another id in its front matter (and keep it from then on: LMSs track learners by it).`,
      params: { moduleId: clash },
    });
  }
}

export interface PackageFiles {
  fileName: string;
  files: Map<string, Uint8Array>;
  manifest: string;
}

/** The files of the package: SCO trees (one shared runtime), manifest and the edition's official XSDs at the root. */
export function packageFiles(source: CourseDocument, courseDir: string, options: ExportOptions, dirs: ExportDirs): PackageFiles {
  const { edition, reflections } = checkExportOptions(options);
  const course = withMastery(source, options.mastery);
  const moduleIds = selectModules(course, options.modules);
  checkIdentifierClash(course, moduleIds);

  // "Module 2 of 5" counts the modules in this package, not in the whole course.
  const pkgs = moduleIds.map((id, i) => ({ ...scoPackageFor(course, id, { edition, reflections }), position: { index: i + 1, total: moduleIds.length } }));
  const tree = buildPackageTree(pkgs, { runtimeDir: dirs.runtimeDir, courseDir });
  const plan = planManifest(course, pkgs, tree, edition);
  const manifest = edition === 'scorm12' ? renderManifestScorm12(plan) : renderManifestScorm2004(plan);

  const files = new Map<string, Uint8Array>(tree);
  for (const [file, body] of readSchemaSet(dirs.schemasDir, edition)) {
    if (files.has(file)) {
      throw new AppError({
        code: 'EXPORT_REFUSED',
        message: `The file '${file}' of a module has the name of a SCORM schema file the package must carry.`,
        hint: 'Rename the module or the media file.',
        params: { file },
      });
    }
    files.set(file, body);
  }
  files.set(MANIFEST_FILE, Buffer.from(manifest, 'utf8'));

  return { fileName: `${course.id}-${course.version}-${edition}.zip`, files, manifest };
}

export function zipPackage(parts: PackageFiles): BuiltPackage {
  return { fileName: parts.fileName, zip: zipDeterministic(parts.files), files: [...parts.files.keys()].sort(), manifest: parts.manifest };
}

/** The package without any check, zipped deterministically. Export and preflight both start here. */
export function buildPackage(course: CourseDocument, courseDir: string, options: ExportOptions, dirs: ExportDirs): BuiltPackage {
  return zipPackage(packageFiles(course, courseDir, options, dirs));
}
