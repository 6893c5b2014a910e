import type { Command } from './command';
import { openCore } from '../services';

export const infoCommand: Command = {
  name: 'info',
  summary: 'show version, data folder, database and course folders',
  usage: 'leerpad info [--data-dir DIR] [--json]',
  options: {},
  async run(ctx) {
    const core = openCore({ dataDir: ctx.dataDir, coursesDirs: ctx.coursesDirs, host: 'cli', version: ctx.version });
    try {
      const info = { ...core.info(), learners: core.learners.list().length, courses: core.catalog.list().length };
      if (ctx.json) ctx.stdout(JSON.stringify(info, null, 2));
      else {
        ctx.stdout(`Leerpad ${info.version}`);
        ctx.stdout(`data folder:  ${info.dataDir}`);
        ctx.stdout(`database:     ${info.databasePath} (schema ${info.schemaVersion})`);
        ctx.stdout(`courses:      ${info.coursesDirs.join(', ')} (${info.courses} found)`);
        ctx.stdout(`profiles:     ${info.learners}`);
      }
      return 0;
    } finally {
      core.close();
    }
  },
};
