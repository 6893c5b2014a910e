import path from 'node:path';
import { walkCourse, type CourseWalk } from './course-paths';
import type { IssueList } from './issues';
import type { CourseFiles } from './media-check';
import { reportMedia, reportPath } from './media-issues';

export const MEDIA_FOLDER = 'media';

/**
 * Files the operating system drops into folders (Finder, Explorer). Nothing links to them, so
 * they are never served or packed; refusing a course over one would only puzzle its author.
 */
const isSystemClutter = (rel: string) => /(^|\/)(\.[^/]*|Thumbs\.db|desktop\.ini)$/i.test(rel);

/**
 * Whether a walked path lies in media/. The walk does not follow links, so when media/ is itself a
 * link to another folder of the course, its files are walked under that folder's name.
 */
function mediaFolderTest(files: CourseFiles): (rel: string) => boolean {
  const media = files.resolve(MEDIA_FOLDER);
  const own = files.realRoot ? path.join(files.realRoot, MEDIA_FOLDER) : undefined;
  const elsewhere = media.state === 'folder' && own && media.real !== own ? media.real + path.sep : undefined;
  return (rel) => rel.startsWith(`${MEDIA_FOLDER}/`) || (!!elsewhere && path.join(files.realRoot!, rel).startsWith(elsewhere));
}

/**
 * The whole course folder, beyond what the modules link to: links that leave the folder or lead
 * nowhere, folders that cannot be read, and files in media/ that are not content. One broken entry
 * is reported and skipped; it never stops the check of the others.
 */
export function checkCourseFolder(files: CourseFiles, list: IssueList, walk: CourseWalk = walkCourse(files.dir)): void {
  for (const u of walk.unreadable) reportPath(list.forFile(u.rel), undefined, u.rel, { state: 'unreadable', reason: u.reason });
  const inMedia = mediaFolderTest(files);
  for (const entry of walk.entries) {
    if (files.reported.has(entry.rel)) continue;
    const issues = list.forFile(entry.rel);
    const isMedia = inMedia(entry.rel) && !isSystemClutter(entry.rel);
    if (!entry.isLink && !isMedia) continue;
    const where = files.resolve(entry.rel);
    if (!reportPath(issues, undefined, entry.rel, where) || !isMedia || where.state !== 'file') continue;
    const problems = files.inspect(entry.rel, where.real);
    if ('unreadable' in problems) reportPath(issues, undefined, entry.rel, { state: 'unreadable', reason: problems.unreadable });
    else if (problems.length > 0) reportMedia(list, files, issues, undefined, entry.rel, problems);
  }
}
