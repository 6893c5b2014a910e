import { DEFAULT_ZIP_LIMITS } from '../scorm/zip-limits';
import type { CommandSpec } from './command';

/*
 * Every command's name, help text and options, in a module that imports nothing heavy: `--help`
 * and the checks of unknown options answer from here, before any command's code is loaded.
 */

const MB = 1024 * 1024;

export const serveSpec: CommandSpec = {
  name: 'serve',
  summary: 'serve the app in a browser (the web harness) on 127.0.0.1',
  usage: 'leerpad serve [--port N] [--open] [--data-dir DIR]',
  details: [
    '  --port N   the port to listen on (default 5179; 0 picks a free one)',
    '  --open     open the app in the default browser',
    'Serves the built renderer from out/renderer: run `npm run build` first (`npm run web` does both).',
  ],
  options: { port: { type: 'string' }, open: { type: 'boolean' } },
};

export const infoSpec: CommandSpec = {
  name: 'info',
  summary: 'show version, data folder, database and course folders',
  usage: 'leerpad info [--data-dir DIR] [--json]',
  details: ['', 'Only reads: works while Leerpad is open on the same data folder, and never creates or upgrades the database.'],
  options: {},
};

export const validateSpec: CommandSpec = {
  name: 'validate',
  summary: 'check a course folder and list every problem with file:line:column',
  usage: 'leerpad validate <courseDir> [--json]',
  details: ['', 'Exits 0 when the course has no errors (warnings allowed), 1 otherwise.'],
  options: {},
};

export const exportSpec: CommandSpec = {
  name: 'export',
  summary: 'export a course as a SCORM package (checked by preflight first)',
  usage:
    'leerpad export <courseDir> --format scorm12|scorm2004 --out <file.zip> [--packaging course-sco|package-per-module|sco-per-module] [--modules id,id] [--reflections private|lms] [--mastery 0-100] [--lms moodle|canvas|generic] [--guide-language nl-BE|en] [--json]',
  details: [
    '  --format F        scorm12 (safest for Moodle) or scorm2004 (4th Edition; try this first in Canvas)',
    '  --out FILE        where to write the zip (default: <course-id>-<version>-<format>[-<packaging>].zip here)',
    '  --packaging P     course-sco: one activity, the modules behind a menu inside (Moodle, Canvas);',
    '                    package-per-module: a zip holding one package per module, each its own activity;',
    '                    sco-per-module: one package, one SCO per module (only for LMSs with full SCORM navigation).',
    '                    Default: course-sco when the whole resume state fits the edition, else package-per-module.',
    '  --modules IDS     only these modules, comma-separated (course order is kept)',
    "  --reflections M   private (default: reflection text stays with the learner) or lms (sent to the LMS)",
    "  --mastery N       pass mark 0-100 for every quiz, in the modules and the manifest",
    '  --lms L           moodle, canvas or generic: adds that LMS\'s known quirks to the preflight',
    '  --guide-language  nl-BE (default) or en: the language of the upload guide printed after the file is written',
    '',
    'Prints the preflight findings. Writes the file only when there are no errors; exits 1 otherwise.',
    '--json prints {ok, file, bytes, packaging, parts, findings}; parts lists the packages inside a package-per-module zip.',
  ],
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    modules: { type: 'string' },
    reflections: { type: 'string' },
    mastery: { type: 'string' },
    lms: { type: 'string' },
    'guide-language': { type: 'string' },
    packaging: { type: 'string' },
  },
};

export const preflightSpec: CommandSpec = {
  name: 'preflight',
  summary: 'check a SCORM zip or an unpacked package folder (or a course folder, built in memory) for what breaks in Moodle and Canvas',
  usage:
    'leerpad preflight <zip|packageFolder|courseDir> [--lms moodle|canvas|generic] [--previous old.zip] [--format scorm12|scorm2004] [--quota-mb N] [--reflections private|lms] [--packaging course-sco|package-per-module|sco-per-module] [--max-entries N] [--max-unpacked-mb N] [--max-entry-mb N] [--max-ratio N] [--json]',
  details: [
    '  --lms L          moodle, canvas or generic: adds that LMS\'s known quirks',
    '  --previous ZIP   the package learners use now: every item and resource identifier must survive',
    '  --format F       the edition the package must be; for a course folder, the one edition to build (default both)',
    '  --quota-mb N     the course file quota in the LMS (default 100); the LMS keeps the zip and its unpacked files',
    '  --reflections M  for a course folder: build with private (default) or lms reflections',
    '  --packaging P    for a course folder: build as course-sco, package-per-module or sco-per-module',
    '                   (default: what export would choose for --lms); a zip of packages is checked package by package',
    `  --max-entries N      refuse a zip with more entries (default ${DEFAULT_ZIP_LIMITS.maxEntries})`,
    `  --max-unpacked-mb N  refuse a zip that unpacks to more (default ${DEFAULT_ZIP_LIMITS.maxTotalBytes / MB})`,
    `  --max-entry-mb N     refuse a zip with a larger single file (default ${DEFAULT_ZIP_LIMITS.maxEntryBytes / MB})`,
    `  --max-ratio N        refuse a zip or file that unpacks to more than N times its packed size (default ${DEFAULT_ZIP_LIMITS.maxRatio})`,
    '',
    'Every finding says how to fix it. Exit codes: 0 ok, 1 the package has errors,',
    '2 the package could not be read (not a zip, damaged, over a limit, unsafe entries, a refused manifest).',
  ],
  options: {
    lms: { type: 'string' },
    previous: { type: 'string' },
    format: { type: 'string' },
    'quota-mb': { type: 'string' },
    reflections: { type: 'string' },
    packaging: { type: 'string' },
    'max-entries': { type: 'string' },
    'max-unpacked-mb': { type: 'string' },
    'max-entry-mb': { type: 'string' },
    'max-ratio': { type: 'string' },
  },
};

