import fs from 'node:fs';
import path from 'node:path';
import type { ExportRequest, ExportResult } from '../contract';
import type { Core } from '../services';
import { packageWithFindings } from './export';

/**
 * The app's Export screen: build and check the package, and write it to the data folder's
 * exports/ only when the preflight found no errors. A refused export returns its findings
 * (not an error) so the lecturer sees every problem with its fix.
 */
export async function writePackage(core: Core, request: ExportRequest): Promise<ExportResult> {
  const course = core.catalog.open(request.courseId);
  const built = await packageWithFindings(
    course,
    core.catalog.dirOf(request.courseId),
    { edition: request.edition, modules: request.modules, reflections: request.reflections, mastery: request.mastery, lms: request.lms },
    { runtimeDir: core.runtimeDir, schemasDir: core.schemasDir },
  );
  const written = !built.findings.some((f) => f.severity === 'error');
  let file: string | null = null;
  if (written) {
    fs.mkdirSync(core.exportsDir, { recursive: true });
    file = path.join(core.exportsDir, built.fileName);
    // Write beside, then rename: a crash never leaves a half-written zip under the final name.
    const partial = `${file}.partial`;
    fs.writeFileSync(partial, built.zip);
    fs.renameSync(partial, file);
  }
  const web = core.info().host === 'web';
  return {
    written,
    fileName: built.fileName,
    bytes: built.zip.byteLength,
    path: file,
    downloadUrl: written && web ? `./exports/${encodeURIComponent(built.fileName)}` : null,
    findings: built.findings,
    packaging: 'sco-per-module',
    guide: null,
  };
}
