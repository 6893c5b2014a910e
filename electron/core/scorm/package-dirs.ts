import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import type { ExportDirs } from './export-options';

/**
 * Where export finds its inputs in a Leerpad checkout or install: the built SCO runtime (out/sco,
 * made by `npm run build`) and the official schema sets (build/scorm-schemas).
 */
export function packageDirs(projectRoot: string): ExportDirs {
  const runtimeDir = path.join(projectRoot, 'out', 'sco');
  if (!fs.existsSync(path.join(runtimeDir, 'sco.js'))) {
    throw new AppError({
      code: 'IO',
      message: `The SCO runtime is not built: ${path.join(runtimeDir, 'sco.js')} is missing.`,
      hint: 'Run `npm run build` first (it builds out/sco, which every package carries).',
    });
  }
  return { runtimeDir, schemasDir: path.join(projectRoot, 'build', 'scorm-schemas') };
}
