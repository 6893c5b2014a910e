import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAssetResolver } from '../../../../electron/core/app/assets';
import { createUploads } from '../../../../electron/core/library/uploads';
import { createServer } from '../../../../electron/core/transport/server';
import { rawRequest, request } from '../../../helpers/harness-server';
import { tempDir } from '../../../helpers/temp';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

async function start(maxBytes = 1000) {
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Leerpad</title>');
  const uploads = createUploads(path.join(tempDir(), '.uploads'), { maxBytes, maxAgeMs: 60_000 });
  const server = createServer({ handlers: {} as never, assets: createAssetResolver({ rendererDir }), uploads, log: () => undefined });
  const origin = await server.listen();
  closers.push(() => server.close());
  return { origin, port: Number(new URL(origin).port), uploads };
}

/** A chunked body (no Content-Length): the size is only known while it streams. */
function chunked(url: string, chunks: Buffer[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/zip' } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8') }));
    });
    req.on('error', () => resolve({ status: 0, body: '' }));
    for (const c of chunks) req.write(c);
    req.end();
  });
}

describe('POST /upload', () => {
  it('stores the body and answers an upload id that library/import can take', async () => {
    const { origin, uploads } = await start();
    const res = await request(`${origin}/upload`, { method: 'POST', body: Buffer.from('PK\u0003\u0004zip'), headers: { 'content-type': 'application/zip' } });
    expect(res.status).toBe(200);
    const { ok, data } = JSON.parse(res.body) as { ok: boolean; data: { uploadId: string } };
    expect(ok).toBe(true);
    expect(fs.readFileSync(uploads.take(data.uploadId), 'utf8')).toBe('PK\u0003\u0004zip');
  });

  it('refuses a declared size past the cap before reading, and one that streams past it', async () => {
    const { origin, uploads } = await start(100);
    const declared = await request(`${origin}/upload`, { method: 'POST', body: Buffer.alloc(101) });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).error.code).toBe('PAYLOAD_TOO_LARGE');
    const streamed = await chunked(`${origin}/upload`, [Buffer.alloc(60), Buffer.alloc(60)]);
    // The answer may be lost to a reset when the client is still sending; never a stored file.
    expect([0, 413]).toContain(streamed.status);
    expect(fs.existsSync(uploads.dir) ? fs.readdirSync(uploads.dir) : []).toEqual([]);
  });

  it('answers a lying Content-Length, GET and another site with an error, and keeps serving', async () => {
    const { origin, port, uploads } = await start();
    const lying = await rawRequest(port, `POST /upload HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 12abc\r\n\r\nPK`);
    expect(lying.status).toBe(400);
    expect((await request(`${origin}/upload`)).status).toBe(405);
    const foreign = await request(`${origin}/upload`, { method: 'POST', body: 'PK', headers: { origin: 'https://evil.example' } });
    expect(foreign.status).toBe(400);
    const cut = await rawRequest(port, `POST /upload HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 500\r\n\r\nPK`);
    expect(cut.status).toBe(400);
    expect(fs.existsSync(uploads.dir) ? fs.readdirSync(uploads.dir) : []).toEqual([]);
    expect((await request(`${origin}/upload`, { method: 'POST', body: 'PK' })).status).toBe(200);
  });
});
