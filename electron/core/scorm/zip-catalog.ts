import yauzl from 'yauzl';
import type { ZipLimits } from './zip-limits';
import { ZipRefusal } from './zip-refusal';
import { collisionKey, headerProblem, nameProblem } from './zip-names';

/** One entry of a checked zip: its name is safe to join to a folder, its sizes are within the limits. */
export interface ZipEntry {
  readonly name: string;
  /** Unpacked size the zip declares; the reader refuses an entry whose content differs from it. */
  readonly size: number;
  readonly compressedSize: number;
  readonly directory: boolean;
}

export interface ZipCatalogEntry extends ZipEntry {
  readonly raw: yauzl.Entry;
}

interface TreeNode {
  children: Map<string, TreeNode>;
  /** The file's name when a file has this path. */
  file?: string;
  /** The first entry below this path, which needs it to be a folder. */
  neededBy?: string;
}

/**
 * Checks the central directory one entry at a time, as yauzl lists it, and throws at the first
 * entry that crosses a limit or is unsafe: nothing of a refused zip is unpacked.
 */
export class ZipCatalog {
  readonly entries: ZipCatalogEntry[] = [];
  /** Sum of the declared unpacked sizes so far. */
  unpackedBytes = 0;
  private readonly seen = new Map<string, string>();
  /** The folder tree by collision key, to find a name used as both a file and a folder in one pass per entry. */
  private readonly tree: TreeNode = { children: new Map() };

  constructor(
    private readonly limits: ZipLimits,
    private readonly zipBytes: number,
  ) {}

  /** Refuses a zip that announces more entries than allowed before a single entry is read. */
  checkCount(entryCount: number) {
    if (entryCount > this.limits.maxEntries) throw new ZipRefusal('entries', { actual: entryCount, limit: this.limits.maxEntries });
  }

  add(raw: yauzl.Entry): ZipCatalogEntry {
    this.checkCount(this.entries.length + 1);
    // Decoded here rather than by yauzl (decodeStrings: false): yauzl turns '\' into '/' and stops
    // with one generic error for every unsafe name, where each one deserves its own finding.
    const name = yauzl.getFileNameLowLevel(raw.generalPurposeBitFlag, raw.fileNameRaw, raw.extraFields, true);
    const problem = nameProblem(name) ?? headerProblem(raw);
    if (problem) throw new ZipRefusal(problem, { entry: name, ...(problem === 'method' ? { actual: raw.compressionMethod } : {}) });
    this.checkCollision(name);
    this.checkFileFolder(name);
    this.checkSizes(name, raw.uncompressedSize, raw.compressedSize);
    const entry: ZipCatalogEntry = { name, size: raw.uncompressedSize, compressedSize: raw.compressedSize, directory: name.endsWith('/'), raw };
    this.entries.push(entry);
    return entry;
  }

  private checkCollision(name: string) {
    const key = collisionKey(name);
    const prior = this.seen.get(key);
    if (prior !== undefined) {
      const same = prior.replace(/\/$/, '') === name.replace(/\/$/, '');
      throw new ZipRefusal(same ? 'duplicate' : 'case-collision', { entry: name, ...(same ? {} : { other: prior }) });
    }
    this.seen.set(key, name);
  }

  /** 'a' as a file and 'a/b' (which needs a folder 'a') cannot both be unpacked, in either order. */
  private checkFileFolder(name: string) {
    const segments = collisionKey(name).split('/');
    let node = this.tree;
    segments.forEach((segment, i) => {
      let next = node.children.get(segment);
      if (!next) node.children.set(segment, (next = { children: new Map() }));
      if (i < segments.length - 1) {
        if (next.file !== undefined) throw new ZipRefusal('file-folder', { entry: name, other: next.file });
        next.neededBy ??= name;
      } else if (!name.endsWith('/')) {
        if (next.neededBy !== undefined) throw new ZipRefusal('file-folder', { entry: next.neededBy, other: name });
        next.file = name;
      }
      node = next;
    });
  }

  private checkSizes(name: string, size: number, packed: number) {
    const { maxEntryBytes, maxTotalBytes, maxRatio, ratioGraceBytes } = this.limits;
    if (size > maxEntryBytes) throw new ZipRefusal('entry-size', { entry: name, actual: size, limit: maxEntryBytes });
    this.unpackedBytes += size;
    if (this.unpackedBytes > maxTotalBytes) throw new ZipRefusal('total-size', { entry: name, actual: this.unpackedBytes, limit: maxTotalBytes });
    if (size > ratioGraceBytes && size > maxRatio * packed) {
      throw new ZipRefusal('entry-ratio', { entry: name, actual: Math.round(size / Math.max(1, packed)), limit: maxRatio });
    }
    if (this.unpackedBytes > ratioGraceBytes && this.unpackedBytes > maxRatio * this.zipBytes) {
      throw new ZipRefusal('total-ratio', { actual: Math.round(this.unpackedBytes / Math.max(1, this.zipBytes)), limit: maxRatio });
    }
  }
}
