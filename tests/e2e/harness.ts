import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startWebHarness } from '../../electron/core/transport/web-harness';

export const ROOT = path.resolve(__dirname, '../..');
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'leerpad-e2e-'));
}

/** The real web harness on a free port, serving the built renderer from out/. */
export async function startApp(dataDir: string, coursesDirs = [path.join(ROOT, 'courses')]) {
  return startWebHarness({ dataDir, coursesDirs, outDir: path.join(ROOT, 'out'), port: 0, version: 'e2e' });
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with 'apt-get install -y chromium' (.ci/run does).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  (page as Page & { collectedErrors: string[] }).collectedErrors = errors;
  return { context, page };
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { collectedErrors?: string[] }).collectedErrors ?? [];
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * Fills in the profile form (first run or "Nieuw profiel"), the PIN twice when there is one, and
 * submits it; core signs the new profile in at once, so this waits until the app says so.
 */
export async function createProfile(page: Page, name: string, pin?: string) {
  await page.getByLabel('Je naam of bijnaam').fill(name);
  if (pin) {
    await page.getByLabel('Pincode (mag leeg blijven)').fill(pin);
    await page.getByLabel('Herhaal je pincode').fill(pin);
  }
  await page.getByRole('button', { name: 'Profiel aanmaken' }).click();
  await page.getByText(`Ingelogd als ${name}`).waitFor();
}
