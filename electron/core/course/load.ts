import fs from 'node:fs';
import path from 'node:path';
import type { CourseDocument, ModuleDocument, ValidationIssue } from '../contract';
import { readCourseFile } from './course-file';
import { IdRegistry } from './ids';
import { IssueList, sortIssues } from './issues';
import { LinkChecker } from './links';
import { compileModule } from './module-compiler';

export interface LoadedCourse {
  /**
   * The compiled course, or null when course.yaml cannot be read or validated. A course is only
   * fit to play when `issues` holds no errors: module documents may be partial otherwise.
   */
  course: CourseDocument | null;
  issues: ValidationIssue[];
}

const COURSE_FILE = 'course.yaml';

/** Compiles a course folder and reports every problem in every file in one pass. */
export function loadCourse(dir: string): LoadedCourse {
  const issues = new IssueList();
  const courseIssues = issues.forFile(COURSE_FILE);
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, COURSE_FILE), 'utf8').replace(/^\uFEFF/, '');
  } catch {
    const missingDir = !fs.existsSync(dir);
    courseIssues.error(
      missingDir ? 'course.not-found' : 'course.yaml-missing',
      undefined,
      missingDir ? `the course folder '${dir}' does not exist` : `there is no course.yaml in '${dir}'`,
      missingDir ? 'check the path of the course folder' : 'create course.yaml as described in courses/README.md',
      { dir },
    );
    return { course: null, issues: issues.all };
  }

  const courseFile = readCourseFile(dir, text, courseIssues);
  const ids = new IdRegistry();
  const links = new LinkChecker(dir);
  const modules: ModuleDocument[] = [];
  const order = [COURSE_FILE];
  for (const entry of courseFile.modules ?? []) {
    order.push(entry.file);
    const source = fs.readFileSync(path.join(dir, entry.file), 'utf8').replace(/^\uFEFF/, '');
    const compiled = compileModule(entry.file, source, issues.forFile(entry.file), { ids, links, levers: courseFile.levers });
    if (compiled) modules.push(compiled);
  }
  if (courseFile.modules)
    warnUnlisted(
      dir,
      courseFile.modules.map((m) => m.file),
      issues,
    );
  if (courseFile.meta && courseFile.meta.id !== path.basename(path.resolve(dir))) {
    courseIssues.warning(
      'course.id-folder',
      undefined,
      `the course id '${courseFile.meta.id}' differs from its folder name '${path.basename(path.resolve(dir))}'`,
      'give the folder the same name as the course id',
      { id: courseFile.meta.id, folder: path.basename(path.resolve(dir)) },
    );
  }

  const course = courseFile.meta ? { ...courseFile.meta, modules } : null;
  return { course, issues: sortIssues(issues.all, order) };
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
    if (!name.endsWith('.md') || listed.includes(file)) continue;
    issues
      .forFile(file)
      .warning(
        'module.unlisted',
        undefined,
        `the module file '${file}' is not listed in course.yaml`,
        "add it to 'modules:' in course.yaml, or delete it",
        { file },
      );
  }
}
