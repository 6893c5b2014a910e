import type { CommandSpec } from './command';

/* Help and options of backup and restore, beside specs.ts: light, loaded for --help without the zip code. */

export const backupSpec: CommandSpec = {
  name: 'backup',
  summary: 'write one file with the database and the imported packages (safe while Leerpad runs)',
  usage: 'leerpad backup --out <file.zip> [--data-dir DIR] [--json]',
  details: [
    '  --out FILE   where to write the backup (a zip with the database, library/ and backup-manifest.json)',
    '',
    "Uses SQLite's online backup: a consistent copy also while the app or `leerpad serve` is open and saving.",
  ],
  options: { out: { type: 'string' } },
};

export const restoreSpec: CommandSpec = {
  name: 'restore',
  summary: 'replace the database and imported packages with those of a backup (checked first)',
  usage: 'leerpad restore <file.zip> [--data-dir DIR] [--json]',
  details: [
    '',
    'Checks the whole file first (checksums, schema version, integrity); a damaged, cut-off or newer backup is refused',
    'and nothing changes. The previous database and library are kept in backups/before-restore-<time>/.',
    'Close Leerpad (and any `leerpad serve`) on the data folder first. Exits 0 restored, 1 refused, 2 unreadable file.',
  ],
  options: {},
};
