import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../electron/core/app/handlers';
import { startWebHarness } from '../../electron/core/transport/web-harness';
import { tempDir } from '../helpers/temp';
import { electronMock } from '../helpers/main/electron-mock';

vi.mock('electron', () => electronMock);
const { invokeHandler } = await import('../../electron/main/ipc');
const { CONTENT_ORIGIN } = await import('../../electron/main/protocol');

/**
 * Issue 8 §3: "a same-origin SCO can call through `window.top.leerpad.invoke`", and in the web
 * harness read the app's session token and `fetch('/rpc/…')`. SCOs now play on their own origin;
 * these are the server- and shell-side halves of that rule (tests/e2e/sco-isolation.e2e.ts tries
 * the same from inside a SCO frame in Chromium).
 */

const coursesDir = path.resolve(__dirname, '../fixtures/courses/valid');
const SCO_PATH = '/sco/mini/hefboom-onderzoeken/index.html';
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

/** The real web harness over a stand-in build (a one-line renderer and LMS host page). */
async function harness() {
  const outDir = tempDir();
  for (const [dir, title] of [['renderer', 'Leerpad'], ['lms-host', 'LMS host']] as const) {
    fs.mkdirSync(path.join(outDir, dir));
    fs.writeFileSync(path.join(outDir, dir, 'index.html'), `<!doctype html><title>${title}</title>`);
  }
  const app = await startWebHarness({ dataDir: tempDir(), coursesDirs: [coursesDir], outDir, port: 0, version: '9.9.9' });
  closers.push(() => app.close());
  return { ...app, appOrigin: new URL(app.url).origin };
}

/** A raw request: the test sets Host and Origin the way a page (or an attacker) would. */
function request(url: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('a SCO cannot reach the app: the web harness', () => {
  it('plays SCOs on another origin than the app', async () => {
    const app = await harness();
    expect(app.contentOrigin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(app.contentOrigin).not.toBe(app.appOrigin);
  });

  it("refuses an /rpc call sent from the content origin, before any handler runs", async () => {
    const app = await harness();
    const res = await request(`${app.appOrigin}/rpc/learner/list`, { method: 'POST', body: '{}', headers: { origin: app.contentOrigin } });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('answers no /rpc on the content origin', async () => {
    const app = await harness();
    const post = await request(`${app.contentOrigin}/rpc/learner/list`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    const get = await request(`${app.contentOrigin}/rpc/app/info`);
    expect(get.status).toBe(404);
    expect(get.body).not.toContain('Leerpad');
  });

  it("serves none of the app's pages on the content origin, and no SCO or LMS host on the app's", async () => {
    const app = await harness();
    for (const p of ['/', '/index.html', '/exports/x.zip']) expect((await request(`${app.contentOrigin}${p}`)).status, p).toBe(404);
    for (const p of [SCO_PATH, '/lms-host/index.html', '/sco/mini/_leerpad/sco.js']) expect((await request(`${app.appOrigin}${p}`)).status, p).toBe(404);
  });

  it('lets only the app frame content pages, and the app frame only the content origin', async () => {
    const app = await harness();
    const host = await request(`${app.contentOrigin}/lms-host/index.html`);
    expect(host.status).toBe(200);
    expect(host.body).toContain('LMS host');
    const sco = await request(`${app.contentOrigin}${SCO_PATH}`);
    expect(sco.status).toBe(200);
    for (const page of [host, sco]) {
      const ancestors = /frame-ancestors ([^;]+)/.exec(String(page.headers['content-security-policy']))![1]!.split(' ');
      expect(ancestors).toContain(app.appOrigin);
      expect(ancestors.every((a) => a === "'self'" || a.endsWith(`:${new URL(app.appOrigin).port}`))).toBe(true);
    }
    const appPage = await request(`${app.appOrigin}/`);
    expect(String(appPage.headers['content-security-policy'])).toContain(`frame-src ${app.contentOrigin};`);
  });

  it('answers a malformed request on the content origin and keeps serving', async () => {
    const app = await harness();
    const { port } = new URL(app.contentOrigin);
    for (const target of ['//[', '*', 'http://evil.example/x', '/%E0%A4%A', '/sco/%00/x']) {
      const head = await new Promise<string>((resolve, reject) => {
        const socket = net.connect(Number(port), '127.0.0.1', () => socket.end(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`));
        let text = '';
        socket.on('data', (c) => (text += c.toString('latin1')));
        socket.on('end', () => resolve(text));
        socket.on('error', reject);
      });
      expect(head, target).toMatch(/^HTTP\/1\.1 4\d\d /);
    }
    expect((await request(`${app.contentOrigin}/lms-host/index.html`)).status).toBe(200);
  });

  it('refuses a foreign Host name on the content origin (DNS rebinding)', async () => {
    const app = await harness();
    const res = await request(`${app.contentOrigin}${SCO_PATH}`, { headers: { host: `evil.example:${new URL(app.contentOrigin).port}` } });
    expect(res.status).toBe(403);
  });
});

describe('a SCO cannot reach the app: the Electron shell', () => {
  const handlers = { 'app/info': vi.fn(() => ({ name: 'Leerpad' })) } as unknown as Handlers;

  it.each([
    ['a SCO frame inside the LMS host', { parent: {}, url: `${CONTENT_ORIGIN}${SCO_PATH}` }],
    ['the LMS host frame', { parent: {}, url: `${CONTENT_ORIGIN}/lms-host/index.html` }],
    ['a content page that became the top frame', { parent: null, url: `${CONTENT_ORIGIN}/lms-host/index.html` }],
  ])('refuses IPC from %s', async (_what, senderFrame) => {
    const res = await invokeHandler(handlers, () => undefined)({ senderFrame } as never, 'app/info', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(handlers['app/info']).not.toHaveBeenCalled();
  });
});
