// An unpacked package folder (issue 12, item 5: "preflight <folder>" on a SCORM folder) read as
// readPackage reads a zip: the same names refused, the same limits, links refused and never
// followed, only the inspected files kept. A folder is no back door around the zip reader's checks.
import fs from 'node:fs';
import path from 'node:path';
import { MANIFEST_FILE } from '../manifest-file';
import { walkPackageFolder } from '../folder-walk';
import { zipLimits, type ZipLimits } from '../zip-limits';
import { ZipRefusal } from '../zip-refusal';
import { INSPECT_BUDGET_BYTES, isInspected, type PackageContents } from './package-read';

/**
 * Whether `dir` is an unpacked SCORM package: imsmanifest.xml at its root, or in a folder just
 * below it (unzipped into a folder of its own: the check then says where the manifest is).
 */
export function isPackageFolder(dir: string): boolean {
  if (fs.existsSync(path.join(dir, MANIFEST_FILE))) return true;
  return fs.readdirSync(dir, { withFileTypes: true }).some((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, MANIFEST_FILE)));
}

/** Reads the folder's files (breadth first, sorted); throws a ZipRefusal as a hostile zip would. */
export function readPackageFolder(dir: string, overrides: Partial<ZipLimits> = {}): PackageContents {
  const files = new Map<string, number>();
  const inspected = new Map<string, Uint8Array>();
  let [total, held] = [0, 0];
  for (const { rel, kind, size } of walkPackageFolder(dir, zipLimits(overrides))) {
    if (kind === 'dir') continue;
    total += size;
    files.set(rel, size);
    if (!isInspected(rel)) continue;
    held += size;
    if (held > INSPECT_BUDGET_BYTES) throw new ZipRefusal('read-cap', { entry: rel, actual: held, limit: INSPECT_BUDGET_BYTES });
    inspected.set(rel, new Uint8Array(fs.readFileSync(path.join(dir, rel))));
  }
  // No zip yet: the size rule counts what the LMS unpacks, the zip's own bytes are not known.
  return { files, inspected, zipBytes: 0, unpackedBytes: total };
}
