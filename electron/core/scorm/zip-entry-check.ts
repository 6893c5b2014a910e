import { Transform, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';
import type { ZipCatalogEntry, ZipEntry } from './zip-catalog';
import { isZipRefusal, ZipRefusal } from './zip-refusal';

/** An error while unpacking one entry, named after it. */
export function damaged(entry: ZipEntry, e: unknown): ZipRefusal {
  return isZipRefusal(e) ? e : new ZipRefusal('damaged', { entry: entry.name, reason: (e as Error).message });
}

/** What is wrong with an entry that unpacked to `bytes` bytes with checksum `crc`, or null (yauzl does not check the CRC). */
export function endProblem(entry: ZipCatalogEntry, bytes: number, crc: number): ZipRefusal | null {
  if (bytes !== entry.size) return damaged(entry, new Error(`it unpacks to ${bytes} bytes, the zip declares ${entry.size}`));
  const expected = entry.raw.crc32 >>> 0;
  if (crc >>> 0 !== expected) return new ZipRefusal('crc', { entry: entry.name, actual: crc >>> 0, limit: expected });
  return null;
}

/** Counts and checks an entry's bytes as they stream: never more than declared, the CRC-32 at the end. */
export class EntryCheck extends Transform {
  private bytes = 0;
  private crc = 0;

  constructor(
    private readonly entry: ZipCatalogEntry,
    private readonly progress: { bytesInflated: number },
    private readonly onVerified: () => void,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    this.bytes += chunk.length;
    this.progress.bytesInflated += chunk.length;
    if (this.bytes > this.entry.size) return done(damaged(this.entry, new Error(`it unpacks to more than the ${this.entry.size} bytes the zip declares`)));
    this.crc = zlib.crc32(chunk, this.crc);
    done(null, chunk);
  }

  override _flush(done: TransformCallback) {
    const problem = endProblem(this.entry, this.bytes, this.crc);
    if (problem) return done(problem);
    this.onVerified();
    done();
  }
}
