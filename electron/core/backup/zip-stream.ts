import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

/** One file of a streamed zip: read from disk while it is written, or made when the writer reaches it. */
export type StreamedEntry =
  | { name: string; file: string; compress: boolean }
  /** Called only after every entry before it was written: the manifest lists their checksums. */
  | { name: string; made: () => Uint8Array; compress: boolean };

export interface StreamZipOptions {
  /** Zip64 records even where a classic zip would do: tests reach the >4 GB / >65 535-entry layout without writing that much. */
  forceZip64?: boolean;
  /** Every entry carries this time (yazl's default is the moment each entry starts). */
  mtime: Date;
  /** The sha256 (hex) of each file entry's bytes, from the same single read that zips them. */
  onDigest: (name: string, sha256: string) => void;
}

/** Files up to this size are read in one call: a read stream and a hashing stream per small page cost more than the page. */
const SMALL_FILE_BYTES = 256 * 1024;

function readWhole(fd: number): Buffer {
  try {
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function hashing(name: string, onDigest: StreamZipOptions['onDigest']): Transform {
  const hash = createHash('sha256');
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      onDigest(name, hash.digest('hex'));
      done();
    },
  });
}

/**
 * Writes `entries` in order to `outFile` with yazl: one file open at a time, read in chunks, so the
 * memory used does not grow with the files' sizes; zip64 where the sizes or the count need it
 * (yazl decides per entry). Resolves with the zip's size once every byte is handed to the file.
 */
export async function writeZipStreaming(outFile: string, entries: readonly StreamedEntry[], options: StreamZipOptions): Promise<number> {
  const zip = new yazl.ZipFile();
  const forceZip64Format = options.forceZip64 ?? false;
  // yazl reports a failed read (or a wrong size) as an 'error' on the ZipFile, not on its output.
  const failed = new Promise<never>((_, reject) => zip.on('error', reject));
  let reading: fs.ReadStream | undefined;
  for (const entry of entries) {
    zip.addReadStreamLazy(entry.name, { compress: entry.compress, forceZip64Format, mtime: options.mtime }, (give) => {
      if ('made' in entry) {
        give(null, Readable.from([Buffer.from(entry.made())]));
        return;
      }
      let fd: number;
      try {
        fd = fs.openSync(entry.file, 'r');
        if (fs.fstatSync(fd).size <= SMALL_FILE_BYTES) {
          const bytes = readWhole(fd);
          options.onDigest(entry.name, createHash('sha256').update(bytes).digest('hex'));
          give(null, Readable.from([bytes]));
          return;
        }
      } catch (e) {
        give(e, undefined as never);
        return;
      }
      reading = fs.createReadStream(entry.file, { fd });
      reading.on('error', (e) => zip.emit('error', e));
      give(null, reading.pipe(hashing(entry.name, options.onDigest)));
    });
  }
  zip.end({ forceZip64Format, comment: '' });
  const out = fs.createWriteStream(outFile);
  const written = pipeline(zip.outputStream, out);
  try {
    await Promise.race([written, failed]);
  } catch (e) {
    written.catch(() => undefined);
    reading?.destroy();
    out.destroy();
    throw e;
  }
  return out.bytesWritten;
}
