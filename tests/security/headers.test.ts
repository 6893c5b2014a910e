import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CONTENT_SECURITY_POLICY, responseHeaders, type AssetResponse } from '../../electron/core/app/assets';
import { launchBrowser } from '../e2e/harness';
import { rawRequest, request, startHarness, type HttpAnswer } from '../helpers/harness-server';

const EVIL_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
<script>document.documentElement.setAttribute('data-ran', 'yes')</script><rect width="10" height="10"/></svg>`;
const EVIL_HTML = `<!doctype html><title>x</title><script>document.documentElement.setAttribute('data-ran', 'yes')</script>`;

/** Course authors' files, as helper routes serve them: marked untrusted. */
const courseMedia: Record<string, AssetResponse> = {
  'evil.svg': { status: 200, contentType: 'image/svg+xml', body: EVIL_SVG, untrusted: true },
  'page.html': { status: 200, contentType: 'text/html; charset=utf-8', body: EVIL_HTML, untrusted: true },
  'clip.mp4': { status: 200, contentType: 'video/mp4', body: Buffer.alloc(8), untrusted: true },
  'trusted-with-own-csp.html': { status: 200, contentType: 'text/html; charset=utf-8', body: EVIL_HTML, csp: "default-src 'none'" },
  'untrusted-with-own-csp.html': { status: 200, contentType: 'text/html; charset=utf-8', body: EVIL_HTML, csp: "script-src 'self'", untrusted: true },
};

function startWithMedia() {
  return startHarness({
    routes: (assets) => assets.route('/media/', (rest) => courseMedia[rest] ?? { status: 404, contentType: 'text/plain; charset=utf-8', body: 'no' }),
  });
}

function expectHardened(res: HttpAnswer, what: string) {
  expect(res.headers['content-security-policy'], what).toBeTruthy();
  expect(res.headers['x-content-type-options'], what).toBe('nosniff');
  expect(res.headers['referrer-policy'], what).toBe('no-referrer');
  expect(res.headers['cross-origin-resource-policy'], what).toBe('same-origin');
}

/** Read in the page; a string, as this project's Node-side types have no DOM. */
const ranMarker = "document.documentElement.getAttribute('data-ran')";

const sandboxed = (res: HttpAnswer) => String(res.headers['content-security-policy']).split('; ');

describe('response headers (issue 8, section 3)', () => {
  it('puts a CSP, nosniff, no-referrer and same-origin CORP on every kind of response', async () => {
    const { origin, port } = await startWithMedia();
    const answers: Record<string, HttpAnswer> = {
      'the app page': await request(`${origin}/`),
      'a missing file': await request(`${origin}/nope.js`),
      'a successful call': await request(`${origin}/rpc/app/info`, { method: 'POST', body: '{}' }),
      'a refused call': await request(`${origin}/rpc/app/info`, { method: 'POST', body: '{x' }),
      'a call with GET': await request(`${origin}/rpc/app/info`),
      'a foreign host': await request(`${origin}/`, { headers: { host: 'evil.example' } }),
      'a bad request target': await rawRequest(port, `GET * HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`),
      'an unparsable request': await rawRequest(port, 'BROKEN\r\n\r\n'),
      'course media': await request(`${origin}/media/evil.svg`),
    };
    for (const [what, res] of Object.entries(answers)) expectHardened(res, what);
  });

  it("keeps the app's own policy for the app's pages and sandboxes everything else", async () => {
    const { origin } = await startWithMedia();
    expect((await request(`${origin}/`)).headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const api = await request(`${origin}/rpc/app/info`, { method: 'POST', body: '{}' });
    expect(sandboxed(api)).toEqual(['sandbox', "default-src 'none'"]);
  });

  it('sandboxes course media whatever its type, even HTML, with only what the type needs', async () => {
    const { origin } = await startWithMedia();
    expect(sandboxed(await request(`${origin}/media/evil.svg`))).toEqual(['sandbox', "default-src 'none'", "img-src 'self'"]);
    expect(sandboxed(await request(`${origin}/media/clip.mp4`))).toEqual(['sandbox', "default-src 'none'", "media-src 'self'"]);
    expect(sandboxed(await request(`${origin}/media/page.html`))).toEqual(['sandbox', "default-src 'none'"]);
    // An untrusted file cannot bring a looser policy of its own.
    expect(sandboxed(await request(`${origin}/media/untrusted-with-own-csp.html`))).toEqual(['sandbox', "default-src 'none'"]);
    expect((await request(`${origin}/media/trusted-with-own-csp.html`)).headers['content-security-policy']).toBe("default-src 'none'");
  });

  it('offers downloads as attachments with the file name encoded', () => {
    const headers = responseHeaders({ contentType: 'application/zip', download: 'kkgk "1".zip' });
    expect(headers['content-disposition']).toBe("attachment; filename*=UTF-8''kkgk%20%221%22.zip");
  });
});

describe('course media opened directly in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['evil.svg', 'page.html'])('does not run the script in %s and gives it no origin of ours', async (file) => {
    const { origin } = await startWithMedia();
    const page = await browser.newPage();
    // The same bytes without our headers: proves the script would run, so the check below can fail.
    await page.route('**/control/*', (route) => route.fulfill({ body: courseMedia[file]!.body as string, contentType: courseMedia[file]!.contentType }));
    await page.goto(`${origin}/control/${file}`);
    expect(await page.evaluate(ranMarker)).toBe('yes');

    await page.goto(`${origin}/media/${file}`);
    expect(await page.evaluate(ranMarker)).toBeNull();
    expect(await page.evaluate('window.origin')).toBe('null');
    await page.close();
  });
});
