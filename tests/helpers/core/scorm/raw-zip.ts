// Writes zip bytes field by field (APPNOTE 4.3), so tests can make the zips no zip library will:
// symlinks, encryption flags, wrong CRCs, lying sizes, duplicate and unsafe names, 200 000 entries.
import zlib from 'node:zlib';

export interface RawEntry {
  /** The name as written in the zip; a string is stored as UTF-8 with the UTF-8 flag (bit 11). */
  name: string;
  data?: Uint8Array;
  /** 0 stored (default), 8 deflate (data is deflated here unless `packed` is given). */
  method?: number;
  /** Already-compressed bytes, with `size` and `crc` describing what they unpack to. */
  packed?: Uint8Array;
  /** Extra general purpose bits. */
  flags?: number;
  /** Flagged as encrypted (bit 0), with the 12-byte header traditional encryption puts before the data (APPNOTE 6.1). */
  encrypted?: boolean;
  /** Unix mode for the external attributes, e.g. 0o120777 for a symlink (default 0o100644). */
  unixMode?: number;
  /** Overrides of what the headers declare. */
  crc?: number;
  size?: number;
}

const UTF8 = 0x800;
const DOS_DATE_1980_01_01 = 0x21;

interface Written {
  name: Buffer;
  flags: number;
  method: number;
  crc: number;
  packedSize: number;
  size: number;
  mode: number;
  offset: number;
}

function header(e: RawEntry, offset: number): { written: Written; payload: Buffer } {
  const data = Buffer.from(e.data ?? new Uint8Array());
  const method = e.method ?? 0;
  const body = Buffer.from(e.packed ?? (method === 8 ? zlib.deflateRawSync(data) : data));
  const payload = e.encrypted ? Buffer.concat([Buffer.alloc(12, 0x5a), body]) : body;
  return {
    payload,
    written: {
      name: Buffer.from(e.name, 'utf8'),
      flags: UTF8 | (e.flags ?? 0) | (e.encrypted ? 0x1 : 0),
      method,
      crc: e.crc ?? zlib.crc32(data),
      packedSize: payload.length,
      size: e.size ?? data.length,
      mode: e.unixMode ?? 0o100644,
      offset,
    },
  };
}

function localHeader(w: Written): Buffer {
  const b = Buffer.alloc(30);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(w.flags, 6);
  b.writeUInt16LE(w.method, 8);
  b.writeUInt16LE(0, 10);
  b.writeUInt16LE(DOS_DATE_1980_01_01, 12);
  b.writeUInt32LE(w.crc >>> 0, 14);
  b.writeUInt32LE(w.packedSize, 18);
  b.writeUInt32LE(w.size, 22);
  b.writeUInt16LE(w.name.length, 26);
  b.writeUInt16LE(0, 28);
  return Buffer.concat([b, w.name]);
}

function centralHeader(w: Written): Buffer {
  const b = Buffer.alloc(46);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE((3 << 8) | 20, 4); // made by Unix
  b.writeUInt16LE(20, 6);
  b.writeUInt16LE(w.flags, 8);
  b.writeUInt16LE(w.method, 10);
  b.writeUInt16LE(0, 12);
  b.writeUInt16LE(DOS_DATE_1980_01_01, 14);
  b.writeUInt32LE(w.crc >>> 0, 16);
  b.writeUInt32LE(w.packedSize, 20);
  b.writeUInt32LE(w.size, 24);
  b.writeUInt16LE(w.name.length, 28);
  b.writeUInt32LE((w.mode << 16) >>> 0, 38);
  b.writeUInt32LE(w.offset, 42);
  return Buffer.concat([b, w.name]);
}

/** End records; past 65 535 entries the count only fits in the Zip64 end record (APPNOTE 4.3.14). */
function endRecords(count: number, cdOffset: number, cdSize: number): Buffer {
  const zip64 = count > 0xfffe;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(zip64 ? 0xffff : count, 8);
  eocd.writeUInt16LE(zip64 ? 0xffff : count, 10);
  eocd.writeUInt32LE(cdSize, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  if (!zip64) return eocd;
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(cdSize), 40);
  record.writeBigUInt64LE(BigInt(cdOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([record, locator, eocd]);
}

export function rawZip(entries: RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  const written: Written[] = [];
  let offset = 0;
  for (const e of entries) {
    const { written: w, payload } = header(e, offset);
    const local = localHeader(w);
    parts.push(local, payload);
    written.push(w);
    offset += local.length + payload.length;
  }
  const central = Buffer.concat(written.map(centralHeader));
  return Buffer.concat([...parts, central, endRecords(entries.length, offset, central.length)]);
}

const MiB = 1024 * 1024;

/**
 * Deflated zeros that unpack to `mib` MiB, built from one sync-flushed MiB repeated (each copy is
 * a run of non-final blocks over a window of zeros) and an empty final block: about 1000:1 without
 * ever holding the unpacked bytes.
 */
export function deflatedZeros(mib: number): { packed: Buffer; size: number; crc: number } {
  const zeros = Buffer.alloc(MiB);
  const block = zlib.deflateRawSync(zeros, { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  let crc = 0;
  for (let i = 0; i < mib; i++) crc = zlib.crc32(zeros, crc);
  const packed = Buffer.concat([...Array.from({ length: mib }, () => block), Buffer.from([0x03, 0x00])]);
  return { packed, size: mib * MiB, crc };
}
