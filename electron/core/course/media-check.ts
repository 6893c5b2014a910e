import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { HEAD_BYTES, looksLikeMarkup, mediaTypeOf, refusedKindOf, type RefusedKind } from './media-types';
import { realCourseRoot, resolveCoursePath, type CoursePath } from './course-paths';
import { checkSvg, type SvgRule } from './svg-check';

/** What is wrong with one media file's type or content; the validator and every reader share these rules. */
export type MediaProblem =
  | { code: 'media.type-refused'; ext: string; refused: RefusedKind }
  | { code: 'media.content-mismatch'; ext: string; type: string; found: 'markup' | 'other' }
  | { code: 'svg.invalid'; reason: string; line?: number }
  | { code: 'svg.script'; rule: SvgRule; name: string; line: number };

const isSvg = (file: string) => path.posix.extname(file).toLowerCase() === '.svg';

/** The problems of a file with these bytes (all of them for SVG, at least the first HEAD_BYTES otherwise). */
export function mediaProblems(file: string, bytes: Buffer): MediaProblem[] {
  const type = mediaTypeOf(file);
  const ext = path.posix.extname(file).toLowerCase();
  if (!type) return [{ code: 'media.type-refused', ext: ext || path.posix.basename(file), refused: refusedKindOf(file) }];
  // A browser that sniffs (file://, an LMS without nosniff) would render markup in a .png as a page.
  if (!type.matches(bytes)) return [{ code: 'media.content-mismatch', ext, type: type.label, found: looksLikeMarkup(bytes) ? 'markup' : 'other' }];
  if (!isSvg(file)) return [];
  const svg = checkSvg(bytes.toString('utf8'));
  if (!svg.ok) return [{ code: 'svg.invalid', reason: svg.reason, ...(svg.line ? { line: svg.line } : {}) }];
  return svg.problems.map((p) => ({ code: 'svg.script', ...p }));
}

/**
 * Opens a path that resolved inside the course without following a link in its last part, so a
 * file swapped for a symlink between the check and the read is refused (ELOOP), not read; and
 * without blocking, so a file swapped for a FIFO cannot hang the app.
 * Windows has no O_NOFOLLOW; there, creating symlinks needs rights an author rarely has.
 */
const NO_FOLLOW = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

function readReal(real: string, maxBytes = Infinity): Buffer {
  const fd = fs.openSync(real, NO_FOLLOW);
  try {
    if (maxBytes !== Infinity) {
      const head = Buffer.alloc(maxBytes);
      return head.subarray(0, fs.readSync(fd, head, 0, maxBytes, 0));
    }
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

const readHead = (real: string, file: string) => readReal(real, isSvg(file) ? Infinity : HEAD_BYTES);

/** One course's files as the validator sees them: resolved once, inspected once, reported once. */
export class CourseFiles {
  readonly realRoot: string | undefined;
  private readonly paths = new Map<string, CoursePath>();
  private readonly problems = new Map<string, MediaProblem[] | { unreadable: string }>();
  /** Files whose problems were already reported, so a file found by a link and by the folder walk is named once. */
  readonly reported = new Set<string>();

  constructor(readonly dir: string) {
    this.realRoot = realCourseRoot(dir);
  }

  resolve(rel: string): CoursePath {
    let p = this.paths.get(rel);
    if (!p) {
      p = resolveCoursePath(this.dir, rel, this.realRoot);
      this.paths.set(rel, p);
    }
    return p;
  }

  /** The type and content problems of a file that resolved inside the course. */
  inspect(rel: string, real: string): MediaProblem[] | { unreadable: string } {
    let found = this.problems.get(rel);
    if (!found) {
      try {
        found = mediaProblems(rel, readHead(real, rel));
      } catch (e) {
        found = { unreadable: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
      }
      this.problems.set(rel, found);
    }
    return found;
  }
}

function refused(file: string, message: string): AppError {
  return new AppError({
    code: 'COURSE_INVALID',
    message: `The course file '${file}' cannot be used: ${message}.`,
    hint: 'Run `npm run leerpad -- validate <course folder>` and fix what it lists.',
    params: { file },
    file,
  });
}

/**
 * The bytes of a course file for a SCO tree (the app's origin or an export), checked again at the
 * moment of reading: the file may have been replaced by a link or by other content since validation.
 */
export function readCourseMedia(courseDir: string, rel: string): Buffer {
  const where = resolveCoursePath(courseDir, rel);
  if (where.state === 'outside') throw refused(rel, 'it is a link to a file outside the course folder');
  if (where.state !== 'file') throw refused(rel, `it is ${where.state === 'folder' ? 'a folder' : 'missing or unreadable'}`);
  const bytes = readReal(where.real);
  const [problem] = mediaProblems(rel, bytes);
  if (problem) throw refused(rel, `its type or content is not allowed (${problem.code})`);
  return bytes;
}
