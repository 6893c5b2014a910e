import { MANIFEST_FILE } from '../package-build';
import type { XmlRefusal } from '../xml';
import type { ZipRefusal } from '../zip-limits';
import { finding, type Finding } from './finding';

const MB = 1024 * 1024;
const mb = (bytes: number | undefined) => Number(((bytes ?? 0) / MB).toFixed(1));

/**
 * Rules whose finding means the package could not be read at all (the CLI exits 2): the zip or
 * its manifest was refused before any other rule could look at it.
 */
export const isUnreadableRule = (id: string) => id.startsWith('zip.') || id.startsWith('xml.');

/** The reader's refusal as the one finding of its own rule, with the facts its texts need. */
export function zipRefusalFinding(e: ZipRefusal): Finding {
  const { problem, facts } = e;
  const entry = facts.entry ?? '';
  switch (problem) {
    case 'unreadable':
      return finding('error', 'zip.unreadable', undefined, { reason: facts.reason ?? '' });
    case 'damaged':
      return finding('error', 'zip.damaged', entry, { entry, reason: facts.reason ?? '' });
    case 'crc':
      return finding('error', 'zip.crc', entry, { entry });
    case 'entries':
      return finding('error', 'zip.entries', undefined, { entries: facts.actual ?? 0, limit: facts.limit ?? 0 });
    case 'total-size':
      return finding('error', 'zip.total-size', entry, { entry, unpacked: mb(facts.actual), limit: mb(facts.limit) });
    case 'entry-size':
      return finding('error', 'zip.entry-size', entry, { entry, size: mb(facts.actual), limit: mb(facts.limit) });
    case 'entry-ratio':
      return finding('error', 'zip.ratio', entry, { entry, ratio: facts.actual ?? 0, limit: facts.limit ?? 0 });
    case 'total-ratio':
      return finding('error', 'zip.total-ratio', undefined, { ratio: facts.actual ?? 0, limit: facts.limit ?? 0 });
    case 'parent':
    case 'absolute':
    case 'drive':
    case 'backslash':
    case 'nul':
      return finding('error', 'zip.path', entry, { problem, path: entry });
    case 'reserved':
      return finding('error', 'zip.reserved', entry, { entry });
    case 'symlink':
      return finding('error', 'zip.symlink', entry, { entry });
    case 'encrypted':
      return finding('error', 'zip.encrypted', entry, { entry });
    case 'method':
      return finding('error', 'zip.method', entry, { entry, method: facts.actual ?? 0 });
    case 'duplicate':
      return finding('error', 'zip.duplicate', entry, { entry });
    case 'case-collision':
      return finding('error', 'zip.case-collision', entry, { entry, other: facts.other ?? '' });
    case 'file-folder':
      return finding('error', 'zip.file-folder', entry, { entry, other: facts.other ?? '' });
    case 'read-cap':
      return finding('error', 'zip.read-cap', entry, { entry, size: mb(facts.actual), limit: mb(facts.limit) });
  }
}

/** A manifest Leerpad will not parse (entities, nesting): its own finding, with the line. */
export function xmlRefusalFinding(e: XmlRefusal): Finding {
  const { line, limit } = e.hazard;
  return e.hazard.problem === 'entity'
    ? finding('error', 'xml.entity', `${MANIFEST_FILE}:${line}`, { line })
    : finding('error', 'xml.depth', `${MANIFEST_FILE}:${line}`, { line, limit: limit ?? 0 });
}
