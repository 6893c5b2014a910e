import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { commonHelp, commonOptions, type Command } from './cli/command';
import { exportCommand } from './cli/export';
import { infoCommand } from './cli/info';
import { preflightCommand } from './cli/preflight';
import { serveCommand } from './cli/serve';
import { teacherPinCommand } from './cli/teacher-pin';
import { validateCommand } from './cli/validate';
import { isAppError } from './errors';
import { projectRoot as rootOf, resolveDataDir } from './paths';

const commands: Command[] = [serveCommand, infoCommand, validateCommand, exportCommand, preflightCommand, teacherPinCommand];

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

function commandHelp(c: Command): string {
  return [`Usage: ${c.usage}`, '', c.summary, ...(c.details ?? []), '', ...commonHelp].join('\n');
}

export async function runCli(argv: string[], io = { stdout: console.log, stderr: console.error }): Promise<number> {
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
  const root = rootOf(__dirname);
  const json = Boolean(values.json);
  try {
    return await command.run({
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

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
