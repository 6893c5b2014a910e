import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppErrorData, Envelope } from './contract';
import { CONTENT_SECURITY_POLICY, type AssetResolver } from './assets';
import type { Handlers } from './handlers';
import { dispatch, httpStatusFor } from './rpc';

const MAX_BODY_BYTES = 8 * 1024 * 1024;

export interface ServerOptions {
  handlers: Handlers;
  assets: AssetResolver;
  port?: number;
  /** Loopback unless the caller explicitly asks for more. */
  host?: string;
}

function sendJson(res: http.ServerResponse, status: number, body: Envelope<unknown>) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

function fail(res: http.ServerResponse, error: AppErrorData) {
  sendJson(res, httpStatusFor(error), { ok: false, error });
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The web harness: one HTTP origin that serves the built renderer, SCO trees and `POST /rpc/<name>`
 * to the same handlers Electron's IPC uses, so the real renderer runs end to end in Chromium.
 */
export function createServer(options: ServerOptions) {
  const host = options.host ?? '127.0.0.1';
  let origin = '';

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // A page on another site (or a DNS-rebound name) must not drive a learner's data.
    const hostHeader = req.headers.host ?? '';
    const port = (server.address() as AddressInfo | null)?.port;
    const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `${host}:${port}`]);
    if (!allowedHosts.has(hostHeader)) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Forbidden host');
      return;
    }

    if (url.pathname.startsWith('/rpc/')) {
      if (req.method !== 'POST') {
        res.writeHead(405, { allow: 'POST', 'content-type': 'text/plain; charset=utf-8' }).end('Use POST');
        return;
      }
      const reqOrigin = req.headers.origin;
      if (reqOrigin && reqOrigin !== origin && reqOrigin !== `http://localhost:${port}`) {
        fail(res, { code: 'BAD_REQUEST', message: `Calls from ${reqOrigin} are not accepted.` });
        return;
      }
      let args: unknown;
      try {
        const body = (await readBody(req)).toString('utf8');
        args = body.trim() === '' ? {} : JSON.parse(body);
      } catch {
        fail(res, {
          code: 'BAD_REQUEST',
          message: 'The request body is not valid JSON (or is larger than 8 MB).',
          hint: 'Send a JSON object, e.g. {}.',
        });
        return;
      }
      const name = decodeURIComponent(url.pathname.slice('/rpc/'.length));
      const envelope = await dispatch(options.handlers, name, args, { transport: 'http' });
      sendJson(res, envelope.ok ? 200 : httpStatusFor(envelope.error), envelope);
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const asset = options.assets.resolve(url.pathname);
    const headers: http.OutgoingHttpHeaders = {
      'content-type': asset.contentType,
      'content-length': Buffer.byteLength(asset.body),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    };
    if (asset.contentType.startsWith('text/html')) headers['content-security-policy'] = asset.csp ?? CONTENT_SECURITY_POLICY;
    if (asset.download) headers['content-disposition'] = `attachment; filename*=UTF-8''${encodeURIComponent(asset.download)}`;
    res.writeHead(asset.status, headers);
    res.end(req.method === 'HEAD' ? undefined : asset.body);
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