export const teacherPinSpec: CommandSpec = {
  name: 'teacher-pin',
  summary: 'show whether a teacher PIN is set, or remove a forgotten one (--clear)',
  usage: 'leerpad teacher-pin [--clear] [--data-dir DIR] [--json]',
  details: [
    '  --clear    remove the teacher PIN of this data folder; set a new one in the app under Leerkracht (Teacher)',
    'Close Leerpad first: this opens the database for writing.',
  ],
  options: { clear: { type: 'boolean' } },
};

export const importSpec: CommandSpec = {
  name: 'import',
  summary: "import someone else's SCORM package (zip or unpacked folder) into the library",
  usage: 'leerpad import <zip|folder> [--replace|--copy] [--root FOLDER] [--library-dir DIR] [--data-dir DIR] [--json]',
  details: [
    '  --replace          the library has this package (same manifest identifier): replace its files,',
    '                     learners keep their progress',
    '  --copy             the library has this package: add this one beside it',
    '  --root FOLDER      import from this folder of the zip, when imsmanifest.xml is not at its top',
    '  --library-dir DIR  the library folder (default: library/ in the data folder)',
    '',
    'Unpacks with the same checks as preflight (no .., absolute paths, links or encrypted entries; at most',
    `${DEFAULT_ZIP_LIMITS.maxEntries} entries, ${DEFAULT_ZIP_LIMITS.maxTotalBytes / MB} MB unpacked, ${DEFAULT_ZIP_LIMITS.maxRatio}:1) into a temporary folder, checks the manifest,`,
    'and only then moves the package into the library; a refused import leaves the library as it was.',
    'Exit codes: 0 imported, 1 refused (what is wrong and how to fix it; also when the package is already',
    'there without --replace or --copy), 2 the file or folder could not be read (missing, not a zip, damaged).',
    '--json prints {ok, imported, libraryDir}, {ok: false, conflict, hint} or {ok: false, error}.',
  ],
  options: { replace: { type: 'boolean' }, copy: { type: 'boolean' }, root: { type: 'string' }, 'library-dir': { type: 'string' } },
};

export const listSpec: CommandSpec = {
  name: 'list',
  summary: 'list the courses and imported packages, with every profile\'s status in each',
  usage: 'leerpad list [--data-dir DIR] [--json]',
  details: [
    '',
    'For each course and package, every profile: not started, in progress, completed, passed or failed, the score',
    'and when they last studied it (UTC); a course also says how many modules are finished.',
    '--json prints {courses, packages}, each entry with its learners.',
    'It only reads (no lock, no upgrade), so it works while Leerpad is open.',
  ],
  options: {},
};

export const learnerExportSpec: CommandSpec = {
  name: 'learner-export',
  summary: 'write one learner (profile, PIN hash, all progress and writing) to a file, to move them to another computer',
  usage: 'leerpad learner-export --learner <name> [--out <file.json>] [--data-dir DIR] [--json]',
  details: [
    '  --learner NAME   the profile to export (as the profile list shows it; case does not matter)',
    '  --out FILE       where to write (default: leerpad-learner-<name>.json here)',
    'The PIN travels only as the stored hash. Close Leerpad first: this holds the data folder as the app does.',
  ],
  options: { learner: { type: 'string' }, out: { type: 'string' } },
};

export const learnerImportSpec: CommandSpec = {
  name: 'learner-import',
  summary: 'merge a learner file from another computer into this data folder',
  usage: 'leerpad learner-import <file.json> [--data-dir DIR] [--json]',
  details: [
    '',
    'The profile with the same id, else the same name, is merged into; otherwise it is added with its PIN.',
    'Per module the attempt with the newer last commit wins and nothing newer here is overwritten; a reflection',
    'written on both computers keeps the other text as a dated version. Importing the same file again changes nothing.',
    'Exit codes: 0 imported, 1 refused (not a learner file, made by a newer Leerpad, Leerpad is open on this folder),',
    '2 the file could not be read intact (missing, not JSON, damaged: its checksum does not match). Nothing changes',
    'unless the exit code is 0.',
  ],
  options: {},
};
