import { preflightTextEn, type PreflightCode, type PreflightParams } from '../../shared/messages/preflight';
import { AppError } from '../errors';
import type { ZipFacts, ZipProblem } from './zip-limits';

/** A refusal as the preflight reports it: the catalogue code, the entry it names and the params of its texts. */
export interface ZipRefusalFinding {
  code: PreflightCode;
  item?: string;
  params: Record<string, string | number>;
  message: string;
  fix: string;
}

const MB = 1024 * 1024;
const mb = (bytes: number | undefined) => Number(((bytes ?? 0) / MB).toFixed(1));
const hex = (n: number | undefined) => `0x${((n ?? 0) >>> 0).toString(16).padStart(8, '0')}`;

function refused<C extends PreflightCode>(code: C, item: string | undefined, params: PreflightParams<C>): ZipRefusalFinding {
  const all = params as Record<string, string | number>;
  return { code, ...(item === undefined ? {} : { item }), params: all, ...preflightTextEn(code, params) };
}

/** The catalogue's code and params for one refusal (electron/shared/messages/preflight/zip.ts). */
function asFinding(problem: ZipProblem, facts: ZipFacts): ZipRefusalFinding {
  const entry = facts.entry ?? '';
  switch (problem) {
    case 'unreadable':
      return refused('zip.unreadable', undefined, { reason: facts.reason ?? '' });
    case 'damaged':
      return refused('zip.damaged', entry, { entry, reason: facts.reason ?? '' });
    case 'crc':
      return refused('zip.crc', entry, { entry, actual: hex(facts.actual), expected: hex(facts.limit) });
    case 'entries':
      return refused('zip.entries', undefined, { entries: facts.actual ?? 0, limit: facts.limit ?? 0 });
    case 'total-size':
      return refused('zip.total-size', entry, { entry, unpacked: mb(facts.actual), limit: mb(facts.limit) });
    case 'entry-size':
      return refused('zip.entry-size', entry, { entry, size: mb(facts.actual), limit: mb(facts.limit) });
    case 'entry-ratio':
      return refused('zip.ratio', entry, { entry, ratio: facts.actual ?? 0, limit: facts.limit ?? 0 });
    case 'total-ratio':
      return refused('zip.total-ratio', undefined, { ratio: facts.actual ?? 0, limit: facts.limit ?? 0 });
    case 'parent':
    case 'absolute':
    case 'drive':
    case 'backslash':
    case 'nul':
      return refused('zip.path', entry, { problem, path: entry });
    case 'reserved':
      return refused('zip.reserved', entry, { entry });
    case 'symlink':
      return refused('zip.symlink', entry, { entry });
    case 'encrypted':
      return refused('zip.encrypted', entry, { entry });
    case 'method':
      return refused('zip.method', entry, { entry, method: facts.actual ?? 0 });
    case 'duplicate':
      return refused('zip.duplicate', entry, { entry });
    case 'case-collision':
      return refused('zip.case-collision', entry, { entry, other: facts.other ?? '' });
    case 'file-folder':
      return refused('zip.file-folder', entry, { entry, other: facts.other ?? '' });
    case 'read-cap':
      return refused('zip.read-cap', entry, { entry, size: mb(facts.actual), limit: mb(facts.limit) });
  }
}

/**
 * A refused zip: PACKAGE_INVALID with the problem and its facts as params; its message and fix are
 * the preflight catalogue's English for the finding it becomes, so an import and a preflight say the same.
 */
export class ZipRefusal extends AppError {
  readonly finding: ZipRefusalFinding;

  constructor(
    readonly problem: ZipProblem,
    readonly facts: ZipFacts,
  ) {
    const finding = asFinding(problem, facts);
    const params = Object.fromEntries(Object.entries({ problem, ...facts }).filter(([, v]) => v !== undefined)) as Record<string, string | number>;
    super({ code: 'PACKAGE_INVALID', message: finding.message, hint: finding.fix, params });
    this.name = 'ZipRefusal';
    this.finding = finding;
  }
}

export const isZipRefusal = (e: unknown): e is ZipRefusal => e instanceof ZipRefusal;
