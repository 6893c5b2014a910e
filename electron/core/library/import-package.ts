// Import of a foreign SCORM package into the library (issue 12, item 1): unpack with the safe
// streaming reader (or copy a folder with the same checks) into a temporary folder INSIDE the
// library (same file system, so the final rename is atomic), check the manifest, and only then
// move the folder into place. A refused import removes the temporary folder: the library is never
// left half-written.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ImportMode, ImportResult } from '../contract/library';
import { extractZip } from '../scorm/zip-extract';
import type { ZipLimits } from '../scorm/zip-limits';
import { nameProblem } from '../scorm/zip-names';
import { ZipRefusal } from '../scorm/zip-refusal';
import { copyPackageFolder } from './copy-folder';
import { IMPORT_TEMP_PREFIX } from './library-names';
import { editionOf } from '../scorm/preflight/manifest-model';
import { invalid, readPackageManifest, scoCount, titleOf } from './package-manifest';
import { summaryOf, writeRecord, type PackageRecord } from './package-record';
import { placementOf, replaceFolder, samePackage } from './place-package';

export interface ImportOptions {
  limits?: Partial<ZipLimits>;
  /** How to add a package the library already has; without it such an import answers `{conflict}`. */
  mode?: ImportMode;
  /** A folder inside the zip (or folder) holding imsmanifest.xml, when it is not at the top. */
  root?: string;
  /** The import time written in the record (tests pin it). */
  now?: () => Date;
}

function slug(text: string): string {
  const s = text.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().toLowerCase().replace(/[\s_-]+/g, '-');
  return s.replace(/^-+/, '').slice(0, 40).replace(/-+$/, '') || 'package';
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const d of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (d.isFile()) total += fs.statSync(path.join(d.parentPath, d.name)).size;
  }
  return total;
}

function checkedRoot(root: string): string[] {
  const parts = root.replace(/\/+$/, '').split('/');
  if (nameProblem(root) || parts.some((p) => p === '')) {
    throw invalid('root-invalid', `'${root}' is not a folder inside the package`, 'Give a folder of the zip as it is listed, such as course, without .. or a leading /.', { root });
  }
  return parts;
}

/** Unpacks (zip) or copies (folder) `source` into the new folder `into`; returns the folder that holds the package. */
async function unpack(source: string, into: string, options: ImportOptions): Promise<string> {
  const parts = options.root === undefined ? [] : checkedRoot(options.root);
  if (fs.statSync(source, { throwIfNoEntry: false })?.isDirectory()) {
    const from = path.join(source, ...parts);
    if (!fs.statSync(from, { throwIfNoEntry: false })?.isDirectory()) throw invalid('root-missing', `There is no folder '${options.root}' in the package`, 'Give a folder the package has.', { root: options.root ?? '' });
    // The chosen folder is held to what its children are: no link on the way to it.
    if (fs.realpathSync(from) !== path.join(fs.realpathSync(source), ...parts)) throw new ZipRefusal('symlink', { entry: options.root ?? '' });
    const inside = path.relative(fs.realpathSync(from), fs.realpathSync(path.dirname(into)));
    // The library inside the folder: the copy would walk into its own temporary folder.
    if (!inside.startsWith('..') && !path.isAbsolute(inside)) throw invalid('source-holds-library', `The folder '${source}' holds the library itself`, 'Give the folder of one unpacked package, not a folder above the library.');
    fs.mkdirSync(into);
    copyPackageFolder(from, into, options.limits);
    return into;
  }
  await extractZip(source, into, options.limits);
  const dir = path.join(into, ...parts);
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw invalid('root-missing', `There is no folder '${options.root}' in the zip`, 'Give a folder the zip has, as the message about imsmanifest.xml names it.', { root: options.root ?? '' });
  return dir;
}

/**
 * Imports a zip or an unpacked package folder into `libraryDir`. Resolves to `{imported}`, or to
 * `{conflict}` (the library unchanged) when the library already has this package and no mode says
 * what to do. Throws an AppError (PACKAGE_INVALID with params.problem) when refused; the library
 * is then unchanged.
 */
export async function importPackage(source: string, libraryDir: string, options: ImportOptions = {}): Promise<ImportResult> {
  fs.mkdirSync(libraryDir, { recursive: true });
  const temp = fs.mkdtempSync(path.join(libraryDir, IMPORT_TEMP_PREFIX));
  try {
    const dir = await unpack(source, path.join(temp, 'package'), options);
    const { manifest, xml } = readPackageManifest(dir);
    const title = titleOf(manifest);
    const manifestIdentifier = manifest.identifier?.trim() || null;
    const hash = createHash('sha256').update(xml).digest('hex').slice(0, 8);
    const placement = placementOf(libraryDir, `${slug(title)}-${hash}`, samePackage(libraryDir, manifestIdentifier, title), options.mode);
    if (placement.kind === 'conflict') return { conflict: { ...summaryOf(placement.existing), status: null } };
    const record: PackageRecord = {
      id: placement.id,
      title,
      edition: editionOf(manifest),
      scoCount: scoCount(manifest),
      bytes: folderBytes(dir),
      importedAt: (options.now?.() ?? new Date()).toISOString(),
      manifestIdentifier,
      sourceName: path.basename(source),
    };
    writeRecord(dir, record);
    if (placement.kind === 'replace') replaceFolder(libraryDir, placement.id, dir);
    else fs.renameSync(dir, path.join(libraryDir, placement.id));
    return { imported: { ...summaryOf(record), status: null } };
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}
