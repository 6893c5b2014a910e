import fs from 'node:fs';
import path from 'node:path';
import type { ScormEdition } from '../contract';
import { AppError } from '../errors';

export interface SchemaImport {
  namespace: string;
  /** Path inside the schema set folder (and at the package root, where the set is shipped). */
  file: string;
}

export interface SchemaSet {
  /** Folder name under build/scorm-schemas. */
  folder: string;
  /** Every namespace a manifest of this edition uses, with its schema: xsi:schemaLocation and the wrapper XSD. */
  imports: SchemaImport[];
}

export const NS = {
  imscp12: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp12: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  imsmd12: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
  imscp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
  adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
  imsss: 'http://www.imsglobal.org/xsd/imsss',
  lom: 'http://ltsc.ieee.org/xsd/LOM',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

export const SCHEMA_SETS: Record<ScormEdition, SchemaSet> = {
  scorm12: {
    folder: 'scorm12',
    imports: [
      { namespace: NS.imscp12, file: 'imscp_rootv1p1p2.xsd' },
      { namespace: NS.adlcp12, file: 'adlcp_rootv1p2.xsd' },
      { namespace: NS.imsmd12, file: 'imsmd_rootv1p2p1.xsd' },
    ],
  },
  scorm2004: {
    folder: 'scorm2004-4th',
    imports: [
      { namespace: NS.imscp, file: 'imscp_v1p1.xsd' },
      { namespace: NS.adlcp, file: 'adlcp_v1p3.xsd' },
      { namespace: NS.adlseq, file: 'adlseq_v1p3.xsd' },
      { namespace: NS.adlnav, file: 'adlnav_v1p3.xsd' },
      { namespace: NS.imsss, file: 'imsss_v1p0.xsd' },
      { namespace: NS.lom, file: 'lom.xsd' },
    ],
  },
};

export function schemaLocation(edition: ScormEdition): string {
  return SCHEMA_SETS[edition].imports.map((i) => `${i.namespace} ${i.file}`).join(' ');
}

/** Provenance notes are for us, not for the LMS. */
const NOT_SHIPPED = new Set(['SOURCES.md']);

/**
 * Every file of the edition's official schema set, by its path relative to the set folder (posix),
 * sorted. Shipped at the package root with their relative paths kept: lom.xsd includes common/…,
 * and the manifest's xsi:schemaLocation names files at the root (CAM: "ship the XSDs the manifest
 * references").
 */
export function readSchemaSet(schemasDir: string, edition: ScormEdition): Map<string, Buffer> {
  const root = path.join(schemasDir, SCHEMA_SETS[edition].folder);
  const files = new Map<string, Buffer>();
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && !NOT_SHIPPED.has(child)) files.set(child, fs.readFileSync(path.join(root, child)));
    }
  };
  if (!fs.existsSync(path.join(root, SCHEMA_SETS[edition].imports[0]!.file))) {
    throw new AppError({
      code: 'IO',
      message: `The SCORM schema set is missing: ${root} has no ${SCHEMA_SETS[edition].imports[0]!.file}.`,
      hint: 'Restore build/scorm-schemas from the repository; packages must ship the official XSDs.',
    });
  }
  walk('');
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
