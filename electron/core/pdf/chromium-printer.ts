import fs from 'node:fs';
import type { chromium as Chromium } from 'playwright-core';
import { AppError } from '../errors';
import { PAGE, type PdfPrinter } from './pdf-printer';

/** Debian's Chromium, as the end-to-end tests use it; CHROMIUM_PATH names another. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || '/usr/bin/chromium';
}

function missing(what: string, hint: string, params: Record<string, string>): AppError {
  return new AppError({ code: 'IO', message: `A PDF cannot be made here: ${what}.`, hint, params });
}

/**
 * The PDF printer of the web harness and the CLI: a headless Chromium through playwright-core, started for one
 * print and closed after it. The document is self-contained, so the page gets no script and no network at all:
 * a learner's text that slipped past the escaping still could not run or fetch anything.
 */
export function createChromiumPrinter(executablePath = chromiumPath()): PdfPrinter {
  return async (html, options) => {
    if (!fs.existsSync(executablePath)) {
      throw missing(`Chromium was not found at ${executablePath}`, "Install it (Debian/Ubuntu: 'apt-get install -y chromium') or set CHROMIUM_PATH to its program, or export as Markdown.", { chromium: executablePath });
    }
    // Loaded only when a PDF is asked for: the CLI starts in a blink and playwright-core stays out of its bundle.
    let chromium: typeof Chromium;
    try {
      ({ chromium } = await import('playwright-core'));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw e;
      throw missing('playwright-core is not installed', "Run 'npm ci' in the Leerpad folder (playwright-core is one of its development packages), or export as Markdown.", { module: 'playwright-core' });
    }
    // --no-sandbox: CI and containers run as root, where Chromium's sandbox will not start; the page runs no script.
    const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort('blockedbyclient'));
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
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
    } finally {
      await browser.close();
    }
  };
}
