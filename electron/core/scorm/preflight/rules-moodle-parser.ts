import { NS } from '../schema-sets';
import { finding, type Finding } from './finding';
import type { PackageView } from './package-view';

/**
 * Moodle's manifest parser is not namespace-aware: it matches prefixed names literally
 * ("ADLCP:SCORMTYPE", "ADLCP:MASTERYSCORE", "IMSSS:SEQUENCING" in mod/scorm/datamodels/scormlib.php).
 * Valid XML that binds these namespaces to other prefixes turns every SCO into an untracked asset.
 */
const MOODLE_PREFIXES: [string, string][] = [
  [NS.adlcp12, 'adlcp'],
  [NS.adlcp, 'adlcp'],
  [NS.imsss, 'imsss'],
  [NS.adlnav, 'adlnav'],
  [NS.adlseq, 'adlseq'],
];

export function moodleParserRules(view: PackageView): Finding[] {
  const out: Finding[] = [];
  for (const [uri, prefix] of MOODLE_PREFIXES) {
    const used = [...view.manifest.namespaces].filter(([, u]) => u === uri).map(([p]) => p);
    if (used.length > 0 && !used.includes(prefix)) {
      out.push(
        finding(
          'error',
          'manifest.prefix',
          `xmlns:${used[0] || '(default)'}`,
          `The namespace ${uri} is bound to '${used[0] || 'the default prefix'}', not '${prefix}': Moodle reads ${prefix}:… names literally and would miss them (SCOs become untracked assets).`,
          `Declare xmlns:${prefix}="${uri}" on <manifest> and write ${prefix}:… in the manifest.`,
          { namespace: uri, prefix, bound: used[0] ? 'prefix' : 'default', ...(used[0] ? { used: used[0] } : {}) },
        ),
      );
    }
  }
  // Moodle rewrites "&" not followed by 2–6 word characters and ";" to "&amp;" before parsing.
  const numeric = /&#x?[0-9a-fA-F]+;/.exec(view.manifestText);
  if (numeric) {
    out.push(
      finding(
        'warning',
        'manifest.numeric-entity',
        numeric[0],
        `The manifest uses the character reference '${numeric[0]}': Moodle escapes it before parsing and shows it literally in titles.`,
        'Write the character itself (the manifest is UTF-8) or a named entity such as &amp; or &quot;.',
        { reference: numeric[0] },
      ),
    );
  }
  return out;
}
