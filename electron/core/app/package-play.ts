import type { PackageItem, PackageOutline, PackageStatus, ScormEdition } from '../contract';
import { apiEditionOf } from '../contract';
import type { LibraryPackage } from '../library/library';
import type { PlayItem, PlayModel } from '../library/play-model';
import type { AttemptRow } from '../progress/attempts';
import { itemStatus, resumeItem, rollUp, type RollupItem } from '../progress/package-rollup';

/**
 * The learner's view of a package: the navigation tree with each item's status, the rolled-up status
 * and where to resume. Items with isvisible="false" are left out of the tree and the rollup (IMS CP:
 * not shown to the learner), unless hiding them would leave nothing to open: some authoring tools hide
 * their only item and navigate inside their SCO.
 */

function shown(items: readonly PlayItem[]): PlayItem[] {
  return items.filter((i) => i.visible).map((i) => ({ ...i, children: shown(i.children) }));
}

function flat(items: readonly PlayItem[]): PlayItem[] {
  return items.flatMap((i) => [i, ...flat(i.children)]);
}

/** The tree the learner navigates: the visible items, or all of them when none visible can be opened. */
export function navigableItems(model: PlayModel): PlayItem[] {
  const visible = shown(model.items);
  return flat(visible).some((i) => i.launch) ? visible : model.items;
}

/** The items the rollup counts: every launchable item of the navigable tree, in document order. */
export function rollupItemsOf(model: PlayModel): RollupItem[] {
  return flat(navigableItems(model))
    .filter((i) => i.launch)
    .map((i) => ({ id: i.id, asset: i.launch?.scormType === 'asset', masteryScore: i.launch?.masteryScore ?? null }));
}

export function editionOfModel(model: PlayModel): ScormEdition {
  return apiEditionOf(model.edition);
}

export function packageStatusOf(model: PlayModel, rows: ReadonlyMap<string, AttemptRow>): PackageStatus {
  return rollUp(editionOfModel(model), rollupItemsOf(model), rows);
}

function toItem(i: PlayItem, rows: ReadonlyMap<string, AttemptRow>): PackageItem {
  return {
    id: i.id,
    title: i.title,
    launchable: i.launch !== null,
    children: i.children.map((c) => toItem(c, rows)),
    status: i.launch ? itemStatus(rows.get(i.id), i.launch.scormType === 'asset') : null,
    ...(i.launch?.notice ? { notice: i.launch.notice } : {}),
  };
}

export function outlineOf(summary: LibraryPackage, model: PlayModel, rows: ReadonlyMap<string, AttemptRow>): PackageOutline {
  const items = rollupItemsOf(model);
  // Only items that can play offline are opened (package/launch refuses the others), so they hold every commit.
  const offline = new Set(flat(navigableItems(model)).filter((i) => i.launch && !i.launch.notice).map((i) => i.id));
  const playable = items.filter((i) => offline.has(i.id));
  return {
    ...summary,
    items: navigableItems(model).map((i) => toItem(i, rows)),
    status: rollUp(editionOfModel(model), items, rows),
    resumeItemId: resumeItem(playable.length ? playable : items, rows),
  };
}
