import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Command } from './command';
import { serveSpec } from './specs';
import { startWebHarness } from '../transport/web-harness';

function openInBrowser(url: string) {
  const [cmd, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  spawn(cmd, args, { stdio: 'ignore', detached: true }).on('error', () => undefined).unref();
}

export const serveCommand: Command = {
  ...serveSpec,
  async run(ctx) {
    const port = ctx.values.port === undefined ? 5179 : Number(ctx.values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      ctx.stderr(`error: --port must be a number from 0 to 65535, not '${String(ctx.values.port)}'`);
      return 1;
    }
    const harness = await startWebHarness({
      dataDir: ctx.dataDir,
      coursesDirs: ctx.coursesDirs,
      outDir: path.join(ctx.projectRoot, 'out'),
      port,
      version: ctx.version,
    });
    if (ctx.json) ctx.stdout(JSON.stringify({ url: harness.url, dataDir: ctx.dataDir }));
    else ctx.stdout(`Leerpad is running at ${harness.url}  (data: ${ctx.dataDir}; Ctrl+C stops)`);
    if (ctx.values.open) openInBrowser(harness.url);
    await new Promise<void>((resolve) => {
      const stop = () => {
        void harness.close().then(resolve);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
