import { runCli } from './run';

/*
 * The process entry of `leerpad` (bundled to out/cli/leerpad.mjs; `npm run leerpad:dev` runs it
 * from source). runCli stays free of process globals so tests call it in-process.
 */
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
