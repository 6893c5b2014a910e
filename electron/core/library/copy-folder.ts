// An unpacked package folder given to the import: copied with the checks the zip reader makes, so
// a folder is no back door around them (a symlink to ~/.ssh, a name Windows aliases, a folder of
// 50 GB). Nothing of the source is linked or moved: the library holds its own copy.
import fs from 'node:fs';
import path from 'node:path';
import { zipLimits, type ZipLimits } from '../scorm/zip-limits';
import { collisionKey, nameProblem } from '../scorm/zip-names';
import { ZipRefusal } from '../scorm/zip-refusal';

/** Copies `source` into the new, empty folder `dest`; throws a ZipRefusal (PACKAGE_INVALID) like a hostile zip would. */
export function copyPackageFolder(source: string, dest: string, overrides: Partial<ZipLimits> = {}): void {
  const limits = zipLimits(overrides);
  const seen = new Map<string, string>();
  let entries = 0;
  let total = 0;
  const queue = [''];
  for (let rel = queue.shift(); rel !== undefined; rel = queue.shift()) {
    const names = fs.readdirSync(path.join(source, rel)).sort();
    for (const name of names) {
      const child = rel ? `${rel}/${name}` : name;
      const problem = nameProblem(child);
      if (problem) throw new ZipRefusal(problem, { entry: child });
      const other = seen.get(collisionKey(child));
      if (other !== undefined) throw new ZipRefusal('case-collision', { entry: child, other });
      seen.set(collisionKey(child), child);
      if (++entries > limits.maxEntries) throw new ZipRefusal('entries', { actual: entries, limit: limits.maxEntries });
      // lstat: a link is refused as a link, never followed.
      const stat = fs.lstatSync(path.join(source, child));
      if (stat.isSymbolicLink()) throw new ZipRefusal('symlink', { entry: child });
      if (stat.isDirectory()) {
        fs.mkdirSync(path.join(dest, child));
        queue.push(child);
        continue;
      }
      if (!stat.isFile()) throw new ZipRefusal('damaged', { entry: child, reason: 'it is not a regular file' });
      if (stat.size > limits.maxEntryBytes) throw new ZipRefusal('entry-size', { entry: child, actual: stat.size, limit: limits.maxEntryBytes });
      total += stat.size;
      if (total > limits.maxTotalBytes) throw new ZipRefusal('total-size', { entry: child, actual: total, limit: limits.maxTotalBytes });
      fs.copyFileSync(path.join(source, child), path.join(dest, child), fs.constants.COPYFILE_EXCL);
    }
  }
}
