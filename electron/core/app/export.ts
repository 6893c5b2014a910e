import path from 'node:path';
import type { ExportRequest, ExportResult, ExportTarget, PackagingAdvice } from '../contract';
import type { Core } from './services';
import { selectModules } from '../scorm/export-options';
import { guideForExport, partsOf } from '../scorm/guide/for-export';
import { recommendedPackaging } from '../scorm/packaging-advice';
import { runExport } from '../scorm/pipeline';

/** Where the web harness serves the packages made in the app, so the Export screen can link a download. */
export const EXPORTS_PREFIX = '/exports/';

/** The Export screen asks this whenever course, modules, edition, reflections or LMS change. */
export function packagingAdvice(core: Core, request: ExportTarget): PackagingAdvice {
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
  const built = await runExport({
    course,
    courseDir: core.catalog.dirOf(request.courseId),
    options,
    dirs: { runtimeDir: core.runtimeDir, schemasDir: core.schemasDir },
    writeTo: (fileName) => path.join(core.exportsDir, fileName),
  });
  const written = built.file !== null;
  const parts = partsOf(built);
  // The guide describes the package that was written, so it is read from what was built.
  const guide = written ? guideForExport(course, options, built, request.language) : null;
  const web = core.info().host === 'web';
  return {
    written,
    fileName: built.fileName,
    bytes: built.zip.byteLength,
    path: built.file,
    downloadUrl: written && web ? `.${EXPORTS_PREFIX}${encodeURIComponent(built.fileName)}` : null,
    findings: built.findings,
    packaging: built.packaging,
    ...(parts ? { parts } : {}),
    guide,
  };
}
