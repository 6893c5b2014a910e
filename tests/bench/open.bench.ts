import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import fs from 'node:fs';
import { chromium, type Locator, type Page } from 'playwright-core';
import { loadCourse } from '../../electron/core/course';
import { contentTypeOf } from '../../electron/core/app/assets';
import { scoPackageFor } from '../../electron/core/scorm/sco-package';
import { buildPackageTree } from '../../electron/core/scorm/sco-tree';
import { BRIDGE, type LaunchMessage } from '../../renderer/shared/lms-bridge';
import { bench, median } from './stats';

const ROOT = path.resolve(__dirname, '../..');
const COURSE_DIR = path.join(ROOT, 'courses/kleine-kinderen-grote-kansen');
const RUNS = 9;

/** A stand-in for the app's player: frames the LMS host and hands it the launch, as local-lms.ts does. */
function playerPage(scoUrl: string): string {
  const launch: LaunchMessage = { bridge: BRIDGE, type: 'launch', edition: 'scorm2004', cmi: {}, scoUrl, title: 'Module' };
  return `<!doctype html><html><body style="margin:0"><iframe id="host" title="Module" src="/lms-host/index.html" style="border:0;width:100%;height:100vh"></iframe>
<script>var f = document.getElementById('host'); f.onload = function () { var c = new MessageChannel(); f.contentWindow.postMessage(${JSON.stringify(launch)}, location.origin, [c.port2]); };</script></body></html>`;
}

/**
 * How long a module takes to become usable in Chromium, beside a static HTML page of the same
 * text served the same way: the price of the runtime (React, state, SCORM discovery) per open.
 * `module_open_hosted_*`: the same module as the app plays it, inside the LMS host page (scorm-again
 * and one more frame), the price of giving SCOs an origin of their own.
 */
export async function benchModuleOpen() {
  if (!fs.existsSync(path.join(ROOT, 'out/lms-host/index.html'))) throw new Error('Build first: npm run build (out/lms-host is missing)');
  const { course } = loadCourse(COURSE_DIR);
  const module = course!.modules.find((m) => m.id === 'hefboom-onderzoeken')!;
  const tree = buildPackageTree([scoPackageFor(course!, module.id, { edition: 'scorm2004', reflections: 'lms' })], {
    runtimeDir: path.join(ROOT, 'out/sco'),
    courseDir: COURSE_DIR,
  });
  const prose = module.sections.map((s) => `<section><h2>${s.title}</h2>${s.blocks.map((b) => ('html' in b ? b.html : '')).join('')}</section>`).join('');
  const staticPage = `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><title>${module.title}</title><link rel="stylesheet" href="/pkg/_leerpad/sco.css"></head><body><main><h1>${module.title}</h1>${prose}</main></body></html>`;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x').pathname;
    if (url === '/static.html') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(staticPage);
    if (url === '/player.html') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(playerPage(`/pkg/${module.id}/index.html`));
    if (url.startsWith('/lms-host/')) {
      const file = path.join(ROOT, 'out/lms-host', path.basename(url));
      if (!fs.existsSync(file)) return res.writeHead(404).end();
      return res.writeHead(200, { 'content-type': contentTypeOf(file) }).end(fs.readFileSync(file));
    }
    const body = url.startsWith('/pkg/') ? tree.get(url.slice(5)) : undefined;
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': contentTypeOf(url) }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const measure = async (url: string, ready: (page: Page) => Locator) => {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const t = performance.now();
        await page.goto(url, { waitUntil: 'commit' });
        // Interactive: the first section's heading is shown and its "next" button can be used.
        await ready(page).first().waitFor({ state: 'visible' });
        times.push(performance.now() - t);
        await context.close();
      }
      return median(times);
    };
    const next = 'button:has-text("Volgende")';
    const moduleMs = await measure(`${base}/pkg/${module.id}/index.html`, (p) => p.locator(next));
    const hostedMs = await measure(`${base}/player.html`, (p) => p.frameLocator('#host').frameLocator('iframe').locator(next));
    const staticMs = await measure(`${base}/static.html`, (p) => p.locator('h2'));
    bench('module_open_ms', moduleMs, 'ms');
    bench('static_open_ms', staticMs, 'ms');
    bench('module_open_ratio', moduleMs / staticMs, 'x');
    bench('module_open_hosted_ms', hostedMs, 'ms');
    bench('module_open_hosted_ratio', hostedMs / staticMs, 'x');
  } finally {
    await browser.close();
    server.close();
  }
}
