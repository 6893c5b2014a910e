// The one way Leerpad reads a zip it did not just write (issue 8 §6; issue 12's import reuses it):
// ZipReader.open lists and checks the central directory (limits, unsafe names, collisions) before
// any content is read; contents stream through size and CRC checks. readZip visits every entry,
// listZip only lists, extractZip (zip-extract.ts) unpacks into a fresh folder the caller moves
// into place. Every refusal is a ZipRefusal (zip-limits.ts) with its own problem code.
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { ZipCatalog, type ZipCatalogEntry, type ZipEntry } from './zip-catalog';
import { damaged, endProblem, EntryCheck } from './zip-entry-check';
import { zipLimits, type ZipLimits } from './zip-limits';
import { isZipRefusal, ZipRefusal } from './zip-refusal';

export type { ZipEntry } from './zip-catalog';

/** A zip file's path, or the zip itself in memory (an export checks its package before writing it). */
export type ZipSource = string | Uint8Array;

/** Work done so far; a refused bomb shows here that reading stopped at the limit, not after unpacking it. */
export interface ZipProgress {
  entriesListed: number;
  bytesInflated: number;
}

export interface ZipSummary {
  entries: number;
  zipBytes: number;
  /** Sum of the unpacked sizes: what unpacking the zip takes on disk. */
  unpackedBytes: number;
}

/**
 * Entries up to this size (packed and unpacked) are inflated in one call: a zlib stream per small
 * file costs more than the file (a package is mostly small HTML, JSON and XSD files).
 */
const SMALL_ENTRY_BYTES = 4 * 1024 * 1024;

const YAUZL_OPTIONS: yauzl.Options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: false };

const unreadable = (e: unknown) => (isZipRefusal(e) ? e : new ZipRefusal('unreadable', { reason: (e as Error).message }));

function openYauzl(source: ZipSource): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    const done = (err: Error | null, zipfile: yauzl.ZipFile) => (err ? reject(unreadable(err)) : resolve(zipfile));
    if (typeof source === 'string') yauzl.open(source, YAUZL_OPTIONS, done);
    else yauzl.fromBuffer(Buffer.from(source.buffer, source.byteOffset, source.byteLength), YAUZL_OPTIONS, done);
  });
}

/** An open, checked zip: every entry listed and within the limits; contents are read on demand, one stream at a time. */
export class ZipReader {
  private readonly verified = new Set<ZipEntry>();
  private readonly index: Map<ZipEntry, number>;

  private constructor(
    private readonly zipfile: yauzl.ZipFile,
    private readonly catalog: ZipCatalog,
    readonly zipBytes: number,
    readonly progress: ZipProgress,
  ) {
    this.index = new Map(catalog.entries.map((e, i) => [e, i]));
  }

  /** Lists and checks the whole central directory; throws a ZipRefusal at the first problem (and closes the file). */
  static async open(source: ZipSource, limits: Partial<ZipLimits> = {}, progress: ZipProgress = { entriesListed: 0, bytesInflated: 0 }): Promise<ZipReader> {
    const zipfile = await openYauzl(source);
    const catalog = new ZipCatalog(zipLimits(limits), zipfile.fileSize);
    try {
      catalog.checkCount(zipfile.entryCount);
      await new Promise<void>((resolve, reject) => {
        zipfile.on('entry', (raw: yauzl.Entry) => {
          try {
            catalog.add(raw);
            progress.entriesListed++;
            zipfile.readEntry();
          } catch (e) {
            reject(e);
          }
        });
        zipfile.on('end', resolve);
        zipfile.on('error', (e: Error) => reject(strongEncryption(e, progress) ?? unreadable(e)));
        zipfile.readEntry();
      });
    } catch (e) {
      zipfile.close();
      throw e;
    }
    return new ZipReader(zipfile, catalog, zipfile.fileSize, progress);
  }

  private listed(entry: ZipEntry): ZipCatalogEntry {
    const listed = this.catalog.entries[this.index.get(entry) ?? -1];
    if (!listed) throw new Error(`'${entry.name}' is not an entry of this zip`);
    return listed;
  }

  get entries(): readonly ZipEntry[] {
    return this.catalog.entries;
  }

  summary(): ZipSummary {
    return { entries: this.catalog.entries.length, zipBytes: this.zipBytes, unpackedBytes: this.catalog.unpackedBytes };
  }

