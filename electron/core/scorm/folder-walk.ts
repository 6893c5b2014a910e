// An unpacked package folder walked with the checks the zip reader makes on a zip's entries, so a
// folder is no back door around them: the same names refused (zip-names.ts), the same limits,
// links refused and never followed (lstat), anything but files and folders refused.
import fs from 'node:fs';
import path from 'node:path';
import type { ZipLimits } from './zip-limits';
import { collisionKey, nameProblem } from './zip-names';
import { ZipRefusal } from './zip-refusal';

export interface FolderEntry {
  /** Path relative to the folder, with `/`. */
  rel: string;
  kind: 'dir' | 'file';
  size: number;
}

/** Every entry of `dir`, breadth first and sorted (a folder before its contents); throws a ZipRefusal as a hostile zip would. */
export function* walkPackageFolder(dir: string, limits: ZipLimits): Generator<FolderEntry> {
  const seen = new Map<string, string>();
  let entries = 0;
  let total = 0;
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
        yield { rel: child, kind: 'dir', size: 0 };
        queue.push(child);
        continue;
      }
      if (!stat.isFile()) throw new ZipRefusal('damaged', { entry: child, reason: 'it is not a regular file' });
      if (stat.size > limits.maxEntryBytes) throw new ZipRefusal('entry-size', { entry: child, actual: stat.size, limit: limits.maxEntryBytes });
      total += stat.size;
      if (total > limits.maxTotalBytes) throw new ZipRefusal('total-size', { entry: child, actual: total, limit: limits.maxTotalBytes });
      yield { rel: child, kind: 'file', size: stat.size };
    }
  }
}
