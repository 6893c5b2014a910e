import type { PackageStatus, ScormEdition } from '../contract';
import type { AttemptRow } from './attempts';

/** A launchable item as the rollup sees it. */
export interface RollupItem {
  id: string;
  /** An asset never talks to the API: launching it counts as completing it (SCORM 2004 SN 4.2.1, CAM 3.4.1.4). */
  asset?: boolean;
  /** 1.2 `adlcp:masteryscore`: this SCO's pass/fail counts towards the package's. */
  masteryScore?: number | null;
}

const NOT_STARTED: PackageStatus = { completion: 'not attempted', success: 'unknown', scoreScaled: null, lastStudiedAt: null };

/** One item's standing for the learner, from its newest attempt. */
export function itemStatus(row: AttemptRow | undefined, asset = false): PackageStatus {
  if (!row) return NOT_STARTED;
  const opened = row.commit_seq > 0 || asset;
  return {
    completion: asset ? 'completed' : row.completion,
    success: row.success,
    scoreScaled: row.score_scaled,
    lastStudiedAt: opened ? row.updated_at : null,
  };
}

/**
 * The package's status for a learner.
 *
 * Completion, both editions: completed when every launchable item is completed (1.2's `passed` and
 * `failed` are completed too); incomplete once any was opened. For 2004 this is the plain rule, not
 * scorm-again's sequencing: its rollup runs inside the browser's API object on an activity tree built
 * from the manifest's imsss rules, which the library does not read; without rollup rules, SCORM 2004 SN
 * 4.6's default rollup (all children completed → completed) is this same rule.
 *
 * Success: 1.2 → the SCOs with a mastery score decide (all passed → passed, any failed → failed);
 * without any, and for 2004, every launchable item that reported pass/fail decides the same way.
 * The score is the mean of the scores the items reported.
 */
export function rollUp(edition: ScormEdition, items: readonly RollupItem[], rows: ReadonlyMap<string, AttemptRow>): PackageStatus {
  const statuses = items.map((i) => ({ item: i, status: itemStatus(rows.get(i.id), i.asset) }));
  const opened = statuses.filter((s) => s.status.lastStudiedAt !== null);
  if (items.length === 0 || opened.length === 0) return NOT_STARTED;

  const done = (s: PackageStatus) => s.completion === 'completed' || s.success === 'passed';
  const completion = statuses.every((s) => done(s.status)) ? 'completed' : 'incomplete';

  const mastered = edition === 'scorm12' ? statuses.filter((s) => typeof s.item.masteryScore === 'number') : [];
  const judged = mastered.length > 0 ? mastered : statuses.filter((s) => !s.item.asset && s.status.success !== 'unknown');
  const success =
    judged.length === 0
      ? 'unknown'
      : judged.some((s) => s.status.success === 'failed')
        ? 'failed'
        : judged.every((s) => s.status.success === 'passed') && (mastered.length > 0 || judged.length === statuses.filter((s) => !s.item.asset).length)
          ? 'passed'
          : 'unknown';

  const scores = statuses.map((s) => s.status.scoreScaled).filter((n): n is number => n !== null);
  const lastStudiedAt = opened.map((s) => s.status.lastStudiedAt!).sort().at(-1) ?? null;
  return {
    completion,
    success,
    scoreScaled: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    lastStudiedAt,
  };
}

/** Where the learner goes on: the item with the newest commit, else the first launchable one. */
export function resumeItem(items: readonly RollupItem[], rows: ReadonlyMap<string, AttemptRow>): string | null {
  let best: { id: string; at: string } | null = null;
  for (const i of items) {
    const r = rows.get(i.id);
    if (r && r.commit_seq > 0 && (!best || r.updated_at > best.at)) best = { id: i.id, at: r.updated_at };
  }
  return best?.id ?? items[0]?.id ?? null;
}
