import { z } from 'zod';
import type { Completion, ScormEdition, Success } from '../../shared/enums';

/**
 * Third-party SCORM packages in the library (issue 12): imported once, played offline with the
 * package's own organization as navigation, tracked per learner × SCO like our own modules.
 */

/** The SCORM version a package was written for, from `schemaversion` and the manifest's namespaces. */
export const PACKAGE_EDITIONS = ['1.2', '2004 2nd', '2004 3rd', '2004 4th'] as const;
export type PackageEdition = (typeof PACKAGE_EDITIONS)[number];

/** The API a package's SCOs look for: `API` for 1.2, `API_1484_11` for every 2004 edition. */
export function apiEditionOf(edition: PackageEdition): ScormEdition {
  return edition === '1.2' ? 'scorm12' : 'scorm2004';
}

/** Re-importing a package the library already has (same manifest identifier): replace it, or keep both. */
export const IMPORT_MODES = ['replace', 'copy'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** One learner's standing in a package or a SCO, rolled up from the stored CMI. */
export interface PackageStatus {
  completion: Completion;
  success: Success;
  /** 0..1, when the SCO (or the rollup) reported a score. */
  scoreScaled: number | null;
  /** ISO time of the last commit; null when never opened. */
  lastStudiedAt: string | null;
}

/** A package as the Library lists it. */
export interface PackageSummary {
  id: string;
  title: string;
  edition: PackageEdition;
  scoCount: number;
  /** Bytes on disk, unpacked. */
  bytes: number;
  importedAt: string;
  /** The calling learner's status; null when the call has no session (lecturer views, CLI). */
  status: PackageStatus | null;
}

/** Why an item cannot play offline; the player shows a notice in place of a blank frame. */
export const ITEM_NOTICES = ['external-url', 'missing-file'] as const;
export type ItemNotice = (typeof ITEM_NOTICES)[number];

/** One item of the package's organization (a node of the navigation tree). */
export interface PackageItem {
  /** The manifest's item identifier (unique within the package). */
  id: string;
  title: string;
  /** True when the item launches a SCO or asset; false for a folder-like parent. */
  launchable: boolean;
  children: PackageItem[];
  /** The learner's status of this SCO; null for items that are not launchable. */
  status: PackageStatus | null;
  notice?: ItemNotice;
}

/** What the player needs to draw a package: the tree with statuses and where to resume. */
export interface PackageOutline extends Omit<PackageSummary, 'status'> {
  items: PackageItem[];
  /** The package's status for the learner (1.2: every SCO completed/passed; 2004: see the rollup rule). */
  status: PackageStatus;
  /** The item the learner last studied, else the first launchable one. */
  resumeItemId: string | null;
}

/** `conflict`: the library already has this package (same manifest identifier); ask replace or copy. */
export type ImportResult = { imported: PackageSummary } | { conflict: PackageSummary };

/**
 * A manifest item identifier (xs:ID in the manifest, but LMSs accept far looser ones): bounded,
 * no control characters; core looks it up in the package, never uses it as a path.
 */
export const itemId = z
  .string()
  .min(1)
  .max(255)
  .refine((s) => ![...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f), 'an item id has no control characters');

/** An upload's token from the transport (HTTP `POST /upload`, or the desktop's file path handover). */
export const uploadId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'not an upload id');

/** A folder inside the upload to import from, when the manifest is not at the zip's root. */
export const importRoot = z
  .string()
  .min(1)
  .max(1024)
  .refine((p) => !p.split(/[\\/]/).some((part) => part === '..' || part === ''), 'a relative folder inside the zip, without ..');
