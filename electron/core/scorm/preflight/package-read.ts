import path from 'node:path';
import { MANIFEST_FILE } from '../manifest-file';
import type { ZipLimits } from '../zip-limits';
import { ZipRefusal } from '../zip-refusal';
import { readZip, ZipReader, type ZipProgress, type ZipSource } from '../zip-read';

/** A package as the rules see it: every file's name and size, and the content of the few files they read. */
export interface PackageContents {
  /** Every file in the zip (folders left out) → its unpacked size. */
  files: Map<string, number>;
  /** The manifest, every module.json and course.json and every schema file (.xsd, .dtd), read in full. */
  inspected: Map<string, Uint8Array>;
  zipBytes: number;
  /** What the zip unpacks to: the LMS stores this beside the zip. */
  unpackedBytes: number;
}

/**
 * Memory the inspected files may take together. Real manifests stay under a few MB and a Leerpad
 * module.json under 1 MB; a zip full of huge "module.json" files must not fill the memory.
 */
export const INSPECT_BUDGET_BYTES = 64 * 1024 * 1024;

const LEERPAD_DATA = new Set(['module.json', 'course.json']);
export const isInspected = (name: string) => name === MANIFEST_FILE || LEERPAD_DATA.has(path.posix.basename(name)) || /\.(xsd|dtd)$/i.test(name);

/**
 * Reads a package zip with the safe reader: limits and unsafe entries refused while listing,
 * every entry streamed through the CRC check, only the inspected files kept. Throws a ZipRefusal.
 */
export async function readPackage(source: ZipSource, limits: Partial<ZipLimits> = {}, progress?: ZipProgress): Promise<PackageContents> {
  const files = new Map<string, number>();
  const inspected = new Map<string, Uint8Array>();
  let held = 0;
  const summary = await readZip(source, { limits, progress }, async (entry, zip) => {
    if (entry.directory) return;
    files.set(entry.name, entry.size);
    if (!isInspected(entry.name)) return;
    held += entry.size;
    if (held > INSPECT_BUDGET_BYTES) throw new ZipRefusal('read-cap', { entry: entry.name, actual: held, limit: INSPECT_BUDGET_BYTES });
    inspected.set(entry.name, await zip.read(entry, INSPECT_BUDGET_BYTES));
  });
  return { files, inspected, zipBytes: summary.zipBytes, unpackedBytes: summary.unpackedBytes };
}

/**
 * The contents of a package built in memory (an export's file map), as readPackage would give them
 * for its zip: no unzip round trip. Trusted input, so no read budget; `zipBytes` is the zip built from it.
 */
export function contentsOf(files: ReadonlyMap<string, Uint8Array>, zipBytes: number): PackageContents {
  const sizes = new Map<string, number>();
  const inspected = new Map<string, Uint8Array>();
  let unpackedBytes = 0;
  for (const [name, body] of files) {
    sizes.set(name, body.byteLength);
    unpackedBytes += body.byteLength;
    if (isInspected(name)) inspected.set(name, body);
  }
  return { files: sizes, inspected, zipBytes, unpackedBytes };
}

/** Only the manifest of a zip (the package learners use now), or null when it has none at its root. */
export async function readManifestText(source: ZipSource, limits: Partial<ZipLimits> = {}): Promise<string | null> {
  const zip = await ZipReader.open(source, limits);
  try {
    const entry = zip.entries.find((e) => e.name === MANIFEST_FILE);
    return entry ? manifestText(await zip.read(entry, INSPECT_BUDGET_BYTES)) : null;
  } finally {
    zip.close();
  }
}

/** The manifest as text, without a byte order mark. */
export function manifestText(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, '');
}
