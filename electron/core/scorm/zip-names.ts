import type { ZipProblem } from './zip-limits';

/** Unix file type bits of the mode yauzl leaves in externalFileAttributes >> 16 (APPNOTE 4.4.15, stat(2)). */
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/** General purpose bit 0: traditional or strong encryption (APPNOTE 4.4.4). */
const ENCRYPTED = 0x1;
/** Stored and deflate: what every unzip (and every LMS's) can read. */
const READABLE_METHODS = new Set([0, 8]);

/**
 * Why an entry name may not be unpacked, or null. Checked on the name exactly as the zip spells it,
 * before any normalisation: `a\..\..\x` is a zip-slip on Windows even though it has no '/'.
 */
export function nameProblem(name: string): ZipProblem | null {
  if (name.includes('\0')) return 'nul';
  if (name.includes('\\')) return 'backslash';
  if (/^[a-zA-Z]:/.test(name)) return 'drive';
  if (name.startsWith('/')) return 'absolute';
  if (name.split('/').includes('..')) return 'parent';
  return null;
}

export interface EntryHeader {
  generalPurposeBitFlag: number;
  externalFileAttributes: number;
  compressionMethod: number;
}

/**
 * Symlinks are refused whatever "version made by" says: some tools write Unix modes under another
 * host id, and a link in a package is never needed.
 */
export function headerProblem(header: EntryHeader): ZipProblem | null {
  if (((header.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) return 'symlink';
  if (header.generalPurposeBitFlag & ENCRYPTED) return 'encrypted';
  if (!READABLE_METHODS.has(header.compressionMethod)) return 'method';
  return null;
}

/**
 * The name as a case-insensitive file system (Windows, macOS) sees it: NFC (macOS stores
 * decomposed forms, so 'é' and 'e\u0301' are one file) and lower case; a folder's trailing '/' dropped.
 */
export function collisionKey(name: string): string {
  return name.replace(/\/+$/, '').normalize('NFC').toLowerCase();
}
