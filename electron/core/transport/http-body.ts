import type http from 'node:http';
import type { AppErrorData } from '../contract';

export const MAX_BODY_BYTES = 8 * 1024 * 1024;
/**
 * Past the limit the rest of the body is read and dropped, up to this much, before the 413 goes out:
 * closing a socket that still has unread bytes makes the kernel send a reset, and the client would
 * lose the answer. A body larger than that is refused at once, reset or not.
 */
const MAX_DRAIN_BYTES = 16 * 1024 * 1024;

export type Body = { kind: 'bytes'; bytes: Buffer } | { kind: 'too-large' } | { kind: 'aborted' };

function declaredLength(req: http.IncomingMessage): number {
  const n = Number(req.headers['content-length']);
  return Number.isFinite(n) ? n : 0;
}

/** A client that asked `Expect: 100-continue` can be refused before it sends a byte. */
export function declaredTooLarge(req: http.IncomingMessage): boolean {
  return declaredLength(req) > MAX_BODY_BYTES;
}

export function readBody(req: http.IncomingMessage): Promise<Body> {
  return new Promise((resolve) => {
    const declared = declaredLength(req);
    if (declared > MAX_BODY_BYTES + MAX_DRAIN_BYTES || (declared > MAX_BODY_BYTES && req.headers.expect)) {
      resolve({ kind: 'too-large' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else if (size > MAX_BODY_BYTES + MAX_DRAIN_BYTES) {
        req.pause();
        resolve({ kind: 'too-large' });
      } else chunks.length = 0;
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? { kind: 'too-large' } : { kind: 'bytes', bytes: Buffer.concat(chunks) }));
    req.on('error', () => resolve({ kind: 'aborted' }));
    req.on('close', () => resolve({ kind: 'aborted' }));
  });
}

export const PAYLOAD_TOO_LARGE: AppErrorData = {
  code: 'PAYLOAD_TOO_LARGE',
  message: `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`,
  hint: 'Send less data in one call.',
  params: { maxMegabytes: MAX_BODY_BYTES / 1024 / 1024 },
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The call's arguments from a body: UTF-8 JSON, or nothing (which means `{}`). */
export function parseJsonBody(bytes: Buffer): { ok: true; args: unknown } | { ok: false; error: AppErrorData } {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return {
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        message: 'The request body is not valid UTF-8 text.',
        hint: 'Send the JSON arguments encoded as UTF-8.',
      },
    };
  }
  if (text.trim() === '') return { ok: true, args: {} };
  try {
    return { ok: true, args: JSON.parse(text) as unknown };
  } catch {
    return {
      ok: false,
      error: { code: 'BAD_REQUEST', message: 'The request body is not valid JSON.', hint: 'Send a JSON object, e.g. {}.' },
    };
  }
}
