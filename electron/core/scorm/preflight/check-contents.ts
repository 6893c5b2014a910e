import { MANIFEST_FILE } from '../manifest-file';
import { XmlRefusal, xmlHazard } from '../xml';
import type { XsdResult } from '../xsd';
import { finding, type Finding, type PreflightOptions } from './finding';
import { parseManifest } from './manifest-model';
import { manifestText, type PackageContents } from './package-read';
import { packageView } from './package-view';
import { fileRules } from './rules-files';
import { identifierRules, previousManifest } from './rules-identifiers';
import { interactionRules } from './rules-interactions';
import { lmsRules, sizeRules } from './rules-lms';
import { manifestAtRoot, manifestWellFormed, schemaversionRules } from './rules-manifest';
import { masteryRules } from './rules-mastery';
import { moodleParserRules } from './rules-moodle-parser';
import { organizationRules } from './rules-organization';
import { scoRules } from './rules-sco';
import { shippedSchemaRules, xsdRules } from './rules-schemas';
import { suspendDataRules } from './rules-suspend-data';
import { xmlRefusalFinding } from './rules-unreadable';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function sorted(findings: Finding[]): Finding[] {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i).map(({ f }) => f);
}

/** Findings of one rule shown in full; a zip with 19 000 stray files gets these and one "and N more". */
export const MAX_FINDINGS_PER_RULE = 20;

function capped(findings: Finding[]): Finding[] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  for (const f of findings) {
    const n = (seen.get(f.rule) ?? 0) + 1;
    seen.set(f.rule, n);
    if (n <= MAX_FINDINGS_PER_RULE) out.push(f);
    if (n !== MAX_FINDINGS_PER_RULE + 1) continue;
    const more = counts.get(f.rule)! - MAX_FINDINGS_PER_RULE;
    out.push(
      finding(f.severity, 'findings.more', f.rule, {
        ruleId: f.rule,
        more,
      }),
    );
  }
  return out;
}

/**
 * The checks on a package's contents, read from a zip or straight from an export's file map.
 * `xsd`: the manifest's schema check when the caller already started it (an export starts it for
 * all its manifests at once); otherwise it is started here.
 */
export async function preflightContents(contents: PackageContents, options: PreflightOptions, xsd?: Promise<XsdResult>): Promise<Finding[]> {
  const missing = manifestAtRoot(contents.files);
  if (missing.length > 0) return missing;
  const text = manifestText(contents.inspected.get(MANIFEST_FILE)!);
  const hazard = xmlHazard(text);
  if (hazard) return [xmlRefusalFinding(new XmlRefusal(hazard, MANIFEST_FILE))];
  const malformed = manifestWellFormed(text);
  if (malformed.length > 0) return malformed;

  const view = packageView(contents, text, parseManifest(text), options.edition);
  // Started first: it runs in a worker thread while the other rules run here.
  const schemaFindings = xsdRules(view, options, xsd);
  const previous = options.previous === undefined ? undefined : await previousManifest(options.previous, options.limits);
  const findings = [
    ...schemaversionRules(view, options),
    ...moodleParserRules(view),
    ...organizationRules(view),
    ...fileRules(view),
    ...shippedSchemaRules(view),
    ...scoRules(view),
    ...suspendDataRules(view),
    ...interactionRules(view),
    ...masteryRules(view),
    ...(previous === undefined ? [] : identifierRules(view, previous)),
    ...(await schemaFindings),
    ...sizeRules(view, options),
    ...lmsRules(view, options),
  ];
  return capped(sorted(findings));
}

