import type { CommandSpec } from './command';

/* Help and options of `report`, beside specs.ts: light, loaded for --help without the database or xlsx code. */

export const reportSpec: CommandSpec = {
  name: 'report',
  summary: 'every profile x module: status, passed, best score, time, last studied; per kernthema and hefboom an overview',
  usage: 'leerpad report [--course <id>] [--format csv|json|xlsx] [--out <file>] [--language nl-BE|en] [--data-dir DIR] [--json]',
  details: [
    '  --course ID     only this course (default: every course that can be played, and every imported package)',
    '  --format F      csv (default): for Excel with Dutch settings (UTF-8 with BOM, ";" between fields, decimal comma);',
    '                  xlsx: the rows, and a second sheet with the kernthema and hefboom overview; json: everything, as data',
    '  --out FILE      where to write (default: csv and json to standard output; xlsx needs --out)',
    '  --language L    nl-BE (default) or en: the words of the headers and statuses',
    '',
    'Only reads: works while Leerpad is open on the same data folder, and never changes the database. It asks for',
    'no teacher PIN: whoever can run it can read the data folder itself. Reflection texts are never in a report.',
    'Dates are in this computer\'s time zone. A name that starts like a formula (= + - @) gets a leading \'.',
  ],
  options: { course: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, language: { type: 'string' } },
};
