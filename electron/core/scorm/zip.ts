import { zipSync, type Zippable } from 'fflate';

/**
 * Fixed for every entry so the same input gives byte-identical zips (reproducible exports: a
 * lecturer can check that a re-export changed nothing). 1980-01-01 is the DOS epoch, the earliest
 * time a zip can hold; built from local parts because zip times are local (APPNOTE 4.4.6).
 */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);
/** Unix, regular file rw-r--r--: unzip on Linux/macOS then gives ordinary readable files. */
const UNIX = 3;
const FILE_ATTRS = 0o100644 << 16;
const LEVEL = 9;

/** Formats that are already compressed: deflating them again costs time and saves nothing. */
const STORED = /\.(png|jpe?g|gif|webp|mp4|m4v|webm|mp3|m4a|ogg|pdf|zip|woff2?)$/i;

/**
 * Entries sorted by path, fixed time, attributes and level; no extra fields, no comments.
 * Writing only: packages are read by the safe streaming reader (zip-read.ts), never here.
 */
export function zipDeterministic(files: Map<string, Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const name of [...files.keys()].sort()) {
    entries[name] = [files.get(name)!, { level: STORED.test(name) ? 0 : LEVEL, mtime: FIXED_MTIME, os: UNIX, attrs: FILE_ATTRS }];
  }
  return zipSync(entries);
}
