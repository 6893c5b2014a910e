import fs from 'node:fs';
import path from 'node:path';
import { EXIT, type Command, type CommandContext } from './command';
import { learnerExportSpec, learnerImportSpec } from './specs';
import { learnerByName } from './learner-lookup';
import { AppError } from '../errors';
import { lockDataDir } from '../progress/data-lock';
import { openDatabase, type Db } from '../progress/database';
import { exportLearnerFile } from '../progress/transfer-export';
import { learnerFileName, MAX_LEARNER_FILE_BYTES, refusalReasonOf } from '../progress/transfer-format';
import { importLearnerFile } from '../progress/transfer-import';


/** Both commands write to (or may upgrade) the database: like the app, they hold the data folder's lock. */
function withDatabase<T>(ctx: CommandContext, work: (db: Db) => T): T {
  const lock = lockDataDir(ctx.dataDir);
  try {
    const { db } = openDatabase(ctx.dataDir);
    try {
      return work(db);
    } finally {
      db.close();
    }
  } finally {
    lock.release();
  }
}

function unreadable(ctx: CommandContext, message: string, hint: string, error: object = { code: 'IO', message, hint }): number {
  if (ctx.json) ctx.stdout(JSON.stringify({ ok: false, error }));
  ctx.stderr(`error: ${message}\n  hint: ${hint}`);
  return EXIT.unreadable;
}

export const learnerExportCommand: Command = {
  ...learnerExportSpec,
  async run(ctx) {
    const name = ctx.values.learner;
    if (typeof name !== 'string' || name.trim() === '') {
      throw new AppError({ code: 'BAD_REQUEST', message: 'Say which learner to export: --learner <name>.', hint: '`leerpad list` shows the profiles.' });
    }
    const { file, learner } = withDatabase(ctx, (db) => {
      const row = learnerByName(db, name, ctx.dataDir);
      return { file: exportLearnerFile(db, row.id, ctx.version), learner: row };
    });
    const out = path.resolve(typeof ctx.values.out === 'string' ? ctx.values.out : learnerFileName(learner.name));
    // Written beside the target and renamed: a full disk or a pulled USB stick never leaves half a file under the real name.
    const tmp = `${out}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(tmp, JSON.stringify(file, null, 1));
      fs.renameSync(tmp, out);
    } catch (e) {
      fs.rmSync(tmp, { force: true });
      throw new AppError({ code: 'IO', message: `Cannot write ${out}: ${(e as Error).message}`, hint: 'Choose another --out, on a disk with room and write access.' });
    }
    if (ctx.json) ctx.stdout(JSON.stringify({ ok: true, file: out, learner: learner.name, attempts: file.attempts.length }));
    else ctx.stdout(`Wrote ${out}: ${learner.name}, ${file.attempts.length} attempt(s). Import it on the other computer with \`leerpad learner-import\`.`);
    return EXIT.ok;
  },
};

export const learnerImportCommand: Command = {
  ...learnerImportSpec,
  async run(ctx) {
    const [given] = ctx.positionals;
    if (!given) throw new AppError({ code: 'BAD_REQUEST', message: 'Say which learner file to import: leerpad learner-import <file>.', hint: 'Make one with `leerpad learner-export` on the other computer.' });
    const file = path.resolve(given);
    let doc: unknown;
    try {
      const size = fs.statSync(file).size;
      if (size > MAX_LEARNER_FILE_BYTES) return unreadable(ctx, `${file} is ${Math.round(size / 1024 / 1024)} MB: far larger than a learner file.`, 'Choose the file made by `leerpad learner-export`.');
      doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      const what = e instanceof SyntaxError ? 'is not a learner file (not JSON; damaged or cut short?)' : `cannot be read: ${(e as Error).message}`;
      return unreadable(ctx, `${file} ${what}`, 'Copy the file from the other computer again, or export the learner there once more.');
    }
    try {
      const summary = withDatabase(ctx, (db) => importLearnerFile(db, doc));
      if (ctx.json) ctx.stdout(JSON.stringify({ ok: true, ...summary }));
      else {
        ctx.stdout(
          `${summary.created ? 'Added' : 'Merged into'} profile ${summary.learnerName}: ${summary.attemptsAdded} attempt(s) added, ` +
            `${summary.attemptsUpdated} updated from newer work, ${summary.versionsKept} other reflection version(s) kept.`,
        );
      }
      return EXIT.ok;
    } catch (e) {
      // A file whose content no longer matches its checksum could not be read intact: the same exit as a torn copy.
      if (refusalReasonOf(e) === 'damaged') return unreadable(ctx, (e as AppError).message, (e as AppError).hint ?? '', (e as AppError).toData());
      throw e;
    }
  },
};
