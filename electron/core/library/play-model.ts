// A package's navigation as the player needs it (issue 12, item 2): the organization an LMS
// would play, as a tree, with for each launchable item what to open and what to tell its SCO.
import fs from 'node:fs';
import path from 'node:path';
import type { ItemNotice, PackageEdition } from '../contract/library';
import { AppError } from '../errors';
import { MANIFEST_FILE } from '../scorm/manifest-file';
import { defaultOrganizationOf, parseManifest, type ManifestItem, type ManifestModel, type ManifestResource } from '../scorm/preflight/manifest-model';
import { noticeOf, packageRelative, withParameters } from './launch-href';
import { getRecord, packageDir } from './package-record';

/** What opening a launchable item needs; the cmi.* values an LMS initialises from the manifest. */
export interface PlayLaunch {
  resourceId: string;
  /** Package-relative (xml:base applied) with the item's parameters; an absolute URL as written. */
  href: string;
  /** 'sco' talks to the API; an 'asset' is only shown (and counts as completed once opened). */
  scormType: 'sco' | 'asset';
  /** 1.2 cmi.student_data.mastery_score (0–100). */
  masteryScore?: number;
  /** cmi.launch_data (1.2 cmi.launch_data too). */
  dataFromLMS?: string;
  /** 2004 cmi.completion_threshold (0–1). */
  completionThreshold?: number;
  /** 4th edition completionThreshold@completedByMeasure: the LMS decides completion from cmi.progress_measure. */
  completedByMeasure?: boolean;
  /** 2004 cmi.scaled_passing_score: the primary objective's minNormalizedMeasure when satisfiedByMeasure. */
  scaledPassingScore?: number;
  /** cmi.time_limit_action (1.2 cmi.student_data.time_limit_action). */
  timeLimitAction?: string;
  /** 1.2 cmi.student_data.max_time_allowed, as written. */
  maxTimeAllowed?: string;
  /** Why it cannot play offline; the player shows this instead of a blank frame. */
  notice?: ItemNotice;
}

export interface PlayItem {
  /** The manifest's item identifier (the resource's for a package without organization). */
  id: string;
  title: string;
  /** IMS CP isvisible: false items are played but not shown in the navigation. */
  visible: boolean;
  children: PlayItem[];
  /** Null for an item that only groups others. */
  launch: PlayLaunch | null;
}

export interface PlayModel {
  id: string;
  title: string;
  edition: PackageEdition;
  /** The organization played; null when the package has none and its resource is launched directly. */
  organizationId: string | null;
  items: PlayItem[];
}

function number(text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

/** CAM 4th 5.1.3.6: minNormalizedMeasure defaults to 1.0 when satisfiedByMeasure is true. */
function scaledPassingScore(item: ManifestItem): number | undefined {
  const primary = item.primaryObjective;
  return primary?.satisfiedByMeasure ? (number(primary.minNormalizedMeasure ?? '1.0', -1, 1) ?? undefined) : undefined;
}

function launchOf(dir: string, edition: PackageEdition, item: Partial<ManifestItem>, resource: ManifestResource | undefined, resourceId: string): PlayLaunch {
  const href = resource?.href?.trim();
  const notice = noticeOf(dir, href);
  const relative = href && notice !== 'external-url' ? (packageRelative(href) ?? href) : (href ?? '');
  const optional = {
    masteryScore: edition === '1.2' ? number(item.masteryscore, 0, 100) : undefined,
    dataFromLMS: item.dataFromLMS,
    completionThreshold: edition === '1.2' ? undefined : number(item.completionThreshold, 0, 1),
    completedByMeasure: edition === '1.2' ? undefined : item.completedByMeasure,
    scaledPassingScore: edition === '1.2' || !item.primaryObjective ? undefined : scaledPassingScore(item as ManifestItem),
    timeLimitAction: item.timeLimitAction,
    maxTimeAllowed: item.maxTimeAllowed,
    notice,
  };
  return {
    resourceId,
    href: withParameters(relative, item.parameters),
    scormType: resource?.scormType?.trim().toLowerCase() === 'sco' ? 'sco' : 'asset',
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
  };
}

/** The item tree, depth first; recursion is bounded by the XML depth limit the parser enforced. */
function playItem(dir: string, edition: PackageEdition, item: ManifestItem, resources: Map<string, ManifestResource>): PlayItem {
  const ref = item.identifierref?.trim();
  return {
    id: item.identifier,
    title: item.title || item.identifier,
    visible: item.isvisible,
    children: item.children.map((c) => playItem(dir, edition, c, resources)),
    launch: ref ? launchOf(dir, edition, item, resources.get(ref), ref) : null,
  };
}

/** With no organization (or an empty one) LMSs launch the package's resource: the first SCO, else the first with an href. */
function resourceItem(dir: string, edition: PackageEdition, m: ManifestModel, title: string): PlayItem[] {
  const resource = m.resources.find((r) => r.href && r.scormType?.trim().toLowerCase() === 'sco') ?? m.resources.find((r) => r.href);
  if (!resource) return [];
  return [{ id: resource.identifier, title, visible: true, children: [], launch: launchOf(dir, edition, {}, resource, resource.identifier) }];
}

/** Builds the play model from a parsed manifest of the package unpacked in `dir`. */
export function playModelOf(dir: string, m: ManifestModel, { id, title, edition }: { id: string; title: string; edition: PackageEdition }): PlayModel {
  const facts = { id, title, edition };
  const org = defaultOrganizationOf(m);
  const resources = new Map(m.resources.map((r) => [r.identifier, r]));
  const items = org?.items.map((i) => playItem(dir, facts.edition, i, resources)) ?? [];
  if (items.length > 0) return { ...facts, organizationId: org?.identifier ?? null, items };
  return { ...facts, organizationId: null, items: resourceItem(dir, facts.edition, m, facts.title) };
}

/** The play model of an imported package; NOT_FOUND when the library has no such package. */
export function readPlayModel(libraryDir: string, id: string): PlayModel {
  const record = getRecord(libraryDir, id);
  const dir = packageDir(libraryDir, id);
  let xml: string;
  try {
    xml = fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    throw new AppError({ code: 'NOT_FOUND', message: `The package '${record.title}' has lost its ${MANIFEST_FILE}.`, hint: 'Import the package again.', params: { id } });
  }
  return playModelOf(dir, parseManifest(xml), record);
}

/** Every item of the tree in document order (the order 'continue' and 'next' follow). */
export function flatItems(items: readonly PlayItem[]): PlayItem[] {
  return items.flatMap((i) => [i, ...flatItems(i.children)]);
}

/** One item of a package, or NOT_FOUND. */
export function findPlayItem(model: PlayModel, itemId: string): PlayItem {
  const item = flatItems(model.items).find((i) => i.id === itemId);
  if (!item) throw new AppError({ code: 'NOT_FOUND', message: `The package '${model.title}' has no item '${itemId}'.`, hint: 'Open the package again from the Library.', params: { id: model.id, item: itemId } });
  return item;
}
