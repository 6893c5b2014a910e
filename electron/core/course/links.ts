import fs from 'node:fs';
import path from 'node:path';
import { closest, type FileIssues, type IssueList, type Where } from './issues';
import type { CourseFiles } from './media-check';
import { reportMedia, reportPath } from './media-issues';
import { extensionsOf, mediaTypeOf, type MediaKind } from './media-types';

/** What each kind of reference can show; a link may point at any allowed file (a PDF, a worksheet). */
const SHOWS: Readonly<Record<string, MediaKind[]>> = { image: ['image'], video: ['video', 'audio'] };

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Checks the files that Markdown links, images and videos point at, once per course. */
export class LinkChecker {
  private readonly listings = new Map<string, string[]>();

  constructor(
    private readonly files: CourseFiles,
    private readonly list: IssueList,
  ) {}

  /**
   * Returns the URL to put in the compiled HTML: external URLs unchanged, course files as a clean
   * path relative to the course folder (which is also their path inside the SCO), or '' when the
   * URL may not be used. Course files are added to `media`.
   */
  check(issues: FileIssues, url: string, at: Where, what: string, media: Set<string>, localOnly = false): string {
    const trimmed = url.trim();
    if (trimmed.startsWith('#')) return trimmed;
    const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(trimmed)?.[1]?.toLowerCase();
    if (scheme || trimmed.startsWith('//')) {
      if (localOnly) {
        issues.error('link.external', at, { url: trimmed, what });
        return '';
      }
      if (scheme && SAFE_SCHEMES.has(scheme)) return trimmed;
      issues.error('link.protocol', at, { url: trimmed, what });
      return '';
    }
    return this.checkFile(issues, trimmed, at, what, media);
  }

  private checkFile(issues: FileIssues, url: string, at: Where, what: string, media: Set<string>): string {
    const [file = '', suffix = ''] = splitSuffix(url);
    let rel: string;
    try {
      rel = path.posix.normalize(decodeURI(file));
    } catch {
      rel = path.posix.normalize(file);
    }
    // Links resolve against the course folder, not the module file: the guide writes `media/x.svg` from modules/.
    if (rel.startsWith('../') || rel === '..' || path.posix.isAbsolute(rel)) {
      issues.error('link.outside-course', at, { url, what, fileName: path.posix.basename(rel) });
      return '';
    }
    const where = this.files.resolve(rel);
    if (where.state === 'outside' || where.state === 'unreadable') {
      this.files.reported.add(rel);
      reportPath(issues, at, rel, where, true);
      return '';
    }
    if (where.state !== 'file') {
      const dir = path.posix.dirname(rel);
      const guess = closest(path.posix.basename(rel), this.listing(dir));
      const near = guess === undefined ? '' : path.posix.join(dir, guess);
      issues.error('link.broken', at, { url, path: rel, what, guess: near });
      return '';
    }
    const problems = this.files.inspect(rel, where.real);
    if ('unreadable' in problems) {
      this.files.reported.add(rel);
      reportPath(issues, at, rel, { state: 'unreadable', reason: problems.unreadable }, true);
      return '';
    }
    if (problems.length > 0) {
      // Never packed or served: a refused file stays out of the module even when the author ignores the error.
      reportMedia(this.list, this.files, issues, at, rel, problems);
      return '';
    }
    const shows = SHOWS[what];
    if (shows && !shows.includes(mediaTypeOf(rel)!.kind)) {
      const allowed = extensionsOf(...shows);
      issues.error('media.wrong-kind', at, { url, what, file: rel, allowed: allowed.join(',') });
      return '';
    }
    media.add(rel);
    return rel + suffix;
  }

  private listing(dir: string): string[] {
    let names = this.listings.get(dir);
    if (!names) {
      try {
        names = fs.readdirSync(path.join(this.files.dir, dir));
      } catch {
        names = [];
      }
      this.listings.set(dir, names);
    }
    return names;
  }
}

function splitSuffix(url: string): [string, string] {
  const i = url.search(/[?#]/);
  return i === -1 ? [url, ''] : [url.slice(0, i), url.slice(i)];
}
