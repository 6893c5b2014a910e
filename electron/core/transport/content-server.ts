import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { responseHeaders } from '../app/assets';
import type { AssetSource } from '../app/content-site';

export interface ContentServerOptions {
  site: AssetSource;
  port?: number;
  host?: string;
}

function refuse(res: http.ServerResponse, status: number, text: string, extra: http.OutgoingHttpHeaders = {}) {
  res.writeHead(status, { ...responseHeaders({ contentType: 'text/plain; charset=utf-8' }), ...extra }).end(text);
}

/**
 * The web harness's content origin: a second loopback listener beside the app's, so SCOs run on
 * another origin (another port) than the app. It answers GET/HEAD for the content site only:
 * no `/rpc`, no renderer, nothing that could act for a learner.
 */
export function createContentServer(options: ContentServerOptions) {
  const host = options.host ?? '127.0.0.1';

  const server = http.createServer((req, res) => {
    try {
      const port = (server.address() as AddressInfo | null)?.port;
      // A DNS-rebound name must not read a learner's module through this port either.
      const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `${host}:${port}`]);
      if (!allowedHosts.has(req.headers.host ?? '')) return refuse(res, 403, 'Forbidden host');
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Use GET', { allow: 'GET, HEAD' });
      const target = req.url ?? '/';
      if (!target.startsWith('/')) return refuse(res, 400, 'Bad request target');
      const asset = options.site.resolve(target.split(/[?#]/)[0]!);
      res.writeHead(asset.status, { ...responseHeaders(asset), 'content-length': Buffer.byteLength(asset.body), 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : asset.body);
    } catch (e) {
      // One bad request must never end the process that holds every learner's session.
      console.error('content server:', e);
      if (!res.headersSent) refuse(res, 500, 'Internal error');
      else res.destroy();
    }
  });

  return {
    listen(): Promise<string> {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, host, () => {
          const addr = server.address() as AddressInfo;
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${addr.port}`);
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
