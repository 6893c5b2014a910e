import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { chromiumPath, createChromiumPrinter } from '../../../../electron/core/pdf/chromium-printer';

describe('the Chromium PDF printer (web harness and CLI)', () => {
  it('fetches nothing a document points to: images, styles, frames and fonts are never requested', { timeout: 60_000 }, async () => {
    const asked: string[] = [];
    const server = http.createServer((req, res) => {
      asked.push(req.url ?? '');
      res.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const html = `<!doctype html><html><head><link rel="stylesheet" href="${base}/style.css"><style>@import url("${base}/import.css"); @font-face { font-family: X; src: url("${base}/font.woff2"); } body { font-family: X; background: url("${base}/bg.png"); }</style></head>
        <body><p>Mijn tekst</p><img src="${base}/pixel.png"><iframe src="${base}/frame.html"></iframe><script src="${base}/script.js"></script></body></html>`;
      const pdf = await createChromiumPrinter()(html, { footerTemplate: '<span></span>' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(asked).toEqual([]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('says where Chromium was looked for and how to install it when it is missing', async () => {
    const printer = createChromiumPrinter('/nowhere/chromium');
    await expect(printer('<p>x</p>', { footerTemplate: '' })).rejects.toMatchObject({
      code: 'IO',
      message: 'A PDF cannot be made here: Chromium was not found at /nowhere/chromium.',
      hint: expect.stringContaining("apt-get install -y chromium') or set CHROMIUM_PATH"),
    });
  });

  it('takes Chromium from CHROMIUM_PATH, else Debian\'s /usr/bin/chromium', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chromium/chrome' })).toBe('/opt/chromium/chrome');
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
  });
});
