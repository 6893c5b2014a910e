import fs from 'node:fs';
import path from 'node:path';
import type { ImportMode, PackageSummary } from '../contract';
import { AppError, isAppError } from '../errors';
import { importPackage } from '../library/import-package';
import { libraryDirOf } from '../paths';
import { EXIT, type Command, type CommandContext } from './command';
import { importSpec } from './specs';

/** The source could not be read at all (no such file, not a zip, damaged): exit 2, as preflight does. */
const UNREADABLE = new Set(['unreadable', 'damaged', 'crc']);

const MB = 1024 * 1024;
const describe = (p: PackageSummary) => `'${p.title}' (SCORM ${p.edition}, ${p.scoCount} SCO${p.scoCount === 1 ? '' : 's'}, ${(p.bytes / MB).toFixed(1)} MB)`;

function modeOf(ctx: CommandContext): ImportMode | undefined {
  if (ctx.values.replace && ctx.values.copy) {
    throw new AppError({ code: 'BAD_REQUEST', message: '--replace and --copy exclude each other.', hint: 'Choose one: --replace keeps the learners\' records with the new version, --copy adds the package beside the one in the library.' });
  }
  return ctx.values.replace ? 'replace' : ctx.values.copy ? 'copy' : undefined;
}

function failed(ctx: CommandContext, e: AppError, code: number): number {
  if (ctx.json) ctx.stdout(JSON.stringify({ ok: false, error: e.toData() }));
  ctx.stderr(`error: ${e.message}${e.hint ? `\n  hint: ${e.hint}` : ''}`);
  return code;
}

export const importCommand: Command = {
  ...importSpec,
  async run(ctx) {
    const [arg] = ctx.positionals;
    if (!arg) throw new AppError({ code: 'BAD_REQUEST', message: 'Give the SCORM zip or unpacked package folder to import.', hint: 'For example: leerpad import course.zip' });
    const mode = modeOf(ctx);
    const source = path.resolve(arg);
    const libraryDir = typeof ctx.values['library-dir'] === 'string' ? path.resolve(ctx.values['library-dir']) : libraryDirOf(ctx.dataDir);
    if (!fs.existsSync(source)) {
      return failed(ctx, new AppError({ code: 'NOT_FOUND', message: `There is no file or folder '${arg}'.`, hint: 'Give the path of a SCORM .zip or of an unpacked package folder.', params: { path: arg } }), EXIT.unreadable);
    }
    const root = typeof ctx.values.root === 'string' ? ctx.values.root : undefined;
    let result;
    try {
      result = await importPackage(source, libraryDir, { ...(mode ? { mode } : {}), ...(root ? { root } : {}) });
    } catch (e) {
      if (!isAppError(e)) throw e;
      return failed(ctx, e, UNREADABLE.has(String(e.params?.problem)) ? EXIT.unreadable : EXIT.errors);
    }
    if ('conflict' in result) {
      const hint = 'Add --replace to replace it (learners keep their progress) or --copy to add this one beside it.';
      if (ctx.json) ctx.stdout(JSON.stringify({ ok: false, conflict: result.conflict, libraryDir, hint }));
      ctx.stderr(`error: The library already has this package: ${describe(result.conflict)} as ${result.conflict.id}.\n  hint: ${hint}`);
      return EXIT.errors;
    }
    const pkg = result.imported;
    if (ctx.json) ctx.stdout(JSON.stringify({ ok: true, imported: pkg, libraryDir }));
    else ctx.stdout(`Imported ${describe(pkg)} as ${pkg.id} into ${libraryDir}.`);
    return EXIT.ok;
  },
};
