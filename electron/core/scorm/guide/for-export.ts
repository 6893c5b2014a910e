import type { CourseDocument, ExportResult, GuideLanguage, UploadGuide } from '../../contract';
import { selectModules, type ExportOptions } from '../export-options';
import type { BuiltExport } from '../package-build';
import { guideFacts } from './facts';
import { uploadGuide } from './index';

/** The single-SCO packages inside a `package-per-module` zip, in course order; none for the other packagings. */
export function partsOf(built: BuiltExport): ExportResult['parts'] {
  if (built.packaging !== 'package-per-module') return undefined;
  return built.packages.map((p) => ({ fileName: p.fileName, moduleId: p.moduleId ?? '', bytes: p.zip.byteLength }));
}

/**
 * The upload guide of an export that was written, read from what was built. `fileName` is the
 * name the lecturer has on disk (the CLI's --out may differ from the built name).
 */
export function guideForExport(course: CourseDocument, options: ExportOptions, built: BuiltExport, language?: GuideLanguage, fileName = built.fileName): UploadGuide {
  const facts = guideFacts(course, {
    lms: options.lms ?? 'generic',
    packaging: built.packaging,
    edition: options.edition,
    reflections: options.reflections ?? 'private',
    fileName,
    moduleIds: selectModules(course, options.modules),
    parts: partsOf(built),
  });
  return uploadGuide(facts, language);
}

/** The guide as the CLI prints it: the title, each heading, its steps numbered. */
export function guideLines(guide: UploadGuide): string[] {
  return [guide.title, ...guide.sections.flatMap((s) => ['', `  ${s.heading}`, ...s.steps.map((text, i) => `    ${i + 1}. ${text}`)])];
}
