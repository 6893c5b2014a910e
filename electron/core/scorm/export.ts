import type { CourseDocument } from '../contract';
import { AppError } from '../errors';
import type { ExportDirs, ExportOptions } from './export-options';
import { packageFiles, zipExport, type BuiltExport } from './package-build';
import { describeFinding, hasErrors, preflightZip, type Finding } from './preflight';
import { validateManifestXsd } from './xsd';

export type { ExportDirs, ExportOptions, LmsTarget } from './export-options';

export interface ExportResult extends BuiltExport {
  /** The preflight's findings; from exportCourse only warnings and notes (errors refuse the export). */
  findings: Finding[];
}

/** The package with its preflight findings, errors included: for callers that report before refusing (the CLI). */
export async function packageWithFindings(course: CourseDocument, courseDir: string, options: ExportOptions, dirs: ExportDirs): Promise<ExportResult> {
  const parts = packageFiles(course, courseDir, options, dirs);
  // The schema check runs in a worker: started now, it overlaps the zipping, and the preflight's
  // own call for the same manifest gets this result. Not for a zip of packages: a worker per
  // package at once would hold a wasm heap each, and the preflight checks them one by one anyway.
  if (parts.packages.length === 1) validateManifestXsd(parts.packages[0]!.manifest, options.edition, dirs.schemasDir).catch(() => undefined);
  const built = zipExport(parts);
  // The written zip is checked as a lecturer's `preflight` would check it: a zip of packages package by package.
  const findings = await preflightZip(built.zip, { schemasDir: dirs.schemasDir, edition: options.edition, lms: options.lms });
  return { ...built, findings };
}

/**
 * A SCORM package of the course, checked by the same preflight a lecturer can run on any zip.
 * A package with errors is refused rather than returned: an upload that installs but loses
 * learners' progress or grades is worse than no upload.
 */
export async function exportCourse(course: CourseDocument, courseDir: string, options: ExportOptions, dirs: ExportDirs): Promise<ExportResult> {
  const result = await packageWithFindings(course, courseDir, options, dirs);
  const errors = result.findings.filter((f) => f.severity === 'error');
  if (hasErrors(errors)) {
    throw new AppError({
      code: 'EXPORT_REFUSED',
      message: `The ${options.edition} package of '${course.id}' fails ${errors.length} preflight check(s):\n${errors.map(describeFinding).join('\n')}`,
      hint: errors[0]!.fix,
      params: { courseId: course.id, edition: options.edition, errors: errors.length, rules: [...new Set(errors.map((e) => e.rule))].join(',') },
    });
  }
  return result;
}
