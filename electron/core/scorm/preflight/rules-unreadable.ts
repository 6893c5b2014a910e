import { MANIFEST_FILE } from '../manifest-file';
import type { XmlRefusal } from '../xml';
import type { ZipRefusal } from '../zip-refusal';
import { finding, type Finding } from './finding';

/**
 * Rules whose finding means the package could not be read at all (the CLI exits 2): the zip or
 * its manifest was refused before any other rule could look at it.
 */
export const isUnreadableRule = (id: string) => id.startsWith('zip.') || id.startsWith('xml.');

/** The reader's refusal as the one finding of its own rule (its code, entry and params come with the refusal). */
export function zipRefusalFinding(e: ZipRefusal): Finding {
  const { code, item, params, message, fix } = e.finding;
  return { severity: 'error', rule: code, ...(item === undefined ? {} : { item }), message, fix, params };
}

/** A manifest Leerpad will not parse (entities, nesting): its own finding, with the line. */
export function xmlRefusalFinding(e: XmlRefusal): Finding {
  const { line, limit } = e.hazard;
  return e.hazard.problem === 'entity'
    ? finding('error', 'xml.entity', `${MANIFEST_FILE}:${line}`, { line })
    : finding('error', 'xml.depth', `${MANIFEST_FILE}:${line}`, { line, limit: limit ?? 0 });
}
