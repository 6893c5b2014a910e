// An unpacked package folder given to the import: copied with the checks the zip reader makes, so
// a folder is no back door around them (a symlink to ~/.ssh, a name Windows aliases, a folder of
// 50 GB). Nothing of the source is linked or moved: the library holds its own copy.
import fs from 'node:fs';
import path from 'node:path';
import { walkPackageFolder } from '../scorm/folder-walk';
import { zipLimits, type ZipLimits } from '../scorm/zip-limits';

/** Copies `source` into the new, empty folder `dest`; throws a ZipRefusal (PACKAGE_INVALID) like a hostile zip would. */
export function copyPackageFolder(source: string, dest: string, overrides: Partial<ZipLimits> = {}): void {
  for (const entry of walkPackageFolder(source, zipLimits(overrides))) {
    if (entry.kind === 'dir') fs.mkdirSync(path.join(dest, entry.rel));
    else fs.copyFileSync(path.join(source, entry.rel), path.join(dest, entry.rel), fs.constants.COPYFILE_EXCL);
  }
}