  /** The entry's content as a stream that fails with a ZipRefusal when it is damaged or its CRC is wrong. */
  async stream(entry: ZipEntry): Promise<Readable> {
    const listed = this.listed(entry);
    const source = await new Promise<Readable>((resolve, reject) =>
      this.zipfile.openReadStream(listed.raw, (err, s) => (err ? reject(damaged(entry, err)) : resolve(s))),
    );
    const check = new EntryCheck(listed, this.progress, () => this.verified.add(entry));
    source.on('error', (e) => check.destroy(damaged(entry, e)));
    // Stops inflating the moment the check fails: a bomb is not unpacked to the end just to be discarded.
    check.on('error', () => source.destroy());
    return source.pipe(check);
  }

  /** The whole entry in memory, refused beforehand when it is larger than `cap` bytes. */
  async read(entry: ZipEntry, cap: number): Promise<Buffer> {
    if (entry.size > cap) throw new ZipRefusal('read-cap', { entry: entry.name, actual: entry.size, limit: cap });
    if (isSmall(entry)) return this.small(entry);
    const chunks: Buffer[] = [];
    for await (const chunk of await this.stream(entry)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /** Runs the entry through the checks without keeping it (as `unzip -t` does). */
  async verify(entry: ZipEntry): Promise<void> {
    if (this.verified.has(entry) || entry.directory) return;
    if (isSmall(entry)) {
      await this.small(entry);
      return;
    }
    for await (const _ of await this.stream(entry)) {
      // Only the checks matter; the bytes are dropped.
    }
  }

  /** A small entry in one piece, with the same checks as the stream: never more than declared, CRC-32. */
  private async small(entry: ZipEntry): Promise<Buffer> {
    const listed = this.listed(entry);
    const packed = await new Promise<Readable>((resolve, reject) =>
      this.zipfile.openReadStream(listed.raw, { decodeFileData: false }, (err, s) => (err ? reject(damaged(entry, err)) : resolve(s))),
    );
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of packed) chunks.push(chunk as Buffer);
    } catch (e) {
      throw damaged(entry, e);
    }
    let data: Buffer;
    try {
      // maxOutputLength stops inflating past the declared size: a lying header cannot make it allocate more.
      data = listed.raw.compressionMethod === 8 ? zlib.inflateRawSync(Buffer.concat(chunks), { maxOutputLength: Math.max(1, entry.size) }) : Buffer.concat(chunks);
    } catch (e) {
      throw damaged(entry, e);
    }
    this.progress.bytesInflated += data.length;
    const problem = endProblem(listed, data.length, zlib.crc32(data));
    if (problem) throw problem;
    this.verified.add(entry);
    return data;
  }

  isVerified(entry: ZipEntry): boolean {
    return entry.directory || this.verified.has(entry);
  }

  close() {
    this.zipfile.close();
  }
}

const isSmall = (entry: ZipEntry) => entry.size <= SMALL_ENTRY_BYTES && entry.compressedSize <= SMALL_ENTRY_BYTES;

/** yauzl stops at strong encryption (bit 6) before it hands out the entry, so its name is not known. */
function strongEncryption(e: Error, progress: ZipProgress): ZipRefusal | null {
  return /strong encryption/.test(e.message) ? new ZipRefusal('encrypted', { entry: `#${progress.entriesListed + 1}` }) : null;
}

export interface ReadZipOptions {
  limits?: Partial<ZipLimits>;
  progress?: ZipProgress;
}

/**
 * Opens and checks the zip, hands each entry in zip order to `onEntry` (which may read it through
 * the reader), and streams every entry it did not read through the size and CRC checks, so a
 * damaged entry is found even when nobody needs its content.
 */
export async function readZip(
  source: ZipSource,
  options: ReadZipOptions,
  onEntry: (entry: ZipEntry, zip: ZipReader) => Promise<void> | void,
): Promise<ZipSummary> {
  const zip = await ZipReader.open(source, options.limits, options.progress);
  try {
    for (const entry of zip.entries) {
      await onEntry(entry, zip);
      if (!zip.isVerified(entry)) await zip.verify(entry);
    }
    return zip.summary();
  } finally {
    zip.close();
  }
}

/** The checked list of entries, without reading any content. */
export async function listZip(source: ZipSource, limits: Partial<ZipLimits> = {}): Promise<{ entries: readonly ZipEntry[]; summary: ZipSummary }> {
  const zip = await ZipReader.open(source, limits);
  zip.close();
  return { entries: zip.entries, summary: zip.summary() };
}
