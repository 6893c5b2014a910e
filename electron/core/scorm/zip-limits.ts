/** What a zip may hold before the reader refuses it; every limit is checked while reading. */
export interface ZipLimits {
  /** Entries in the central directory, folders included. */
  maxEntries: number;
  /** Sum of the unpacked sizes of all entries, in bytes. */
  maxTotalBytes: number;
  /** Unpacked size of one entry, in bytes. */
  maxEntryBytes: number;
  /** Unpacked size ÷ packed size, for one entry and for the whole zip. */
  maxRatio: number;
  /**
   * The ratio is only held against entries (and zips) that unpack to more than this: a small text
   * of repeated characters legitimately deflates beyond 100:1, and below this size it cannot hurt.
   */
  ratioGraceBytes: number;
}

const MB = 1024 * 1024;

/** Defaults of issue 8/12: 20 000 entries, 2 GB unpacked, 100:1. */
export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = {
  maxEntries: 20_000,
  maxTotalBytes: 2048 * MB,
  // A lecture video in a package can reach several hundred MB; one file of more than 1 GB is not course material.
  maxEntryBytes: 1024 * MB,
  maxRatio: 100,
  ratioGraceBytes: 1 * MB,
};

export function zipLimits(overrides: Partial<ZipLimits> = {}): ZipLimits {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_ZIP_LIMITS, ...defined };
}

/** Why the reader refused a zip; one code per refusal, the preflight reports each as its own rule. */
export type ZipProblem =
  | 'unreadable'
  | 'damaged'
  | 'crc'
  | 'entries'
  | 'total-size'
  | 'entry-size'
  | 'entry-ratio'
  | 'total-ratio'
  | 'parent'
  | 'absolute'
  | 'drive'
  | 'backslash'
  | 'nul'
  | 'reserved'
  | 'symlink'
  | 'encrypted'
  | 'method'
  | 'duplicate'
  | 'case-collision'
  | 'file-folder'
  | 'read-cap';

export interface ZipFacts {
  entry?: string;
  /** The other entry of a collision. */
  other?: string;
  limit?: number;
  actual?: number;
  reason?: string;
}
