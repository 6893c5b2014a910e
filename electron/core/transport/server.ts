import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { AppErrorData, Envelope } from '../contract';
import { responseHeaders, type AssetResolver } from '../app/assets';
import { toErrorData } from '../errors';
import type { Handlers } from '../app/handlers';
import { declaredTooLarge, PAYLOAD_TOO_LARGE, parseJsonBody, readBody } from './http-body';
import { dispatch, httpStatusFor } from './rpc';
import { receiveUpload, UPLOAD_PATH, uploadDeclaredTooLarge, type UploadSink } from './upload-route';

const RPC_PREFIX = '/rpc/';
const JSON_TYPE = 'application/json; charset=utf-8';
const TEXT_TYPE = 'text/plain; charset=utf-8';

export interface ServerOptions {
  handlers: Handlers;
  assets: AssetResolver;
  port?: number;
  /** Loopback unless the caller explicitly asks for more. */
  host?: string;
  log?: (message: string, error: unknown) => void;
  /** Where `POST /upload` streams a zip for 'library/import' (core.uploads); absent: no upload route. */
  uploads?: UploadSink;
}

function sendJson(res: http.ServerResponse, status: number, body: Envelope<unknown>, extra: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...responseHeaders({ contentType: JSON_TYPE }),
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...extra,
  });
  res.end(text);
}

function fail(res: http.ServerResponse, error: AppErrorData, status = httpStatusFor(error), extra?: Record<string, string>) {
  sendJson(res, status, { ok: false, error }, extra);
}

function sendText(res: http.ServerResponse, status: number, text: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...responseHeaders({ contentType: TEXT_TYPE }), 'content-length': Buffer.byteLength(text), ...extra });
  res.end(text);
}

/**
 * The path of an origin-form request target (`/a/b?c`). Anything else (`*`, `http://host/x`) is not
 * for this server. Parsed by hand: `new URL('//[', base)` throws, and it used to end the process.
 */
function requestPath(target: string | undefined): string | null {
  if (!target?.startsWith('/')) return null;
  return target.split(/[?#]/, 1)[0]!;
}

function callName(path: string): string | null {
  try {
    return decodeURIComponent(path.slice(RPC_PREFIX.length));
  } catch {
    return null;
  }
}

/** Node's own answer to a request it cannot parse, with the same headers as every other response. */
function answerUnparsable(error: NodeJS.ErrnoException, socket: Socket) {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const headers = Object.entries({ ...responseHeaders({ contentType: TEXT_TYPE }), 'content-length': '0', connection: 'close' });
  socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${headers.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n`);
}

/**
 * The web harness: one HTTP origin that serves the built renderer, SCO trees and `POST /rpc/<name>`
 * to the same handlers Electron's IPC uses, so the real renderer runs end to end in Chromium.
 * Every request gets an answer and no request can end the process: the learners' open sessions live here.
 */
export function createServer(options: ServerOptions) {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? ((m: string, e: unknown) => console.error(m, e));
  let origin = '';

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const path = requestPath(req.url);
    // An upload is a call too: same origin checks, answered with an envelope.
    const isCall = path !== null && (path.startsWith(RPC_PREFIX) || path === UPLOAD_PATH);
    const refuse = (status: number, message: string, extra?: Record<string, string>) =>
      isCall ? fail(res, { code: 'BAD_REQUEST', message }, status, extra) : sendText(res, status, message, extra);

    // A page on another site (or a DNS-rebound name) must not drive a learner's data.
    const port = (server.address() as AddressInfo | null)?.port;
    const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `${host}:${port}`]);
    if (!allowedHosts.has(req.headers.host ?? '')) return refuse(403, 'Forbidden host');
    if (path === null) return refuse(400, 'The request target must be a path starting with /.');

    if (isCall) {
      if (req.method !== 'POST') return refuse(405, 'Calls use POST.', { allow: 'POST' });
      const reqOrigin = req.headers.origin;
      if (reqOrigin && reqOrigin !== origin && reqOrigin !== `http://localhost:${port}`) {
        return fail(res, { code: 'BAD_REQUEST', message: `Calls from ${reqOrigin.slice(0, 200)} are not accepted.` });
      }
      if (path === UPLOAD_PATH) {
        if (!options.uploads) return refuse(404, 'This server takes no uploads.');
        const answer = await receiveUpload(req, options.uploads);
        if ('uploadId' in answer) return sendJson(res, 200, { ok: true, data: { uploadId: answer.uploadId } });
        return fail(res, answer.error, answer.status, answer.close ? { connection: 'close' } : undefined);
      }
      const body = await readBody(req);
      if (body.kind === 'aborted') return void res.destroy();
      // The client may still be sending: close the connection after the answer instead of reading on.
      if (body.kind === 'too-large') return fail(res, PAYLOAD_TOO_LARGE, 413, { connection: 'close' });
      const parsed = parseJsonBody(body.bytes);
      if (!parsed.ok) return fail(res, parsed.error);
      const name = callName(path);
      if (name === null) return refuse(400, 'The call name in the URL is not valid percent-encoding.');
      const envelope = await dispatch(options.handlers, name, parsed.args, { transport: 'http' }, log);
      return sendJson(res, envelope.ok ? 200 : httpStatusFor(envelope.error), envelope);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(405, 'Use GET or HEAD.', { allow: 'GET, HEAD' });
    const asset = options.assets.resolve(path);
    res.writeHead(asset.status, {
      ...responseHeaders(asset),
      'content-length': Buffer.byteLength(asset.body),
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : asset.body);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      log(`Request ${req.method} ${String(req.url).slice(0, 200)} failed`, e);
      try {
        if (res.headersSent) res.destroy();
        else fail(res, toErrorData(e), 500);
      } catch {
        res.destroy();
      }
    });
  });
  server.on('clientError', answerUnparsable);
  server.on('checkContinue', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const tooLarge = requestPath(req.url) === UPLOAD_PATH && options.uploads ? uploadDeclaredTooLarge(req, options.uploads) : declaredTooLarge(req);
    if (!tooLarge) res.writeContinue();
    server.emit('request', req, res);
  });

  return {
    server,
    listen(): Promise<string> {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, host, () => {
          const addr = server.address() as AddressInfo;
          origin = `http://${host.includes(':') ? `[${host}]` : host}:${addr.port}`;
          resolve(origin);
        });
      });
    },
    close(): Promise<void> {
      return new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
