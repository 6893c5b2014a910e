// Zips on their way into the library (issue 12): the web harness streams a chosen file here
// (`POST /upload`), the desktop copies the file the learner picked; both hand core an upload id,
// and 'library/import' takes the file by that id. Ids are random tokens, never paths.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { uploadId } from '../contract/library';
import { acceptsFileName, UPLOAD_KINDS, type UploadKind } from '../../shared/uploads';
import type { TooLargeReason } from '../../shared/error-reasons';
import { AppError } from '../errors';

export interface UploadLimits {
  /** Bytes one upload may have: past this the stream is refused while it arrives. */
  maxBytes: number;
  /** An upload not imported within this time is gone (the learner's import dialog is long closed). */
  maxAgeMs: number;
}

const ZIP_SUFFIX = '.zip';
const PART_SUFFIX = '.part';
const MB = 1024 * 1024;

function tooLarge(maxBytes: number): AppError {
  const maxMegabytes = Math.floor(maxBytes / MB);
  return new AppError({
    code: 'PAYLOAD_TOO_LARGE',
    message: `The file is larger than ${maxMegabytes} MB, the most Leerpad takes in at once.`,
    hint: 'For a package, ask the author for a smaller export (e.g. videos streamed instead of packed); restore a larger backup with `leerpad restore <file>`.',
    params: { reason: 'file' satisfies TooLargeReason, maxMegabytes },
  });
}

function notFound(): AppError {
  return new AppError({ code: 'NOT_FOUND', message: 'This upload is not (or no longer) there.', hint: 'Choose the zip file again.' });
}

/** Counts the bytes going through and fails the stream the moment they pass the cap. */
function capped(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      done(seen > maxBytes ? tooLarge(maxBytes) : null, chunk);
    },
  });
}

export function createUploads(dir: string, limits: UploadLimits, clock: () => number = Date.now) {
  // Every upload belongs to an import dialog of a run that has ended: none survives a start.
  fs.rmSync(dir, { recursive: true, force: true });

  const fileOf = (id: string) => path.join(dir, `${id}${ZIP_SUFFIX}`);

  async function accept(source: Readable): Promise<string> {
    fs.mkdirSync(dir, { recursive: true });
    const id = randomBytes(18).toString('base64url');
    const part = `${fileOf(id)}${PART_SUFFIX}`;
    try {
      await pipeline(source, capped(limits.maxBytes), fs.createWriteStream(part, { flags: 'wx' }));
      fs.renameSync(part, fileOf(id));
      return id;
    } catch (e) {
      fs.rmSync(part, { force: true });
      throw e;
    }
  }

  function assertFits(bytes: number) {
    if (bytes > limits.maxBytes) throw tooLarge(limits.maxBytes);
  }

  return {
    dir,
    limits,
    /** A size known before reading (a file's, a declared Content-Length) is refused before a byte is copied. */
    assertFits,
    /** Stores a stream (an HTTP body) as a new upload; refused while streaming once it passes the cap. */
    accept,

    /**
     * The desktop's handover: copies a file the learner chose. Only an existing regular file with an
     * ending its kind accepts (UPLOAD_KINDS), within the cap: the path comes from the renderer, which
     * must not make core read anything else.
     */
    async stage(file: string, kind: UploadKind = 'package'): Promise<string> {
      const stat = path.isAbsolute(file) && acceptsFileName(kind, file) ? fs.statSync(file, { throwIfNoEntry: false }) : undefined;
      if (!stat?.isFile()) {
        const endings = UPLOAD_KINDS[kind].join(', ');
        throw new AppError({
          code: 'BAD_REQUEST',
          message: `Only an existing ${endings} file can be used here.`,
          hint: kind === 'package' ? 'Choose a SCORM package: a file ending in .zip.' : `Choose a file ending in ${endings}.`,
          params: { kind, endings },
        });
      }
      assertFits(stat.size);
      return accept(fs.createReadStream(file));
    },

    /** The upload's file, for import; NOT_FOUND for an id never given out or expired. */
    take(id: string): string {
      if (!uploadId.safeParse(id).success) throw notFound();
      const file = fileOf(id);
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (!stat?.isFile()) throw notFound();
      if (clock() - stat.mtimeMs > limits.maxAgeMs) {
        fs.rmSync(file, { force: true });
        throw notFound();
      }
      return file;
    },

    /** The import is done with it (imported, or refused for good). */
    release(id: string) {
      if (uploadId.safeParse(id).success) fs.rmSync(fileOf(id), { force: true });
    },
  };
}

export type Uploads = ReturnType<typeof createUploads>;
