/**
 * Child process that opens Leerpad's core on a data folder, as a second app instance or harness
 * would. `open`: prints `{ ok: true }` or the AppError's data as JSON, then exits. `hold`: prints
 * `holding` and keeps the folder open until it is killed.
 */
import { toErrorData } from '../../electron/core/errors';
import { openCore } from '../../electron/core/app/services';

const [mode, dataDir] = process.argv.slice(2);
try {
  const core = openCore({ dataDir: dataDir!, coursesDirs: [], host: 'cli', version: 'child' });
  if (mode === 'hold') {
    process.stdout.write('holding\n');
    setInterval(() => undefined, 60_000);
  } else {
    core.close();
    process.stdout.write(`${JSON.stringify({ ok: true })}\n`);
  }
} catch (e) {
  process.stdout.write(`${JSON.stringify({ ok: false, error: toErrorData(e) })}\n`);
}
