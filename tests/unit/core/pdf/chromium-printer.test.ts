import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumPath, createChromiumPrinter } from '../../../../electron/core/pdf/chromium-printer';
import type { PdfDocument } from '../../../../electron/core/pdf/pdf-printer';
import { tempDir } from '../../../helpers/temp';

/** The Chromium processes this test process started (ps lists itself too, so the list is never empty). */
function chromiumChildren(): string[] {
  const ps = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return ps.split('\n').filter((line) => /chrom/i.test(line));
}

/** The text poppler reads back from a PDF, white space made single spaces. */
function textOf(pdf: Buffer): string {
  const file = path.join(tempDir(), 'doc.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ').trim();
}

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

  it('prints a batch with one Chromium: every document its own PDF, in the order given, none fetching anything', { timeout: 60_000 }, async () => {
    const asked: string[] = [];
    const server = http.createServer((req, res) => {
      asked.push(req.url ?? '');
      res.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const names = ['Noor Peeters', 'Jonas De Smet', 'Amira El Amrani'];
      const running: string[][] = [];
      const docs = names.map((name, i): PdfDocument => ({
        // Read by the printer as it prints this document: which Chromium runs then.
        get html() {
          running.push(chromiumChildren());
          return `<!doctype html><html><head><link rel="stylesheet" href="${base}/${i}.css"></head><body><p>Attest voor ${name}</p><img src="${base}/${i}.png"></body></html>`;
        },
        options: { footerTemplate: '<span></span>' },
      }));
      const pdfs = await createChromiumPrinter().many!(docs);
      expect(pdfs.map(textOf)).toEqual(names.map((name) => `Attest voor ${name}`));
      expect(asked).toEqual([]);
      expect(running).toHaveLength(3);
      expect(running[0]).toHaveLength(1);
      expect(running.every((seen) => seen.join() === running[0]!.join())).toBe(true);
      expect(chromiumChildren()).toEqual([]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('closes Chromium when a document of a batch cannot be printed, and passes the failure on', { timeout: 60_000 }, async () => {
    let whilePrinting: string[] = [];
    const first = {
      // Read by the printer once Chromium runs: the moment to see that it does.
      get html() {
        whilePrinting = chromiumChildren();
        return '<p>Eerste attest</p>';
      },
      options: { footerTemplate: '' },
    };
    const broken = { html: undefined as unknown as string, options: { footerTemplate: '' } };
    await expect(createChromiumPrinter().many!([first, broken])).rejects.toThrow(/expected string/);
    expect(whilePrinting).toHaveLength(1);
    expect(chromiumChildren()).toEqual([]);
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
