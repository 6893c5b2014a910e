import fs from 'node:fs';
import path from 'node:path';
import { createAssetResolver, notFound, serveFile } from '../app/assets';
import { createContentServer } from './content-server';
import { appPolicy, createContentSite, withPolicy, type AssetSource } from '../app/content-site';
import { AppError } from '../errors';
import { EXPORTS_PREFIX } from '../app/export';
import { createChromiumPrinter } from '../pdf/chromium-printer';
import { createServer } from './server';
import { openRestorableCore } from '../app/backup-restore';

export interface WebHarnessOptions {
  dataDir: string;
  coursesDirs: string[];
  /** The build output folder holding renderer/, sco/ and lms-host/. */
  outDir: string;
  port?: number;
  host?: string;
  version: string;
}

/**
 * The origins a browser may reach the app's listener on (server.ts accepts these Host names). Not
 * `[::1]`: CSP source expressions cannot name an IPv6 address, and the harness listens on IPv4.
 */
function appOriginsOf(appUrl: string): string[] {
  const port = new URL(appUrl).port;
  return [...new Set([appUrl.replace(/\/$/, ''), `http://127.0.0.1:${port}`, `http://localhost:${port}`])];
}

function requireBuilt(file: string) {
  if (!fs.existsSync(file)) {
    throw new AppError({
      code: 'IO',
      message: `The app is not built: ${file} is missing.`,
      hint: 'Run `npm run build` first, or use `npm run web`, which builds and serves.',
    });
  }
}

function portInUse(e: unknown, port: number | undefined): unknown {
  if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') return e;
  return new AppError({
    code: 'IO',
    message: `Port ${port} is already in use.`,
    hint: 'Stop the other program or choose another port with --port.',
  });
}

/**
 * Core + the HTTP transport + the built renderer: what `leerpad serve` and the e2e tests run. Two
 * listeners: the app (renderer, `/rpc`) and, on a free port, the content origin where SCOs play.
 */
export async function startWebHarness(options: WebHarnessOptions) {
  const rendererDir = path.join(options.outDir, 'renderer');
  const hostDir = path.join(options.outDir, 'lms-host');
  requireBuilt(path.join(rendererDir, 'index.html'));
  requireBuilt(path.join(hostDir, 'index.html'));

  let site: AssetSource | null = null;
  let appOrigins: string[] = [];
  const content = createContentServer({ site: { resolve: (p) => site?.resolve(p) ?? notFound() }, host: options.host });
  const contentOrigin = await content.listen();
  // A restore from the Settings screen replaces the core while the harness runs (backup-restore.ts).
  let core: ReturnType<typeof openRestorableCore>;
  try {
    core = openRestorableCore({
      dataDir: options.dataDir,
      coursesDirs: options.coursesDirs,
      host: 'web',
      version: options.version,
      runtimeDir: path.join(options.outDir, 'sco'),
      contentOrigin,
      printPdf: createChromiumPrinter(),
    });
  } catch (e) {
    await content.close();
    throw e;
  }
  const opened = core;
  site = createContentSite({ trees: opened.trees, hostDir, appOrigins: () => appOrigins });
  const assets = withPolicy(createAssetResolver({ rendererDir }), appPolicy(contentOrigin));
  assets.route(EXPORTS_PREFIX, (rest) => {
    const res = serveFile(opened.core.exportsDir, rest);
    return res.status === 200 ? { ...res, download: path.basename(decodeURIComponent(rest)) } : res;
  });
  const server = createServer({ handlers: opened.handlers, assets, port: options.port, host: options.host, uploads: opened.uploads });
  let url: string;
  try {
    url = await server.listen();
  } catch (e) {
    await content.close();
    opened.close();
    throw portInUse(e, options.port);
  }
  appOrigins = appOriginsOf(url);
  return {
    url: `${url}/`,
    contentOrigin,
    get core() {
      return opened.core;
    },
    async close() {
      await Promise.all([server.close(), content.close()]);
      opened.close();
    },
  };
}
