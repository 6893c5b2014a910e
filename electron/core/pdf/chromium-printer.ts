import fs from 'node:fs';
import type { chromium as Chromium, Page } from 'playwright-core';
import { AppError } from '../errors';
import { PAGE, type PdfDocument, type PdfPrinter, type PdfPrintOptions } from './pdf-printer';

/** Debian's Chromium, as the end-to-end tests use it; CHROMIUM_PATH names another. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || '/usr/bin/chromium';
}

function missing(what: string, hint: string, params: Record<string, string>): AppError {
  return new AppError({ code: 'IO', message: `A PDF cannot be made here: ${what}.`, hint, params });
}

async function loadChromium(executablePath: string): Promise<typeof Chromium> {
  if (!fs.existsSync(executablePath)) {
    throw missing(`Chromium was not found at ${executablePath}`, "Install it (Debian/Ubuntu: 'apt-get install -y chromium') or set CHROMIUM_PATH to its program, or export as Markdown.", { chromium: executablePath });
  }
  // Loaded only when a PDF is asked for: the CLI starts in a blink and playwright-core stays out of its bundle.
  try {
    return (await import('playwright-core')).chromium;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw e;
    throw missing('playwright-core is not installed', "Run 'npm ci' in the Leerpad folder (playwright-core is one of its development packages), or export as Markdown.", { module: 'playwright-core' });
  }
}

async function print(page: Page, { html, options }: PdfDocument): Promise<Buffer> {
  await page.setContent(html, { waitUntil: 'load' });
  return page.pdf({
    width: `${PAGE.widthInches}in`,
    height: `${PAGE.heightInches}in`,
    margin: {
      top: `${PAGE.margins.top}in`,
      bottom: `${PAGE.margins.bottom}in`,
      left: `${PAGE.margins.left}in`,
      right: `${PAGE.margins.right}in`,
    },
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: options.footerTemplate,
    outline: true,
    tagged: true,
  });
}

/**
 * The PDF printer of the web harness and the CLI: a headless Chromium through playwright-core, started for one
 * print or one batch (`many`) and closed after it, also when a print fails. The documents are self-contained,
 * so the page gets no script and no network at all: a learner's text that slipped past the escaping still could
 * not run or fetch anything.
 */
export function createChromiumPrinter(executablePath = chromiumPath()): PdfPrinter {
  async function many(docs: readonly PdfDocument[]): Promise<Buffer[]> {
    if (docs.length === 0) return [];
    const chromium = await loadChromium(executablePath);
    // --no-sandbox: CI and containers run as root, where Chromium's sandbox will not start; the page runs no script.
    const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      await context.route('**/*', (route) => route.abort('blockedbyclient'));
      // One page for the batch: each setContent replaces the whole document (no script ever ran in it), and a
      // new page per document took two to three times as long per print here.
      const page = await context.newPage();
      const pdfs: Buffer[] = [];
      for (const doc of docs) pdfs.push(await print(page, doc));
      return pdfs;
    } finally {
      await browser.close();
    }
  }
  return Object.assign(async (html: string, options: PdfPrintOptions) => (await many([{ html, options }]))[0]!, { many });
}
