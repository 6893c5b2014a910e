// An unpacked package folder (issue 12, item 5: "preflight <folder>" on a SCORM folder) read as
// readPackage reads a zip: the same names refused, the same limits, links refused and never
// followed, only the inspected files kept. A folder is no back door around the zip reader's checks.
import fs from 'node:fs';
import path from 'node:path';
import { MANIFEST_FILE } from '../manifest-file';
import { zipLimits, type ZipLimits } from '../zip-limits';
import { collisionKey, nameProblem } from '../zip-names';
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
  const limits = zipLimits(overrides);
  const files = new Map<string, number>();
  const inspected = new Map<string, Uint8Array>();
  const seen = new Map<string, string>();
  let [entries, total, held] = [0, 0, 0];
  const queue = [''];
  for (let rel = queue.shift(); rel !== undefined; rel = queue.shift()) {
    for (const name of fs.readdirSync(path.join(dir, rel)).sort()) {
      const child = rel ? `${rel}/${name}` : name;
      const problem = nameProblem(child);
      if (problem) throw new ZipRefusal(problem, { entry: child });
      const other = seen.get(collisionKey(child));
      if (other !== undefined) throw new ZipRefusal('case-collision', { entry: child, other });
      seen.set(collisionKey(child), child);
      if (++entries > limits.maxEntries) throw new ZipRefusal('entries', { actual: entries, limit: limits.maxEntries });
      const stat = fs.lstatSync(path.join(dir, child));
      if (stat.isSymbolicLink()) throw new ZipRefusal('symlink', { entry: child });
      if (stat.isDirectory()) {
        queue.push(child);
        continue;
      }
      if (!stat.isFile()) throw new ZipRefusal('damaged', { entry: child, reason: 'it is not a regular file' });
      if (stat.size > limits.maxEntryBytes) throw new ZipRefusal('entry-size', { entry: child, actual: stat.size, limit: limits.maxEntryBytes });
      total += stat.size;
      if (total > limits.maxTotalBytes) throw new ZipRefusal('total-size', { entry: child, actual: total, limit: limits.maxTotalBytes });
      files.set(child, stat.size);
      if (!isInspected(child)) continue;
      held += stat.size;
      if (held > INSPECT_BUDGET_BYTES) throw new ZipRefusal('read-cap', { entry: child, actual: held, limit: INSPECT_BUDGET_BYTES });
      inspected.set(child, new Uint8Array(fs.readFileSync(path.join(dir, child))));
    }
  }
  // No zip yet: the size rule counts what the LMS unpacks, the zip's own bytes are not known.
  return { files, inspected, zipBytes: 0, unpackedBytes: total };
}
