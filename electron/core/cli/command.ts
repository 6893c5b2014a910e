import type { ParseArgsConfig } from 'node:util';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CommandContext {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  json: boolean;
  /** The data folder (from --data-dir, LEERPAD_DATA_DIR or the OS default). */
  dataDir: string;
  /** Course roots (from --courses, or the repository's courses/). */
  coursesDirs: string[];
  projectRoot: string;
  version: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** What --help says about a command and which options it parses: kept apart from its code, so help loads nothing heavy. */
export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  /** Lines after the usage in --help. */
  details?: string[];
  options: OptionSpec;
}

export interface Command extends CommandSpec {
  /** Resolves to the process exit code. A thrown AppError is printed and exits 1. */
  run(ctx: CommandContext): Promise<number>;
}

/** A command whose code (course compiler, zip, XSD, database…) is imported only when it runs. */
export interface LazyCommand extends CommandSpec {
  load(): Promise<Command>;
}

/** Exit codes: scripts tell "the input has errors" from "the input could not be read at all". */
export const EXIT = { ok: 0, errors: 1, unreadable: 2 } as const;

export const commonOptions: OptionSpec = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  'data-dir': { type: 'string' },
  courses: { type: 'string', multiple: true },
};

export const commonHelp = [
  'Common options:',
  '  --data-dir DIR   where the database lives (default: LEERPAD_DATA_DIR or the OS app-data folder "Leerpad")',
  '  --courses DIR    a folder with course folders (repeatable; default: the courses/ folder of Leerpad)',
  '  --json           machine-readable output on stdout',
  '  -h, --help       this help',
];
