import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'fflate';

/**
 * Fixed for every entry so the same input gives byte-identical zips (reproducible exports: a
 * lecturer can check that a re-export changed nothing). 1980-01-01 is the DOS epoch, the earliest
 * time a zip can hold; built from local parts because zip times are local (APPNOTE 4.4.6).
 */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);
const DOS_TIME =
  ((FIXED_MTIME.getFullYear() - 1980) << 25) |
  ((FIXED_MTIME.getMonth() + 1) << 21) |
  (FIXED_MTIME.getDate() << 16) |
  (FIXED_MTIME.getHours() << 11) |
  (FIXED_MTIME.getMinutes() << 5) |
  (FIXED_MTIME.getSeconds() >> 1);
/** Unix, regular file rw-r--r--: unzip on Linux/macOS then gives ordinary readable files. */
const UNIX = 3;
const FILE_ATTRS = (0o100644 << 16) >>> 0;
const LEVEL = 9 as const;
/** APPNOTE 4.4.3: 2.0 (deflate); 4.4.4 bit 11: the name is UTF-8. */
const VERSION = 20;
const UTF8_FLAG = 0x0800;
const DEFLATE = 8;
const STORE = 0;

/** Formats that are already compressed: deflating them again costs time and saves nothing. */
export const STORED = /\.(png|jpe?g|gif|webp|mp4|m4v|webm|mp3|m4a|ogg|pdf|zip|woff2?)$/i;

/** CRC-32 (APPNOTE 4.4.7) sliced by 8: eight table lookups per 8 bytes instead of one per byte. */
const CRC_TABLES = (() => {
  const t = new Uint32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) for (let k = 1; k < 8; k++) t[k * 256 + n] = (t[(k - 1) * 256 + n]! >>> 8) ^ t[t[(k - 1) * 256 + n]! & 0xff]!;
  return t;
})();

function crc32(data: Uint8Array): number {
  const t = CRC_TABLES;
  let c = 0xffffffff;
  let i = 0;
  for (const end = data.length - 8; i <= end; i += 8) {
    const a = (c ^ (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24))) >>> 0;
    c =
      t[7 * 256 + (a & 0xff)]! ^
      t[6 * 256 + ((a >>> 8) & 0xff)]! ^
      t[5 * 256 + ((a >>> 16) & 0xff)]! ^
      t[4 * 256 + (a >>> 24)]! ^
      t[3 * 256 + data[i + 4]!]! ^
      t[2 * 256 + data[i + 5]!]! ^
      t[256 + data[i + 6]!]! ^
      t[data[i + 7]!]!;
  }
  for (; i < data.length; i++) c = t[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Packed {
  crc: number;
  body: Uint8Array;
}

/**
 * Results of an export's pure steps kept between exports (the CLI's cache folder), each under the
 * sha256 of its inputs: deflated bodies here (the runtime and the schemas are the same in every
 * export until Leerpad is rebuilt), the valid schema checks in xsd.ts.
 */
export interface PackStore {
  get(key: string): Uint8Array | undefined;
  set(key: string, body: Uint8Array): void;
}

/**
 * Deflated bodies by content, shared by every zip of one export: a package-per-module export
 * carries the same runtime and schema files in each of its packages, and deflating them once
 * instead of once per package is most of the export's zip time. Same bytes in, same bytes out.
 */
export interface PackMemo {
  packed: Map<string, Packed>;
  store?: PackStore;
}

export const newPackMemo = (store?: PackStore): PackMemo => ({ packed: new Map(), ...(store ? { store } : {}) });

/** A stored body is used only when it inflates to exactly `data`: a damaged or foreign entry is deflated again. */
function deflated(data: Uint8Array, key: string, store: PackStore | undefined): Uint8Array {
  const kept = store?.get(key);
  if (kept) {
    try {
      if (Buffer.from(inflateSync(kept, { out: new Uint8Array(data.length) })).equals(Buffer.from(data))) return kept;
    } catch {
      // Not a deflate stream of this file: deflate it again below.
    }
  }
  const body = deflateSync(data, { level: LEVEL });
  store?.set(key, body);
  return body;
}

function pack(data: Uint8Array, stored: boolean, memo: PackMemo): Packed {
  const key = `${stored ? 'store' : `deflate${LEVEL}`}-${createHash('sha256').update(data).digest('hex')}`;
  let packed = memo.packed.get(key);
  if (!packed) {
    packed = { crc: crc32(data), body: stored ? data : deflated(data, key, memo.store) };
    memo.packed.set(key, packed);
  }
  return packed;
}

interface Entry extends Packed {
  name: Buffer;
  size: number;
  method: number;
  utf8: boolean;
  offset: number;
}

/** The fields a local header (APPNOTE 4.3.7) and a central header (4.3.12) share, from "version needed" on. */
function writeCommon(view: DataView, at: number, e: Entry): void {
  view.setUint16(at, VERSION, true);
  view.setUint16(at + 2, e.utf8 ? UTF8_FLAG : 0, true);
  view.setUint16(at + 4, e.method, true);
  view.setUint32(at + 6, DOS_TIME, true);
  view.setUint32(at + 10, e.crc, true);
  view.setUint32(at + 14, e.body.length, true);
  view.setUint32(at + 18, e.size, true);
  view.setUint16(at + 22, e.name.length, true);
}

/**
 * Entries sorted by path, fixed time, attributes and level; no extra fields, no comments, no data
 * descriptors (the layout fflate's zipSync writes, byte for byte). Writing only: packages are read
 * by the safe streaming reader (zip-read.ts), never here.
 */
export function zipDeterministic(files: Map<string, Uint8Array>, memo: PackMemo = newPackMemo()): Uint8Array {
  const entries: Entry[] = [];
  let offset = 0;
  let central = 0;
  for (const name of [...files.keys()].sort()) {
    const data = files.get(name)!;
    const stored = STORED.test(name);
    const bytes = Buffer.from(name, 'utf8');
    const entry = { ...pack(data, stored, memo), name: bytes, size: data.length, method: stored ? STORE : DEFLATE, utf8: bytes.length !== name.length, offset };
    entries.push(entry);
    offset += 30 + bytes.length + entry.body.length;
    central += 46 + bytes.length;
  }
  const out = new Uint8Array(offset + central + 22);
  const view = new DataView(out.buffer);
  let at = offset;
  for (const e of entries) {
    view.setUint32(e.offset, 0x04034b50, true);
    writeCommon(view, e.offset + 4, e);
    out.set(e.name, e.offset + 30);
    out.set(e.body, e.offset + 30 + e.name.length);
    view.setUint32(at, 0x02014b50, true);
    view.setUint8(at + 4, VERSION);
    view.setUint8(at + 5, UNIX);
    writeCommon(view, at + 6, e);
    view.setUint32(at + 38, FILE_ATTRS, true);
    view.setUint32(at + 42, e.offset, true);
    out.set(e.name, at + 46);
    at += 46 + e.name.length;
  }
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, central, true);
  view.setUint32(at + 16, offset, true);
  return out;
}
