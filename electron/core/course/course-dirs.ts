import fs from 'node:fs';
import path from 'node:path';

export const COURSE_FILE = 'course.yaml';

/**
 * Every folder with a course.yaml directly under one of the roots. A folder whose course.yaml
 * cannot even be looked at (no permission) is listed too, so the library can say so. Kept apart from
 * the catalog: counting courses (`leerpad info`) must not load the course compiler.
 */
export function findCourseDirs(roots: string[]): string[] {
  const dirs: string[] = [];
  for (const root of roots) {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(root, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (!e.isDirectory()) continue;
      try {
        fs.statSync(path.join(root, e.name, COURSE_FILE));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') continue;
      }
      dirs.push(path.join(root, e.name));
    }
  }
  return dirs;
}
