import { asNode, attr, childAnyCase, list, metadataLocations, text, type Node } from './manifest-nodes';

export interface ManifestItem {
  identifier: string;
  identifierref?: string;
  title: string;
  children: ManifestItem[];
  /** IMS CP `parameters`: the query (or fragment) the LMS appends to the resource's href at launch. */
  parameters?: string;
  /** IMS CP `isvisible`; absent means visible. */
  isvisible: boolean;
  /** 1.2 `adlcp:masteryscore`, as written. */
  masteryscore?: string;
  /** 1.2 `adlcp:datafromlms` / 2004 `adlcp:dataFromLMS`: what cmi.launch_data starts as. */
  dataFromLMS?: string;
  /** 1.2 `adlcp:timelimitaction` / 2004 `adlcp:timeLimitAction`: cmi.time_limit_action. */
  timeLimitAction?: string;
  /** 1.2 `adlcp:maxtimeallowed` (HHHH:MM:SS.SS): cmi.student_data.max_time_allowed. */
  maxTimeAllowed?: string;
  /**
   * 2004 `adlcp:completionThreshold` (cmi.completion_threshold): the element's text in the 2nd and
   * 3rd editions, its `minProgressMeasure` attribute in the 4th (default 1.0 there, CAM 4th 3.4.1.10).
   */
  completionThreshold?: string;
  /** 4th edition `completionThreshold@completedByMeasure`: whether the LMS decides completion from progress. */
  completedByMeasure?: boolean;
  /** 2004 primary objective of the item's sequencing. */
  primaryObjective?: { satisfiedByMeasure: boolean; minNormalizedMeasure?: string };
  objectiveIds: string[];
  /** adlcp:location of the item's metadata, as written. */
  metadataLocations: string[];
}

const trimmed = (v: unknown) => text(v)?.trim();

function completionThreshold(node: Node): Pick<ManifestItem, 'completionThreshold' | 'completedByMeasure'> {
  const raw = childAnyCase(node, 'completionThreshold');
  if (raw === undefined) return {};
  const el = asNode(raw);
  const byAttribute = attr(el, 'minProgressMeasure')?.trim();
  const byText = trimmed(raw);
  const fourth = Object.keys(el).some((k) => k.startsWith('@_'));
  const threshold = byAttribute ?? (byText ? byText : fourth ? '1.0' : undefined);
  const byMeasure = attr(el, 'completedByMeasure')?.trim();
  return {
    ...(threshold === undefined ? {} : { completionThreshold: threshold }),
    ...(byMeasure === undefined ? {} : { completedByMeasure: byMeasure === 'true' || byMeasure === '1' }),
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

/** Recursive per nesting level: parseUntrustedXml refused anything deeper than MAX_XML_DEPTH. */
export function item(node: Node): ManifestItem {
  const objectives = asNode(asNode(node.sequencing).objectives);
  const primary = objectives.primaryObjective === undefined ? undefined : asNode(objectives.primaryObjective);
  const visible = attr(node, 'isvisible')?.trim().toLowerCase();
  return {
    identifier: attr(node, 'identifier') ?? '',
    identifierref: attr(node, 'identifierref'),
    title: trimmed(node.title) ?? '',
    children: list(node.item).map(item),
    ...optional('parameters', attr(node, 'parameters')?.trim() || undefined),
    isvisible: visible !== 'false' && visible !== '0',
    ...optional('masteryscore', trimmed(node.masteryscore)),
    ...optional('dataFromLMS', trimmed(childAnyCase(node, 'dataFromLMS'))),
    ...optional('timeLimitAction', trimmed(childAnyCase(node, 'timeLimitAction'))),
    ...optional('maxTimeAllowed', trimmed(childAnyCase(node, 'maxTimeAllowed'))),
    ...completionThreshold(node),
    ...(primary === undefined
      ? {}
      : {
          primaryObjective: {
            satisfiedByMeasure: attr(primary, 'satisfiedByMeasure')?.trim() === 'true',
            minNormalizedMeasure: trimmed(primary.minNormalizedMeasure),
          },
        }),
    objectiveIds: list(objectives.objective)
      .map((o) => attr(o, 'objectiveID'))
      .filter((id): id is string => id !== undefined),
    metadataLocations: metadataLocations(node),
  };
}
