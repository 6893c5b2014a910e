import fs from 'node:fs';
import path from 'node:path';
import type { CourseDocument, ModuleDocument, ValidationIssue } from '../contract';
import { readCourseFile } from './course-file';
import { checkCourseFolder } from './course-folder';
import type { CourseWalk } from './course-paths';
import { IdRegistry } from './ids';
import { StemRegistry } from './stems';
import { IssueList, sortIssues, type FileIssues } from './issues';
import { LinkChecker } from './links';
import { CourseFiles } from './media-check';
import { reportPath } from './media-issues';
import { compileModule } from './module-compiler';
import { checkModuleShape } from './module-shape';

export interface LoadedCourse {
  /**
   * The compiled course, or null when course.yaml cannot be read or validated. A course is only
   * fit to play when `issues` holds no errors: module documents may be partial otherwise.
   */
  course: CourseDocument | null;
  issues: ValidationIssue[];
}

const COURSE_FILE = 'course.yaml';

/**
 * Compiles a course folder and reports every problem in every file in one pass. `walk` is the
 * folder's listing when the caller already has it (the catalog does, for its change check).
 */
export function loadCourse(dir: string, walk?: CourseWalk): LoadedCourse {
  const issues = new IssueList();
  const courseIssues = issues.forFile(COURSE_FILE);
  const files = new CourseFiles(dir);
  const text = readCourseYaml(dir, files, courseIssues);
  if (text === undefined) return { course: null, issues: issues.all };

  const courseFile = readCourseFile(files, text, courseIssues);
  const ids = new IdRegistry();
  const stems = new StemRegistry();
  const links = new LinkChecker(files, issues);
  const modules: ModuleDocument[] = [];
  const order = [COURSE_FILE];
  for (const entry of courseFile.modules ?? []) {
    order.push(entry.file);
    let source: string;
    try {
      source = fs.readFileSync(entry.real, 'utf8').replace(/^\uFEFF/, '');
    } catch (e) {
      reportPath(courseIssues, entry, entry.file, { state: 'unreadable', reason: reasonOf(e) }, true);
      continue;
    }
    const fileIssues = issues.forFile(entry.file);
    if (!checkModuleShape(source, fileIssues)) continue;
    const compiled = compileModule(entry.file, source, fileIssues, { ids, links, stems, levers: courseFile.levers });
    if (compiled) modules.push(compiled);
  }
  if (courseFile.modules)
    warnUnlisted(
      dir,
      courseFile.modules.map((m) => m.file),
      issues,
    );
  checkCourseFolder(files, issues, walk);
  if (courseFile.meta && courseFile.meta.id !== path.basename(path.resolve(dir))) {
    courseIssues.warning('course.id-folder', undefined, { id: courseFile.meta.id, folder: path.basename(path.resolve(dir)) });
  }

  const course = courseFile.meta ? { ...courseFile.meta, modules } : null;
  return { course, issues: sortIssues(issues.all, order) };
}

const reasonOf = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** course.yaml's text, or undefined when there is none to read (the issue says why). */
function readCourseYaml(dir: string, files: CourseFiles, issues: FileIssues): string | undefined {
  if (!files.realRoot && !fs.existsSync(dir)) {
    issues.error('course.not-found', undefined, { dir });
    return undefined;
  }
  const where = files.resolve(COURSE_FILE);
  if (where.state === 'outside') {
    reportPath(issues, undefined, COURSE_FILE, where, true);
    return undefined;
  }
  let reason = where.state === 'unreadable' ? where.reason : undefined;
  if (where.state === 'file') {
    try {
      return fs.readFileSync(where.real, 'utf8').replace(/^\uFEFF/, '');
    } catch (e) {
      reason = reasonOf(e);
    }
  }
  if (reason) {
    issues.error('course.unreadable', undefined, { dir, reason });
  } else {
    issues.error('course.yaml-missing', undefined, { dir });
  }
  return undefined;
}

/** A module file that is not listed is never shown; it is probably forgotten, not meant to be hidden. */
function warnUnlisted(dir: string, listed: string[], issues: IssueList): void {
  let names: string[];
  try {
    names = fs.readdirSync(path.join(dir, 'modules'));
  } catch {
    return;
  }
  for (const name of names.sort()) {
    const file = `modules/${name}`;
    // `.#01-welkom.md` is an editor's lock file, not a forgotten module.
    if (!name.endsWith('.md') || name.startsWith('.') || listed.includes(file)) continue;
    issues
      .forFile(file)
      .warning('module.unlisted', undefined, { file });
  }
}
