import { AppError } from '../errors';

/** What a zip may hold before the reader refuses it; every limit is checked while reading. */
export interface ZipLimits {
  /** Entries in the central directory, folders included. */
  maxEntries: number;
  /** Sum of the unpacked sizes of all entries, in bytes. */
  maxTotalBytes: number;
  /** Unpacked size of one entry, in bytes. */
  maxEntryBytes: number;
  /** Unpacked size ÷ packed size, for one entry and for the whole zip. */
  maxRatio: number;
  /**
   * The ratio is only held against entries (and zips) that unpack to more than this: a small text
   * of repeated characters legitimately deflates beyond 100:1, and below this size it cannot hurt.
   */
  ratioGraceBytes: number;
}

const MB = 1024 * 1024;

/** Defaults of issue 8/12: 20 000 entries, 2 GB unpacked, 100:1. */
export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = {
  maxEntries: 20_000,
  maxTotalBytes: 2048 * MB,
  // A lecture video in a package can reach several hundred MB; one file of more than 1 GB is not course material.
  maxEntryBytes: 1024 * MB,
  maxRatio: 100,
  ratioGraceBytes: 1 * MB,
};

export function zipLimits(overrides: Partial<ZipLimits> = {}): ZipLimits {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_ZIP_LIMITS, ...defined };
}

/** Why the reader refused a zip; one code per refusal, the preflight reports each as its own rule. */
export type ZipProblem =
  | 'unreadable'
  | 'damaged'
  | 'crc'
  | 'entries'
  | 'total-size'
  | 'entry-size'
  | 'entry-ratio'
  | 'total-ratio'
  | 'parent'
  | 'absolute'
  | 'drive'
  | 'backslash'
  | 'nul'
  | 'reserved'
  | 'symlink'
  | 'encrypted'
  | 'method'
  | 'duplicate'
  | 'case-collision'
  | 'file-folder'
  | 'read-cap';

export interface ZipFacts {
  entry?: string;
  /** The other entry of a collision. */
  other?: string;
  limit?: number;
  actual?: number;
  reason?: string;
}

const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
const hex = (n: number) => `0x${(n >>> 0).toString(16).padStart(8, '0')}`;
/** Control characters shown escaped: a name with a NUL or newline must not garble a terminal or log line. */
// eslint-disable-next-line no-control-regex
export const shownName = (name: string) => name.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

const REPACK = 'Zip the package folder again with a standard zip tool (or export it again), then retry.';
const LIMIT_HINT = 'If you trust this package, raise the limit (preflight: --max-entries, --max-unpacked-mb, --max-entry-mb, --max-ratio).';

function describe(problem: ZipProblem, f: ZipFacts): { message: string; hint: string } {
  const e = `Entry '${shownName(f.entry ?? '')}'`;
  switch (problem) {
    case 'unreadable':
      return { message: `This is not a readable zip file (${f.reason}).`, hint: 'Export the package again, or zip the package folder with a standard zip tool.' };
    case 'damaged':
      return { message: `${e} cannot be unpacked: the zip is damaged (${f.reason}).`, hint: REPACK };
    case 'crc':
      return { message: `${e} is damaged: its content has CRC-32 ${hex(f.actual!)}, the zip says ${hex(f.limit!)}.`, hint: REPACK };
    case 'entries':
      return { message: `The zip has ${f.actual} entries; at most ${f.limit} are accepted.`, hint: LIMIT_HINT };
    case 'total-size':
      return { message: `The zip unpacks to more than ${mb(f.limit!)} (with '${shownName(f.entry ?? '')}' it reaches ${mb(f.actual!)}).`, hint: LIMIT_HINT };
    case 'entry-size':
      return { message: `${e} unpacks to ${mb(f.actual!)}, more than the ${mb(f.limit!)} accepted for one file.`, hint: LIMIT_HINT };
    case 'entry-ratio':
      return { message: `${e} unpacks to ${f.actual} times its packed size, more than the ${f.limit}:1 accepted: a zip bomb or a damaged zip.`, hint: LIMIT_HINT };
    case 'total-ratio':
      return { message: `The zip unpacks to ${f.actual} times its own size, more than the ${f.limit}:1 accepted: a zip bomb or a damaged zip.`, hint: LIMIT_HINT };
    case 'parent':
      return { message: `${e} leaves the package folder ('..').`, hint: 'Zip the package with paths relative to its root folder.' };
    case 'absolute':
      return { message: `${e} has an absolute path.`, hint: 'Zip the package with paths relative to its root folder.' };
    case 'drive':
      return { message: `${e} starts with a drive letter.`, hint: 'Zip the package with paths relative to its root folder.' };
    case 'backslash':
      return { message: `${e} contains a backslash: Windows reads it as a folder separator, other systems as part of the name.`, hint: 'Zip the package with forward slashes (/) between folders.' };
    case 'nul':
      return { message: `${e} contains a NUL character, which no file system allows in a name.`, hint: REPACK };
    case 'reserved':
      return {
        message: `${e} has a name Windows stores differently or not at all (a device name such as CON or AUX, a trailing dot or space, or an empty or '.' folder).`,
        hint: 'Rename it (and the links to it), then zip again.',
      };
    case 'symlink':
      return { message: `${e} is a symbolic link; a package may only hold files and folders.`, hint: 'Replace the link by the file it points to, then zip again.' };
    case 'encrypted':
      return { message: `${e} is encrypted; no LMS can read it.`, hint: 'Zip the package again without a password.' };
    case 'method':
      return { message: `${e} uses compression method ${f.actual}; only stored (0) and deflate (8) can be read everywhere.`, hint: 'Zip the package again with the standard deflate method.' };
    case 'duplicate':
      return { message: `${e} occurs twice in the zip; unpacking keeps only one of them.`, hint: 'Remove the second copy and zip again.' };
    case 'case-collision':
      return {
        message: `${e} and '${shownName(f.other ?? '')}' differ only in upper/lower case or Unicode form: on Windows and macOS one overwrites the other.`,
        hint: 'Rename one of them (and the links to it), then zip again.',
      };
    case 'file-folder':
      return {
        message: `${e} needs a folder '${shownName(f.other ?? '')}', but the zip also has a file of that name: unpacking cannot make both.`,
        hint: 'Rename the file or the folder (and the links to it), then zip again.',
      };
    case 'read-cap':
      return {
        message: `Reading entry '${shownName(f.entry ?? '')}' would hold ${mb(f.actual!)} in memory, more than the ${mb(f.limit!)} allowed for the files that are checked.`,
        hint: 'Keep the manifest, module.json and schema files small; large content belongs in files of their own.',
      };
  }
}

/** A refused zip: PACKAGE_INVALID with the problem and its facts as params, an English message naming the entry and the limit. */
export class ZipRefusal extends AppError {
  constructor(
    readonly problem: ZipProblem,
    readonly facts: ZipFacts,
  ) {
    const { message, hint } = describe(problem, facts);
    const params = Object.fromEntries(Object.entries({ problem, ...facts }).filter(([, v]) => v !== undefined)) as Record<string, string | number>;
    super({ code: 'PACKAGE_INVALID', message, hint, params });
    this.name = 'ZipRefusal';
  }
}

export const isZipRefusal = (e: unknown): e is ZipRefusal => e instanceof ZipRefusal;
