import fs from 'node:fs';
import path from 'node:path';
import { RECORD_FILE } from '../library/package-record';
import { confinedPath, notFound, serveFile, type AssetResponse } from './assets';

/** URL prefix of imported packages on the content origin (content-site.ts), never on the app's own. */
export const PACKAGE_PREFIX = '/pkg/';

/** Package ids are folder names the library gave (lowercase, digits, hyphens); nothing else names a folder here. */
const PACKAGE_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

/**
 * A SCO's launch URL from the play model's href (package-relative, as the manifest writes it: maybe
 * %-escaped, maybe with raw spaces, with the item's parameters after `?`/`#`). Each path segment is
 * decoded once and encoded again, so both spellings name the same file; the query and fragment stay.
 */
export function packageScoUrl(packageId: string, href: string): string {
  const cut = href.search(/[?#]/);
  const file = cut < 0 ? href : href.slice(0, cut);
  const rest = cut < 0 ? '' : href.slice(cut);
  const segments = file.split('/').map((s) => {
    try {
      return encodeURIComponent(decodeURIComponent(s));
    } catch {
      return encodeURIComponent(s);
    }
  });
  return `${PACKAGE_PREFIX}${encodeURIComponent(packageId)}/${segments.join('/')}${rest}`;
}

/**
 * Serves `/pkg/<id>/<path>` from the package's own folder in the library, and nothing outside it:
 * confinedPath refuses `..` (also encoded or with backslashes) and real paths that leave the folder
 * (a symlink pointing out). The library's own record beside the files is not the package's.
 */
export function createPackageFiles(libraryDir: string) {
  return {
    serve(rest: string): AssetResponse {
      const slash = rest.indexOf('/');
      const id = slash < 0 ? rest : rest.slice(0, slash);
      const file = slash < 0 ? '' : rest.slice(slash + 1);
      if (!PACKAGE_ID.test(id) || file === '') return notFound();
      const root = path.join(libraryDir, id);
      const real = confinedPath(root, file);
      if (!real || path.relative(fs.realpathSync.native(root), real) === RECORD_FILE) return notFound();
      return serveFile(root, file);
    },
  };
}

export type PackageFiles = ReturnType<typeof createPackageFiles>;
