// Moving an unpacked, checked package into the library: a new folder, a copy beside an existing
// one, or a replacement that keeps the existing id (learners' records are keyed by it).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ImportMode } from '../contract/library';
import { REPLACED_PREFIX } from './library-names';
import { listRecords, packageDir, type PackageRecord } from './package-record';

/**
 * The library's package that this one is a new version of: the same `<manifest identifier>`, or
 * the same title when the manifest has no identifier. The earliest imported wins, so a conflict
 * and the replace that answers it name the same package.
 */
export function samePackage(libraryDir: string, manifestIdentifier: string | null, title: string): PackageRecord | undefined {
  const matches = listRecords(libraryDir).filter((r) =>
    manifestIdentifier ? r.manifestIdentifier === manifestIdentifier : !r.manifestIdentifier && r.title === title,
  );
  return matches.sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id))[0];
}

/** `base`, else `base-2`, `base-3` …: the first id no folder of the library has. */
export function freeId(libraryDir: string, base: string): string {
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!fs.existsSync(packageDir(libraryDir, id))) return id;
  }
}

/**
 * Swaps `ready` in for the package folder `id`: the old one is renamed aside, the new one renamed
 * in (both renames within the library, so each is atomic), then the old one deleted. If the
 * second rename fails the old folder is put back, and the library is as it was.
 */
export function replaceFolder(libraryDir: string, id: string, ready: string): void {
  const target = packageDir(libraryDir, id);
  const aside = path.join(libraryDir, `${REPLACED_PREFIX}${id}-${randomBytes(4).toString('hex')}`);
  fs.renameSync(target, aside);
  try {
    fs.renameSync(ready, target);
  } catch (e) {
    fs.renameSync(aside, target);
    throw e;
  }
  fs.rmSync(aside, { recursive: true, force: true });
}

/** Where an import goes: its id, and whether it replaces a folder. `undefined` mode with a match is a conflict. */
export type Placement = { kind: 'new'; id: string } | { kind: 'replace'; id: string } | { kind: 'conflict'; existing: PackageRecord };

export function placementOf(libraryDir: string, baseId: string, existing: PackageRecord | undefined, mode: ImportMode | undefined): Placement {
  if (!existing) return { kind: 'new', id: freeId(libraryDir, baseId) };
  if (mode === 'replace') return { kind: 'replace', id: existing.id };
  if (mode === 'copy') return { kind: 'new', id: freeId(libraryDir, baseId) };
  return { kind: 'conflict', existing };
}
