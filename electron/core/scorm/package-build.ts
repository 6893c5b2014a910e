import type { CourseDocument, Packaging, ScoPackage, ScormEdition } from '../contract';
import { AppError } from '../errors';
import { buildCourseScoTree, courseScoPackageFor, modulePackagesFor } from './course-sco';
import { selectModules, withMastery, type ExportDirs, type ExportOptions } from './export-options';
import { itemId, rootItemId } from './identifiers';
import { planCourseScoManifest, planManifest, type ManifestPlan } from './manifest-plan';
import { renderManifestScorm12 } from './manifest-scorm12';
import { renderManifestScorm2004 } from './manifest-scorm2004';
import { recommendedPackaging } from './packaging-advice';
import { buildPackageTree, type ScoTree } from './sco-tree';
import { readSchemaSet } from './schema-sets';
import { newPackMemo, zipDeterministic, type PackMemo, type PackStore } from './zip';
import { MANIFEST_FILE } from './manifest-file';

/** One SCORM package, zipped. */
export interface BuiltPackage {
  fileName: string;
  zip: Uint8Array;
  /** Every path in the zip, sorted. */
  files: string[];
  manifest: string;
  /** The module of a single-module package inside a `package-per-module` export. */
  moduleId?: string;
}

/** What an export writes: one zip, which is the package itself or (package-per-module) holds one package per module. */
export interface BuiltExport {
  packaging: Packaging;
  fileName: string;
  zip: Uint8Array;
  /** Every path in the written zip, sorted. */
  files: string[];
  /** The SCORM packages: the written zip itself, or the ones inside it in course order. */
  packages: BuiltPackage[];
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

/** One SCORM package's files before zipping. */
export interface PackageFiles {
  fileName: string;
  files: Map<string, Uint8Array>;
  manifest: string;
  moduleId?: string;
}

/** Everything an export writes, before zipping. */
export interface ExportFiles {
  packaging: Packaging;
  fileName: string;
  packages: PackageFiles[];
}

/** The SCO tree with its manifest and the edition's official XSDs at the root. */
function withManifest(tree: ScoTree, plan: ManifestPlan, edition: ScormEdition, dirs: ExportDirs): { files: Map<string, Uint8Array>; manifest: string } {
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
  return { files, manifest };
}

function scoPerModule(course: CourseDocument, pkgs: ScoPackage[], edition: ScormEdition, courseDir: string, dirs: ExportDirs) {
  const tree = buildPackageTree(pkgs, { runtimeDir: dirs.runtimeDir, courseDir });
  return withManifest(tree, planManifest(course, pkgs, tree, edition), edition, dirs);
}

/** Inner file names sort in course order in any file list: "01-…", or "001-…" from 100 modules on. */
function partName(index: number, total: number, moduleId: string, edition: ScormEdition): string {
  return `${String(index).padStart(Math.max(2, String(total).length), '0')}-${moduleId}-${edition}.zip`;
}

/**
 * The files of the export in its packaging (the recommended one when none is asked for):
 * `sco-per-module` one package with a SCO per module folder and one shared runtime; `course-sco`
 * one package with one SCO at the root playing every chosen module; `package-per-module` one
 * single-SCO package per module, each with its own runtime, manifest and XSDs.
 */
export function packageFiles(source: CourseDocument, courseDir: string, options: ExportOptions, dirs: ExportDirs): ExportFiles {
  const { edition } = options;
  const reflections = options.reflections ?? 'private';
  const course = withMastery(source, options.mastery);
  const moduleIds = selectModules(course, options.modules);
  checkIdentifierClash(course, moduleIds);
  const packaging = options.packaging ?? recommendedPackaging(course, moduleIds, { edition, reflections, lms: options.lms }).recommended;
  // A course SCO, the usual choice, has the plain name; the other two say what they are.
  const base = `${course.id}-${course.version}-${edition}`;

  if (packaging === 'course-sco') {
    const pkg = courseScoPackageFor(course, moduleIds, { edition, reflections });
    const tree = buildCourseScoTree(pkg, { runtimeDir: dirs.runtimeDir, courseDir });
    const fileName = `${base}.zip`;
    return { packaging, fileName, packages: [{ fileName, ...withManifest(tree, planCourseScoManifest(course, pkg, tree, edition), edition, dirs) }] };
  }
  const pkgs = modulePackagesFor(course, moduleIds, { edition, reflections });
  if (packaging === 'sco-per-module') {
    const fileName = `${base}-sco-per-module.zip`;
    return { packaging, fileName, packages: [{ fileName, ...scoPerModule(course, pkgs, edition, courseDir, dirs) }] };
  }
  return {
    packaging,
    fileName: `${base}-per-module.zip`,
    packages: pkgs.map((pkg, i) => ({
      fileName: partName(i + 1, pkgs.length, pkg.module.id, edition),
      moduleId: pkg.module.id,
      ...scoPerModule(course, [pkg], edition, courseDir, dirs),
    })),
  };
}

function zipPackage(parts: PackageFiles, memo: PackMemo): BuiltPackage {
  const zip = zipDeterministic(parts.files, memo);
  return { fileName: parts.fileName, zip, files: [...parts.files.keys()].sort(), manifest: parts.manifest, ...(parts.moduleId ? { moduleId: parts.moduleId } : {}) };
}

/** Zips every package, and for `package-per-module` the packages into one outer zip (deterministic too). */
export function zipExport(parts: ExportFiles, store?: PackStore): BuiltExport {
  const memo = newPackMemo(store);
  const packages = parts.packages.map((p) => zipPackage(p, memo));
  if (parts.packaging !== 'package-per-module') {
    const only = packages[0]!;
    return { packaging: parts.packaging, fileName: parts.fileName, zip: only.zip, files: only.files, packages };
  }
  const outer = new Map(packages.map((p) => [p.fileName, p.zip]));
  return { packaging: parts.packaging, fileName: parts.fileName, zip: zipDeterministic(outer, memo), files: [...outer.keys()].sort(), packages };
}

/** The export's files zipped, without the preflight: the first steps of runExport (pipeline.ts), for fixtures and the bench's baseline. */
export function buildPackage(course: CourseDocument, courseDir: string, options: ExportOptions, dirs: ExportDirs): BuiltExport {
  return zipExport(packageFiles(course, courseDir, options, dirs));
}
