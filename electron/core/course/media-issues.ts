import type { CoursePath } from './course-paths';
import type { At, FileIssues, IssueList } from './issues';
import type { CourseFiles, MediaProblem } from './media-check';
import { ALLOWED_EXTENSIONS } from './media-types';

const ALLOWED = ALLOWED_EXTENSIONS.join(', ');
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
      issues.error(
        'file.outside-course',
        at,
        `'${file}' is a link to '${where.target}', outside the course folder`,
        'copy the file itself into the course folder instead of linking to it',
        { file, target: where.target },
      );
      return false;
    case 'unreadable': {
      const message = `'${file}' cannot be read (${where.reason})`;
      const hint = 'check that the file exists and that this user may read it';
      if (used) issues.error('file.unreadable', at, message, hint, { file, reason: where.reason });
      else issues.warning('file.unreadable', at, `${message}; it is skipped`, hint, { file, reason: where.reason });
      return false;
    }
    case 'dangling':
      issues.warning(
        'file.dangling-link',
        at,
        `'${file}' is a link to '${where.target}', which does not exist; it is skipped`,
        'remove the link (an editor may have left it behind) or restore its file',
        { file, target: where.target },
      );
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
        issues.error(
          'media.type-refused',
          at,
          `'${file}' is not a kind of file a course may hold: a course carries images, sound, video, captions and PDF (${ALLOWED}), never pages or code`,
          p.refused === 'page' ? 'convert the page to PDF, or write its text in the module' : p.refused === 'code' ? 'remove it: course files may not run code' : `convert it to one of ${ALLOWED}, or remove it`,
          { file, ext: p.ext, refused: p.refused, allowed: ALLOWED_PARAM },
        );
        break;
      case 'media.content-mismatch':
        issues.error(
          'media.content-mismatch',
          at,
          p.found === 'markup'
            ? `'${file}' is named as a ${p.type}, but its content is markup (HTML, SVG or XML) that a browser could run`
            : `'${file}' is named as a ${p.type}, but its content does not start like one`,
          `save the file again as a real ${p.type} (export it from the program that made it)`,
          { file, ext: p.ext, found: p.found },
        );
        break;
      case 'svg.invalid':
        if (firstReport)
          own.error(
            'svg.invalid',
            p.line ? { line: p.line } : undefined,
            `the SVG image '${file}' is not well-formed: ${p.reason}`,
            'save it again from the drawing program as plain SVG',
            { file, reason: p.reason },
          );
        break;
      case 'svg.script':
        if (firstReport)
          own.error(
            'svg.script',
            { line: p.line },
            `the SVG image '${file}' contains ${p.name}, which can run code or load a page`,
            'remove it, or save the drawing as plain SVG or PNG without scripts, links or embedded pages',
            { file, rule: p.rule, name: p.name },
          );
        break;
    }
  }
}
