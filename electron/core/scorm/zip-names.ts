import type { ZipProblem } from './zip-limits';

/** Unix file type bits of the mode yauzl leaves in externalFileAttributes >> 16 (APPNOTE 4.4.15, stat(2)). */
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/** General purpose bit 0: traditional or strong encryption (APPNOTE 4.4.4). */
const ENCRYPTED = 0x1;
/** Stored and deflate: what every unzip (and every LMS's) can read. */
const READABLE_METHODS = new Set([0, 8]);
/** Windows device names (with any extension) open a device instead of a file (Win32 naming rules). */
const DEVICE = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/**
 * A segment Windows stores under another name or not at all: a device name, a trailing dot or
 * space ('a.txt.' is 'a.txt'), and '.' or empty segments ('a/./b' and 'a//b' are 'a/b'): each
 * would let two entries land on one file past the duplicate check.
 */
const aliased = (segment: string) => segment === '' || segment === '.' || /[. ]$/.test(segment) || DEVICE.test(segment);

/**
 * Why an entry name may not be unpacked, or null. Checked on the name exactly as the zip spells it,
 * before any normalisation: `a\..\..\x` is a zip-slip on Windows even though it has no '/'.
 */
export function nameProblem(name: string): ZipProblem | null {
  if (name.includes('\0')) return 'nul';
  if (name.includes('\\')) return 'backslash';
  if (/^[a-zA-Z]:/.test(name)) return 'drive';
  if (name.startsWith('/')) return 'absolute';
  const segments = name.split('/');
  if (segments.includes('..')) return 'parent';
  // A folder entry ends in '/': its last, empty segment is not a name.
  if ((name.endsWith('/') ? segments.slice(0, -1) : segments).some(aliased)) return 'reserved';
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
