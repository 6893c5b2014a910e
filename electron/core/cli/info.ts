import path from 'node:path';
import type { AppInfo } from '../contract';
import { createCatalog } from '../course/catalog';
import { DATABASE_FILE } from '../progress/database';
import { inspectDatabase } from '../progress/database-check';
import type { Command } from './command';

export const infoCommand: Command = {
  name: 'info',
  summary: 'show version, data folder, database and course folders',
  usage: 'leerpad info [--data-dir DIR] [--json]',
  details: ['', 'Only reads: works while Leerpad is open on the same data folder, and never creates or upgrades the database.'],
  options: {},
  async run(ctx) {
    // Read-only on purpose: no data-folder lock (the app may be running) and no migration.
    const databasePath = path.join(ctx.dataDir, DATABASE_FILE);
    const found = inspectDatabase(ctx.dataDir, databasePath);
    const catalog = createCatalog(ctx.coursesDirs.map((d) => path.resolve(d)));
    const info: AppInfo & { database: 'absent' | 'present'; learners: number; courses: number } = {
      name: 'Leerpad',
      version: ctx.version,
      dataDir: ctx.dataDir,
      databasePath,
      schemaVersion: Math.max(0, ...(found?.applied ?? []).map((m) => m.id)),
      coursesDirs: catalog.roots,
      host: 'cli',
      database: found ? 'present' : 'absent',
      learners: found?.learners ?? 0,
      courses: catalog.list().length,
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
