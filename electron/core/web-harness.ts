import fs from 'node:fs';
import path from 'node:path';
import { createAssetResolver, serveFile } from './assets';
import { AppError } from './errors';
import { SCO_PREFIX } from './scorm/app-trees';

export const EXPORTS_PREFIX = '/exports/';
import { createHandlers } from './handlers';
import { createServer } from './server';
import { openCore } from './services';

export interface WebHarnessOptions {
  dataDir: string;
  coursesDirs: string[];
  /** The electron-vite output folder holding renderer/ (and sco/). */
  outDir: string;
  port?: number;
  host?: string;
  version: string;
}

/** Core + the HTTP transport + the built renderer: what `leerpad serve` and the e2e tests run. */
export async function startWebHarness(options: WebHarnessOptions) {
  const rendererDir = path.join(options.outDir, 'renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new AppError({
      code: 'IO',
      message: `The renderer is not built: ${path.join(rendererDir, 'index.html')} is missing.`,
      hint: 'Run `npm run build` first, or use `npm run web`, which builds and serves.',
    });
  }
  const core = openCore({
    dataDir: options.dataDir,
    coursesDirs: options.coursesDirs,
    host: 'web',
    version: options.version,
    runtimeDir: path.join(options.outDir, 'sco'),
  });
  const assets = createAssetResolver({ rendererDir });
  assets.route(SCO_PREFIX, (rest) => core.trees.serve(rest));
  assets.route(EXPORTS_PREFIX, (rest) => {
    const res = serveFile(core.exportsDir, rest);
    return res.status === 200 ? { ...res, download: path.basename(decodeURIComponent(rest)) } : res;
  });
  const server = createServer({ handlers: createHandlers(core), assets, port: options.port, host: options.host });
  let url: string;
  try {
    url = await server.listen();
  } catch (e) {
    core.close();
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') {
      throw new AppError({
        code: 'IO',
        message: `Port ${options.port} is already in use.`,
        hint: 'Stop the other program or choose another port with --port.',
      });
    }
    throw e;
  }
  return {
    url: `${url}/`,
    core,
    async close() {
      await server.close();
      core.close();
    },
  };
}
