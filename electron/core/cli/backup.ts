import { createBackup } from '../backup/create';
import { AppError } from '../errors';
import { backupSpec } from './backup-specs';
import type { Command } from './command';

export const backupCommand: Command = {
  ...backupSpec,
  async run(ctx) {
    const out = ctx.values.out;
    if (typeof out !== 'string' || out === '') {
      throw new AppError({ code: 'BAD_REQUEST', message: 'leerpad backup needs --out <file.zip>.', hint: 'For example: leerpad backup --out leerpad-backup.zip' });
    }
    const result = await createBackup(ctx.dataDir, out, { appVersion: ctx.version });
    const { learners, schemaVersion } = result.manifest;
    if (ctx.json) ctx.stdout(JSON.stringify({ ok: true, file: result.file, bytes: result.bytes, learners, schemaVersion }));
    else ctx.stdout(`Backup written: ${result.file} (${result.bytes} bytes, ${learners} learner(s), ${Object.keys(result.manifest.files).length} file(s)).`);
    return 0;
  },
};
