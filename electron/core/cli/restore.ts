import { restoreBackup } from '../backup/restore';
import { isUnreadableBackup } from '../backup/refusal';
import { AppError } from '../errors';
import { restoreSpec } from './backup-specs';
import { EXIT, type Command } from './command';

export const restoreCommand: Command = {
  ...restoreSpec,
  async run(ctx) {
    const [file] = ctx.positionals;
    if (!file) throw new AppError({ code: 'BAD_REQUEST', message: 'leerpad restore needs the backup file.', hint: 'For example: leerpad restore leerpad-backup.zip' });
    try {
      const { manifest, keptAs } = await restoreBackup(file, ctx.dataDir);
      if (ctx.json) ctx.stdout(JSON.stringify({ ok: true, learners: manifest.learners, createdAt: manifest.createdAt, keptAs }));
      else ctx.stdout(`Restored the backup of ${manifest.createdAt} (${manifest.learners} learner(s)).${keptAs ? ` The previous data is kept in ${keptAs}.` : ''}`);
      return EXIT.ok;
    } catch (e) {
      if (!isUnreadableBackup(e)) throw e;
      const err = e as AppError;
      if (ctx.json) ctx.stdout(JSON.stringify({ ok: false, error: err.toData() }));
      ctx.stderr(`error: ${err.message}\n  hint: ${err.hint ?? ''}`);
      return EXIT.unreadable;
    }
  },
};
