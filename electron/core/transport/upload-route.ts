import type http from 'node:http';
import { PassThrough, type Readable } from 'node:stream';
import type { AppErrorData } from '../contract';
import { AppError, isAppError, toErrorData } from '../errors';

/** `POST /upload`: the web harness's way for a chosen zip to reach core (Electron copies the file itself). */
export const UPLOAD_PATH = '/upload';

/** What the route needs of core's uploads (electron/core/library/uploads.ts). */
export interface UploadSink {
  accept(source: Readable): Promise<string>;
  /** Throws PAYLOAD_TOO_LARGE for a size past the cap. */
  assertFits(bytes: number): void;
  readonly limits: { maxBytes: number };
}

export type UploadAnswer = { status: number; error: AppErrorData; close?: boolean } | { status: 200; uploadId: string };

function declaredLength(req: http.IncomingMessage): number | null {
  const header = req.headers['content-length'];
  if (header === undefined) return null;
  return /^\d{1,16}$/.test(header) ? Number(header) : Number.NaN;
}

/** A client that asked `Expect: 100-continue` with a larger declared body is refused before it sends a byte. */
export function uploadDeclaredTooLarge(req: http.IncomingMessage, sink: UploadSink): boolean {
  return (declaredLength(req) ?? 0) > sink.limits.maxBytes;
}

const CUT_OFF = new AppError({ code: 'IO', message: 'The upload was cut off before its end.', hint: 'Choose the zip file again.' });

/**
 * Streams the body into the uploads folder. Never trusts the body's size: a declared length past
 * the cap is refused before reading, an undeclared (chunked) one is cut off by the sink while it
 * streams. The body goes through a PassThrough so that a refusal ends only the copy, and the
 * connection can still carry the answer.
 */
export async function receiveUpload(req: http.IncomingMessage, sink: UploadSink): Promise<UploadAnswer> {
  const declared = declaredLength(req);
  if (Number.isNaN(declared)) return { status: 400, error: { code: 'BAD_REQUEST', message: 'The Content-Length header is not a number.' }, close: true };
  try {
    if (declared !== null) sink.assertFits(declared);
  } catch (e) {
    return { status: 413, error: toErrorData(e), close: true };
  }
  const body = new PassThrough();
  req.on('close', () => {
    if (!req.complete) body.destroy(CUT_OFF);
  });
  req.pipe(body);
  try {
    return { status: 200, uploadId: await sink.accept(body) };
  } catch (e) {
    req.unpipe(body);
    const error = isAppError(e) ? e : CUT_OFF;
    return { status: error.code === 'PAYLOAD_TOO_LARGE' ? 413 : error === CUT_OFF ? 400 : 500, error: error.toData(), close: true };
  }
}
