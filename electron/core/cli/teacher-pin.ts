import type { Command } from './command';
import { teacherPinSpec } from './specs';
import { openCore } from '../app/services';

/**
 * The way back from a forgotten teacher PIN. Whoever may run this on the data folder can edit the
 * database file anyway, so it protects nothing to refuse; in the app the PIN is only changed with
 * the current one. Learners' PINs and work are left as they are.
 */
export const teacherPinCommand: Command = {
  ...teacherPinSpec,
  async run(ctx) {
    const core = openCore({ dataDir: ctx.dataDir, coursesDirs: ctx.coursesDirs, host: 'cli', version: ctx.version });
    try {
      const cleared = ctx.values.clear === true && core.teacher.status().hasPin;
      if (cleared) core.teacher.clearForgotten();
      const { hasPin } = core.teacher.status();
      if (ctx.json) ctx.stdout(JSON.stringify({ hasPin, cleared }));
      else ctx.stdout(cleared ? 'The teacher PIN was removed. Set a new one in Leerpad under Leerkracht (Teacher).' : `Teacher PIN: ${hasPin ? 'set' : 'not set'}.`);
      return 0;
    } finally {
      core.close();
    }
  },
};
