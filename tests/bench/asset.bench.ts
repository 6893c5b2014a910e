import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../../electron/core/app/services';
import { bench, median, timeMs } from './stats';

const COURSES = path.resolve(__dirname, '../../courses');
const COURSE_ID = 'kleine-kinderen-grote-kansen';
const N = 200;

/**
 * A module file served to the player (`/sco/<course>/<module>/index.html`) from the compiled-course
 * cache, beside the same request after a `catalog.open` (the folder walked and its stamp checked),
 * which is what every request cost when it re-read the course folder. Same core, same run.
 */
export function benchAssetRequests() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerpad-bench-asset-'));
  const core = openCore({ dataDir: dir, coursesDirs: [COURSES], host: 'cli', version: 'bench' });
  try {
    const moduleId = core.catalog.open(COURSE_ID).modules[0]!.id;
    const url = `${COURSE_ID}/${moduleId}/index.html`;
    const serve = () => {
      if (core.trees.serve(url).status !== 200) throw new Error(`${url} was not served`);
    };
    serve();
    const warm = Array.from({ length: N }, () => timeMs(serve));
    const reread = Array.from({ length: N }, () =>
      timeMs(() => {
        core.catalog.open(COURSE_ID);
        serve();
      }),
    );
    bench('asset_request_cached_median_ms', median(warm), 'ms');
    bench('asset_request_reread_median_ms', median(reread), 'ms');
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
