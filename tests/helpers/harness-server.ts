import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createAssetResolver, type AssetResolver } from '../../electron/core/app/assets';
import { createHandlers, type Handlers } from '../../electron/core/app/handlers';
import { createServer } from '../../electron/core/transport/server';
import { openCore, type Core } from '../../electron/core/app/services';
import { tempDir } from './temp';

const coursesDir = path.resolve(__dirname, '../fixtures/courses/valid');
const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

export interface HarnessOptions {
  /** A data folder to reuse, e.g. to restart on the same database. */
  dataDir?: string;
  /** Replace some handlers, e.g. with one that throws, keeping the rest real. */
  handlers?: (real: Handlers) => Handlers;
  routes?: (assets: AssetResolver) => void;
  log?: (message: string, error: unknown) => void;
}

/** The real web harness server on a loopback port, with a temp data folder and a tiny renderer. */
export async function startHarness(options: HarnessOptions = {}) {
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Leerpad</title>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  const core: Core = openCore({ dataDir: options.dataDir ?? tempDir(), coursesDirs: [coursesDir], host: 'web', version: '9.9.9' });
  const real = createHandlers(core);
  const assets = createAssetResolver({ rendererDir });
  options.routes?.(assets);
  const server = createServer({
    handlers: options.handlers ? options.handlers(real) : real,
    assets,
    log: options.log ?? (() => undefined),
  });
  const origin = await server.listen();
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await server.close();
    core.close();
  };
  closers.push(close);
  return { origin, port: Number(new URL(origin).port), core, server: server.server, close };
}

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request through Node's client, so tests control Host, Origin and the body bytes. */
export function request(
  url: string,
  init: { method?: string; body?: string | Buffer; headers?: Record<string, string> } = {},
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/**
 * Bytes straight onto a TCP socket, for what no HTTP client would send (`//[` as request target,
 * a request line of garbage). Resolves with the status line's code, the headers and the body.
 */
export function rawRequest(port: number, bytes: string | Buffer): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const headers: http.IncomingHttpHeaders = {};
      for (const line of headerLines) {
        const i = line.indexOf(':');
        headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), headers, body: rest.join('\r\n\r\n') });
    });
    socket.end(bytes);
  });
}

export function isEnvelope(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { ok?: unknown; data?: unknown; error?: { code?: unknown; message?: unknown } };
    if (parsed.ok === true) return 'data' in parsed;
    return parsed.ok === false && typeof parsed.error?.code === 'string' && typeof parsed.error.message === 'string';
  } catch {
    return false;
  }
}
