import fs from 'node:fs';
import path from 'node:path';
import type { ExportRequest, ExportResult, PackagingAdvice } from '../contract';
import type { Core } from '../services';
import { packageWithFindings } from './export';
import { selectModules } from './export-options';
import { guideForExport, partsOf } from './guide/for-export';
import { recommendedPackaging } from './packaging-advice';

type AdviceRequest = Pick<ExportRequest, 'courseId' | 'edition' | 'modules' | 'reflections' | 'lms'>;

/** The Export screen asks this whenever course, modules, edition, reflections or LMS change. */
export function packagingAdvice(core: Core, request: AdviceRequest): PackagingAdvice {
  const course = core.catalog.open(request.courseId);
  const { edition, reflections, lms } = request;
  return recommendedPackaging(course, selectModules(course, request.modules), { edition, reflections, lms });
}

/**
 * The app's Export screen: build and check the package, and write it to the data folder's
 * exports/ only when the preflight found no errors. A refused export returns its findings
 * (not an error) so the lecturer sees every problem with its fix.
 */
export async function writePackage(core: Core, request: ExportRequest): Promise<ExportResult> {
  const course = core.catalog.open(request.courseId);
  const { edition, modules, reflections, mastery, lms, packaging } = request;
  const options = { edition, modules, reflections, mastery, lms, packaging };
  const built = await packageWithFindings(course, core.catalog.dirOf(request.courseId), options, { runtimeDir: core.runtimeDir, schemasDir: core.schemasDir });
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
  const parts = partsOf(built);
  // The guide describes the package that was written, so it is read from what was built.
  const guide = written ? guideForExport(course, options, built, request.language) : null;
  const web = core.info().host === 'web';
  return {
    written,
    fileName: built.fileName,
    bytes: built.zip.byteLength,
    path: file,
    downloadUrl: written && web ? `./exports/${encodeURIComponent(built.fileName)}` : null,
    findings: built.findings,
    packaging: built.packaging,
    ...(parts ? { parts } : {}),
    guide,
  };
}
