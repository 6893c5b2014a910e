import { MANIFEST_FILE } from '../manifest-file';
import { zipLimits, type ZipLimits } from '../zip-limits';
import { readZip, type ZipSource } from '../zip-read';
import type { Finding } from './finding';

/**
 * A `package-per-module` export: a zip holding only packages (`01-welkom-scorm12.zip`, …) at its
 * root and no manifest of its own. The lecturer uploads each inner package on its own, so each is
 * checked as a package of its own.
 */
export function isPackageSet(files: ReadonlyMap<string, number>): boolean {
  return !files.has(MANIFEST_FILE) && files.size > 0 && [...files.keys()].every((f) => !f.includes('/') && /\.zip$/i.test(f));
}

/** A finding in one package of the set: `item` and `params` name that package. */
function inPackage(f: Finding, name: string): Finding {
  return { ...f, item: f.item === undefined ? name : `${name}/${f.item}`, params: { ...f.params, package: name } };
}

/**
 * Reads the inner packages one at a time (never two at once in memory) through the safe reader and
 * checks each with `check`, which must not accept a set again: one level of nesting is all an
 * export makes, and a zip of zips of zips is not something to unpack on a lecturer's word.
 */
export async function preflightPackageSet(
  source: ZipSource,
  limits: Partial<ZipLimits> | undefined,
  check: (pkg: Uint8Array) => Promise<Finding[]>,
): Promise<Finding[]> {
  const perPackage: PackageFindings[] = [];
  const cap = zipLimits(limits).maxEntryBytes;
  await readZip(source, { limits }, async (entry, zip) => {
    if (entry.directory) return;
    perPackage.push({ name: entry.name, findings: await check(await zip.read(entry, cap)) });
  });
  return mergePackageFindings(perPackage);
}

export interface PackageFindings {
  /** The inner package's file name in the set. */
  name: string;
  findings: Finding[];
}

/** The set's findings: each package's, named by package, with a remark every package got said once. */
export function mergePackageFindings(perPackage: PackageFindings[]): Finding[] {
  // A remark about no file in particular that every package gets (an LMS's quirk with the edition) is said once.
  const key = (f: Finding) => `${f.rule}\0${f.message}`;
  const inEvery = (f: Finding) => f.item === undefined && perPackage.every((p) => p.findings.some((g) => g.item === undefined && key(g) === key(f)));
  const general = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const { name, findings } of perPackage) {
    for (const f of findings) {
      if (!inEvery(f)) out.push(inPackage(f, name));
      else if (!general.has(key(f))) general.set(key(f), f);
    }
  }
  return [...general.values(), ...out];
}
