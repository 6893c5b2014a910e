import fs from 'node:fs';
import path from 'node:path';

/**
 * The nearest folder at or above `fromDir` that holds Leerpad's package.json. Core runs from its
 * source (tsx, vitest), from a bundle (out/cli, out/main) or from inside the app's asar, from any
 * working directory and through the `leerpad` bin link; only its own location says where courses/,
 * out/sco and build/scorm-schemas are.
 */
export function findProjectRoot(fromDir: string): string {
  for (let dir = path.resolve(fromDir); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(fromDir, '..', '..');
  }
}
