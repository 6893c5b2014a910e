import type { TFunction } from 'i18next';
import type { AppErrorData } from '../../../../electron/core/contract';

type ProblemKey = 'fileTooBig' | 'uploadGone' | 'manifest-missing' | 'root-missing' | 'unreadable' | 'damaged' | 'crc' | 'unsafe' | 'symlink' | 'encrypted' | 'duplicate' | 'tooBig' | 'entity' | 'tooDeep' | 'malformed' | 'nothingToPlay' | 'other';

/** The zip reader's and the manifest check's problem codes (params.problem of PACKAGE_INVALID), grouped as a learner reads them. */
const PROBLEMS: Record<string, ProblemKey> = {
  'manifest-missing': 'manifest-missing',
  'root-missing': 'root-missing',
  'root-invalid': 'root-missing',
  unreadable: 'unreadable',
  damaged: 'damaged',
  crc: 'crc',
  parent: 'unsafe',
  absolute: 'unsafe',
  drive: 'unsafe',
  backslash: 'unsafe',
  nul: 'unsafe',
  reserved: 'unsafe',
  'file-folder': 'duplicate',
  symlink: 'symlink',
  encrypted: 'encrypted',
  duplicate: 'duplicate',
  'case-collision': 'duplicate',
  entries: 'tooBig',
  'total-size': 'tooBig',
  'entry-size': 'tooBig',
  'entry-ratio': 'tooBig',
  'total-ratio': 'tooBig',
  'read-cap': 'tooBig',
  entity: 'entity',
  depth: 'tooDeep',
  'manifest-malformed': 'malformed',
  'nothing-to-play': 'nothingToPlay',
};

/**
 * A refused import in the UI's words. Null for errors that are not about the package (ErrorNotice
 * says those); the manifest below the root is its own notice, with the button to import from there.
 */
export function importProblemText(t: TFunction, error: AppErrorData): string | null {
  // The upload's own refusals: its size cap, and an upload core no longer holds (expired, or a restart).
  if (error.code === 'PAYLOAD_TOO_LARGE') return t('packages.problem.fileTooBig', { maxMegabytes: error.params?.maxMegabytes ?? '?' });
  if (error.code === 'NOT_FOUND') return t('packages.problem.uploadGone');
  if (error.code !== 'PACKAGE_INVALID') return null;
  const problem = String(error.params?.problem ?? '');
  const key = Object.hasOwn(PROBLEMS, problem) ? PROBLEMS[problem]! : 'other';
  return t(`packages.problem.${key}`, { entry: '', root: '', ...error.params });
}

/** The folder to import from when the manifest is not at the zip's root. */
export function manifestFolder(error: AppErrorData): { found: string; root: string } | null {
  if (error.code !== 'PACKAGE_INVALID' || error.params?.problem !== 'manifest-not-at-root') return null;
  const found = String(error.params.found ?? '');
  const root = String(error.params.root ?? found.split('/').slice(0, -1).join('/'));
  return found && root ? { found, root } : null;
}
