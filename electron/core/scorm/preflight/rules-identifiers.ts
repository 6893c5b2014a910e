import { isAppError } from '../../errors';
import type { ZipLimits } from '../zip-limits';
import type { ZipSource } from '../zip-read';
import { finding, type Finding } from './finding';
import { allItems, parseManifest, type ManifestModel } from './manifest-model';
import { readManifestText } from './package-read';
import type { PackageView } from './package-view';

interface Identified {
  kind: 'organization' | 'item' | 'resource';
  identifier: string;
  /** What the identifier stands for across versions: the launched file, or the position for structure. */
  key: string;
}

function identifiedParts(manifest: ManifestModel): Identified[] {
  const hrefOf = new Map(manifest.resources.map((r) => [r.identifier, r.href ?? `resource:${r.identifier}`]));
  const out: Identified[] = [];
  manifest.organizations.forEach((org, o) => {
    out.push({ kind: 'organization', identifier: org.identifier, key: `org:${o}` });
    org.items.forEach((root, r) => {
      for (const item of allItems([root])) {
        const key = item === root && !item.identifierref ? `root:${o}:${r}` : `launch:${hrefOf.get(item.identifierref ?? '') ?? item.identifier}`;
        out.push({ kind: 'item', identifier: item.identifier, key });
      }
    });
  });
  for (const res of manifest.resources) out.push({ kind: 'resource', identifier: res.identifier, key: res.href ? `launch:${res.href}` : `asset:${res.files.join('|')}` });
  return out;
}

const NO_MANIFEST = 'it has no imsmanifest.xml at its root';

/** The manifest of the package learners use now, or why it cannot be read (a refusal of the safe reader or the XML parse). */
export async function previousManifest(source: ZipSource, limits?: Partial<ZipLimits>): Promise<ManifestModel | string> {
  try {
    const text = await readManifestText(source, limits);
    return text === null ? NO_MANIFEST : parseManifest(text);
  } catch (e) {
    if (isAppError(e)) return e.message;
    throw e;
  }
}

/**
 * Moodle keeps a learner's tracks on a package update only for organizations and items whose
 * identifier is unchanged (scorm_parse_scorm matches old rows by identifier and deletes the rest,
 * with their tracks). Resources are compared too: other LMSs key SCO data by them.
 */
export function identifierRules(view: PackageView, old: ManifestModel | string): Finding[] {
  if (typeof old === 'string') {
    return [
      finding(
        'error',
        'identifiers.previous',
        undefined,
        { problem: old === NO_MANIFEST ? 'no-manifest' : 'unreadable', reason: old },
      ),
    ];
  }
  const now = identifiedParts(view.manifest);
  const nowIds = new Set(now.map((p) => `${p.kind}:${p.identifier}`));
  const out: Finding[] = [];
  for (const before of identifiedParts(old)) {
    if (nowIds.has(`${before.kind}:${before.identifier}`)) continue;
    const successor = now.find((p) => p.kind === before.kind && p.key === before.key);
    out.push(
      successor
        ? finding(
            'error',
            'identifiers.changed',
            before.identifier,
            { kind: before.kind, identifier: before.identifier, successor: successor.identifier },
          )
        : finding(
            'error',
            'identifiers.removed',
            before.identifier,
            { kind: before.kind, identifier: before.identifier },
          ),
    );
  }
  return out;
}
