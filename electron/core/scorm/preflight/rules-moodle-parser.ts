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
    if (used.length === 0 || used.includes(prefix)) continue;
    const item = `xmlns:${used[0] || '(default)'}`;
    if (uri === NS.adlcp12 || uri === NS.adlcp) {
      out.push(finding('error', 'manifest.prefix', item, { namespace: uri, prefix, bound: used[0] ? 'prefix' : 'default', ...(used[0] ? { used: used[0] } : {}) }));
    } else {
      // Sequencing and navigation Moodle misses: the SCOs still play, so for another maker's package a warning.
      out.push(finding(view.maker === 'leerpad' ? 'error' : 'warning', 'manifest.prefix', item, { namespace: uri, prefix, bound: 'rules' }));
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
        { reference: numeric[0] },
      ),
    );
  }
  return out;
}
