import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './harness';

/**
 * A test LMS: scorm-again's Scorm12API / Scorm2004API on the parent window (as an LMS hosts it),
 * the package's launch page in an iframe of the same origin, files served from the unzipped
 * package exactly as the zip holds them.
 */
const LMS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/scorm-again/scorm2004.min.js"></script><script src="/scorm-again/scorm12.min.js"></script>
<style>body{margin:0}iframe{display:block;border:0;width:100%;height:100vh}</style></head>
<body><script>
window.startLms = function (edition, cmi, href) {
  var api = edition === 'scorm12' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
  if (cmi) api.loadFromJSON(cmi, '');
  window[edition === 'scorm12' ? 'API' : 'API_1484_11'] = api;
  var frame = document.createElement('iframe');
  frame.title = 'Module';
  frame.src = href;
  document.body.append(frame);
  return new Promise(function (resolve) { frame.onload = function () { resolve(true); }; });
};
window.closeSco = function () { document.querySelector('iframe').src = 'about:blank'; };
</script></body></html>`;

/** Content types of the files a SCORM package holds, as an LMS serves them. */
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
};

export async function startTestLms(packages: Record<string, Record<string, Uint8Array>>) {
  const scormAgain = path.join(ROOT, 'node_modules/scorm-again/dist');
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const send = (body: Uint8Array | string, file: string) => {
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    };
    if (url === '/lms.html') return send(LMS_PAGE, url);
    if (url.startsWith('/scorm-again/')) return send(fs.readFileSync(path.join(scormAgain, path.basename(url))), url);
    const m = /^\/pkg\/([^/]+)\/(.+)$/.exec(url);
    const file = m ? packages[m[1]!]?.[m[2]!] : undefined;
    if (file) return send(file, url);
    res.writeHead(url === '/favicon.ico' ? 204 : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

interface LmsWindow {
  startLms(edition: string, cmi: object | null, href: string): Promise<boolean>;
  closeSco(): void;
  API: { isTerminated(): boolean; renderCommitCMI(t: boolean): { cmi: Record<string, unknown> } };
  API_1484_11: LmsWindow['API'];
}

export async function launch(page: Page, base: string, edition: string, href: string, cmi: object | null) {
  await page.goto(`${base}/lms.html`);
  await page.evaluate(([e, c, h]) => (globalThis as unknown as LmsWindow).startLms(e, c, h), [edition, cmi, href] as const);
  const frame = page.frames().find((f) => f.url().includes(href.replace(/index\.html$/, '')))!;
  await frame.getByRole('heading', { level: 1 }).waitFor();
  return frame;
}

/** Closes the SCO as an LMS does (the frame navigates away: pagehide), then reads scorm-again's CMI. */
export async function closeAndReadCmi(page: Page, edition: string): Promise<Record<string, unknown>> {
  const name = edition === 'scorm12' ? 'API' : 'API_1484_11';
  await page.evaluate(() => (globalThis as unknown as LmsWindow).closeSco());
  await page.waitForFunction((n) => (globalThis as unknown as LmsWindow)[n as 'API'].isTerminated(), name);
  return page.evaluate((n) => (globalThis as unknown as LmsWindow)[n as 'API'].renderCommitCMI(true).cmi, name);
}
