import fs from 'node:fs';
import path from 'node:path';

/**
 * The nearest folder at or above `fromDir` that holds Leerpad's package.json. The CLI runs from its
 * source (electron/core under tsx and vitest) or from the bundle (out/cli), from any working
 * directory and through the `leerpad` bin link; only its own location says where courses/, out/sco
 * and build/scorm-schemas are.
 */
export function findProjectRoot(fromDir: string): string {
  for (let dir = path.resolve(fromDir); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(fromDir, '..', '..');
  }
}
