import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { commonHelp, commonOptions, type CommandSpec, type LazyCommand } from './command';
import { findProjectRoot } from '../project-root';
import { exportSpec, importSpec, infoSpec, learnerExportSpec, learnerImportSpec, listSpec, preflightSpec, serveSpec, teacherPinSpec, validateSpec } from './specs';
import { backupSpec, restoreSpec } from './backup-specs';
import { portfolioSpec } from './portfolio-specs';
import { reportSpec } from './report-specs';
import { isAppError } from '../errors';
import { resolveDataDir } from '../paths';

/** Each command's code is imported when it runs, never for --help: the compiler, zip and XSD cost seconds to load. */
const commands: LazyCommand[] = [
  { ...serveSpec, load: async () => (await import('./serve')).serveCommand },
  { ...infoSpec, load: async () => (await import('./info')).infoCommand },
  { ...validateSpec, load: async () => (await import('./validate')).validateCommand },
  { ...exportSpec, load: async () => (await import('./export')).exportCommand },
  { ...preflightSpec, load: async () => (await import('./preflight')).preflightCommand },
  { ...teacherPinSpec, load: async () => (await import('./teacher-pin')).teacherPinCommand },
  { ...importSpec, load: async () => (await import('./import')).importCommand },
  { ...listSpec, load: async () => (await import('./list')).listCommand },
  { ...backupSpec, load: async () => (await import('./backup')).backupCommand },
  { ...restoreSpec, load: async () => (await import('./restore')).restoreCommand },
  { ...learnerExportSpec, load: async () => (await import('./learner-transfer')).learnerExportCommand },
  { ...learnerImportSpec, load: async () => (await import('./learner-transfer')).learnerImportCommand },
  { ...portfolioSpec, load: async () => (await import('./portfolio')).portfolioCommand },
  { ...reportSpec, load: async () => (await import('./report')).reportCommand },
];
function mainHelp(): string {
  return [
    'Leerpad — offline course player and SCORM exporter',
    '',
    'Usage: npm run leerpad -- <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    ...commonHelp,
    '',
    'Run `npm run leerpad -- <command> --help` for the options of one command.',
  ].join('\n');
}

function commandHelp(c: CommandSpec): string {
  return [`Usage: ${c.usage}`, '', c.summary, ...(c.details ?? []), '', ...commonHelp].join('\n');
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * Runs one command line and resolves to its exit code. The project root (courses/, out/sco,
 * build/scorm-schemas) is found from where this code lies, never from the working directory.
 */
export async function runCli(
  argv: string[],
  io: CliIo = { stdout: console.log, stderr: console.error },
  root = findProjectRoot(path.dirname(fileURLToPath(import.meta.url))),
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp());
    return name ? 0 : 1;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`error: unknown command '${name}'\n\n${mainHelp()}`);
    return 1;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options: { ...commonOptions, ...command.options }, allowPositionals: true, strict: true });
  } catch (e) {
    io.stderr(`error: ${(e as Error).message}\n\n${commandHelp(command)}`);
    return 1;
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (values.help) {
    io.stdout(commandHelp(command));
    return 0;
  }
  const json = Boolean(values.json);
  try {
    return await (await command.load()).run({
      values,
      positionals: parsed.positionals,
      json,
      dataDir: resolveDataDir(values['data-dir'] as string | undefined),
      coursesDirs: ((values.courses as string[] | undefined) ?? [path.join(root, 'courses')]).map((d) => path.resolve(d)),
      projectRoot: root,
      version: (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version,
      stdout: io.stdout,
      stderr: io.stderr,
    });
  } catch (e) {
    if (isAppError(e)) {
      if (json) io.stdout(JSON.stringify({ ok: false, error: e.toData() }));
      const where = e.file ? `${e.file}${e.line ? `:${e.line}` : ''}${e.column ? `:${e.column}` : ''} ` : '';
      io.stderr(`error: ${where}${e.message}${e.hint ? `\n  hint: ${e.hint}` : ''}`);
      return 1;
    }
    throw e;
  }
}
