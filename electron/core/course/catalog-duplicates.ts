import path from 'node:path';
import type { CatalogEntry } from './catalog-entry';
import { IssueList } from './issues';

/**
 * Learners' progress is stored under the course id, so two folders with one id would share it and
 * the one listed first would shadow the other: a copied or planted folder ("aaa/" with the id of the
 * real course) could take over every learner's attempts. When several folders claim an id, only
 * the folder named like the id keeps it; if there is no single such folder, none does.
 */
export function refuseShadowing(entries: CatalogEntry[]): CatalogEntry[] {
  const byId = new Map<string, CatalogEntry[]>();
  for (const e of entries) byId.set(e.summary.id, [...(byId.get(e.summary.id) ?? []), e]);
  return entries.map((entry) => {
    const claimants = byId.get(entry.summary.id)!;
    if (claimants.length === 1) return entry;
    const named = claimants.filter((c) => path.basename(c.dir) === c.summary.id);
    if (named.length === 1 && named[0] === entry) return entry;
    return refused(
      entry,
      claimants.filter((c) => c !== entry).map((c) => c.dir),
    );
  });
}

function refused(entry: CatalogEntry, others: string[]): CatalogEntry {
  const id = entry.summary.id;
  const list = new IssueList();
  list
    .forFile('course.yaml')
    .error('course.duplicate-id', undefined, { id, others: others.join(',') });
  // A new summary: the cached one is reused when the other folder goes away.
  return { ...entry, summary: { ...entry.summary, status: 'invalid', issues: [...list.all, ...entry.summary.issues] } };
}
