/** The extension of a learner file (progress/transfer-format.ts names its files with it). */
export const LEARNER_FILE_EXTENSION = '.json';

/**
 * What an upload is for, and the file names each accepts: the desktop copies only a file the learner
 * chose with one of these endings (electron/main/stage-file.ts), never any other file on the computer.
 */
export const UPLOAD_KINDS = {
  package: ['.zip'],
  backup: ['.zip'],
  'learner-file': [LEARNER_FILE_EXTENSION],
} as const satisfies Record<string, readonly string[]>;

export type UploadKind = keyof typeof UPLOAD_KINDS;

export const isUploadKind = (v: unknown): v is UploadKind => typeof v === 'string' && Object.hasOwn(UPLOAD_KINDS, v);

export const acceptsFileName = (kind: UploadKind, name: string): boolean => UPLOAD_KINDS[kind].some((ext) => name.toLowerCase().endsWith(ext));
