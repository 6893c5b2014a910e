import path from 'node:path';
import type { AppInfo } from '../contract';
import { findCourseDirs } from '../course/course-dirs';
import { DATABASE_FILE } from '../progress/database';
import { inspectDatabase } from '../progress/database-check';
import type { Command } from './command';
import { infoSpec } from './specs';

export const infoCommand: Command = {
  ...infoSpec,
  async run(ctx) {
    // Read-only on purpose: no data-folder lock (the app may be running) and no migration.
    const databasePath = path.join(ctx.dataDir, DATABASE_FILE);
    const found = inspectDatabase(ctx.dataDir, databasePath);
    // Counting folders, not compiling them: info answers in a blink and lists a broken course too (as the library does).
    const roots = ctx.coursesDirs.map((d) => path.resolve(d));
    const info: AppInfo & { database: 'absent' | 'present'; learners: number; courses: number } = {
      name: 'Leerpad',
      version: ctx.version,
      dataDir: ctx.dataDir,
      databasePath,
      schemaVersion: Math.max(0, ...(found?.applied ?? []).map((m) => m.id)),
      coursesDirs: roots,
      host: 'cli',
      database: found ? 'present' : 'absent',
      learners: found?.learners ?? 0,
      courses: findCourseDirs(roots).length,
    };
    if (ctx.json) ctx.stdout(JSON.stringify(info, null, 2));
    else {
      ctx.stdout(`Leerpad ${info.version}`);
      ctx.stdout(`data folder:  ${info.dataDir}`);
      ctx.stdout(`database:     ${found ? `${info.databasePath} (schema ${info.schemaVersion})` : `${info.databasePath} (not created yet)`}`);
      ctx.stdout(`courses:      ${info.coursesDirs.join(', ')} (${info.courses} found)`);
      ctx.stdout(`profiles:     ${info.learners}`);
    }
    return 0;
  },
};
