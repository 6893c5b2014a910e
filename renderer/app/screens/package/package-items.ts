import type { PackageItem, PackageStatus } from '../../../../electron/core/contract';

/** The items a learner can open, in the organization's order (depth first, as LMSs number them). */
export function launchableItems(items: PackageItem[]): PackageItem[] {
  return items.flatMap((i) => [...(i.launchable ? [i] : []), ...launchableItems(i.children)]);
}

export type StatusKey = 'passed' | 'failed' | 'completed' | 'incomplete' | 'notStarted';

/** One word for a status, the same rule as StatusBadge: success before completion. */
export function statusKey(status: PackageStatus | null): StatusKey {
  if (!status) return 'notStarted';
  if (status.success === 'passed') return 'passed';
  if (status.success === 'failed') return 'failed';
  if (status.completion === 'completed') return 'completed';
  return status.completion === 'incomplete' ? 'incomplete' : 'notStarted';
}

/** Beside the words, never instead of them. */
export const STATUS_ICONS: Record<StatusKey, string> = { passed: '✔', completed: '✔', failed: '✖', incomplete: '◐', notStarted: '○' };
