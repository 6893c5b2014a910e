import type { CoursePath } from './course-paths';
import type { At, FileIssues, IssueList } from './issues';
import type { CourseFiles, MediaProblem } from './media-check';
import { ALLOWED_EXTENSIONS } from './media-types';

/** The same list as a param: comma-separated, the UI quotes and joins it in its own language. */
const ALLOWED_PARAM = ALLOWED_EXTENSIONS.join(',');

/**
 * Reports a path that leaves the course or cannot be read. `at` is where it was found: a link in a
 * module, or the file itself (no line). A file a module uses and cannot have is an error; a stray
 * one is skipped with a warning. Returns false when the path may not be used.
 */
export function reportPath(issues: FileIssues, at: At, file: string, where: CoursePath, used = false): boolean {
  switch (where.state) {
    case 'outside':
      issues.error('file.outside-course', at, { file, target: where.target });
      return false;
    case 'unreadable':
      if (used) issues.error('file.unreadable', at, { file, reason: where.reason, handling: 'refused' });
      else issues.warning('file.unreadable', at, { file, reason: where.reason, handling: 'skipped' });
      return false;
    case 'dangling':
      issues.warning('file.dangling-link', at, { file, target: where.target });
      return false;
    default:
      return true;
  }
}

/**
 * Reports what is wrong with a media file. Type and content problems concern the whole file and are
 * reported where it was found (`issues`, `at`); SVG problems have a line in the SVG itself, so they
 * are reported on that file, once.
 */
export function reportMedia(list: IssueList, files: CourseFiles, issues: FileIssues, at: At, file: string, problems: MediaProblem[]): void {
  const own = list.forFile(file);
  const firstReport = !files.reported.has(file);
  files.reported.add(file);
  for (const p of problems) {
    switch (p.code) {
      case 'media.type-refused':
        issues.error('media.type-refused', at, { file, ext: p.ext, refused: p.refused, allowed: ALLOWED_PARAM });
        break;
      case 'media.content-mismatch':
        issues.error('media.content-mismatch', at, { file, ext: p.ext, found: p.found });
        break;
      case 'svg.invalid':
        if (firstReport)
          own.error('svg.invalid', p.line ? { line: p.line } : undefined, { file, reason: p.reason });
        break;
      case 'svg.script':
        if (firstReport)
          own.error('svg.script', { line: p.line }, { file, rule: p.rule, name: p.name });
        break;
    }
  }
}
