import { finding, type Finding } from './finding';
import { allItems, defaultOrganizationOf } from './manifest-model';
import type { PackageView } from './package-view';

/**
 * organizations@default missing or naming nothing, and an empty <organizations/>. Leerpad always
 * writes one default organization, so for its own export any of these is a defect of the build.
 * For another maker's package only what an LMS cannot play is an error: IMS CP 1.1.4 lets LMSs take
 * the first organization when default is missing (Moodle and Leerpad do, also when it names
 * nothing), and with no organization at all Leerpad launches the SCO resource.
 */
function defaultRules(view: PackageView): Finding[] {
  const { manifest, maker } = view;
  if (manifest.organizations.length === 0) {
    const resource = view.scos[0]?.resource.identifier;
    if (maker === 'foreign' && resource !== undefined) return [finding('info', 'organization.default', 'organizations', { problem: 'resource', resource })];
    return [finding('error', 'organization.default', undefined, { problem: 'none' })];
  }
  if (manifest.organizations.some((o) => o.identifier === manifest.defaultOrganization)) return [];
  const organization = manifest.organizations[0]!.identifier;
  const named = manifest.defaultOrganization;
  if (maker === 'foreign') {
    // An IDREF naming nothing fails a validating LMS; a missing default is valid CP (the attribute is optional).
    return [
      named
        ? finding('warning', 'organization.default', named, { problem: 'first-unknown', organization, named })
        : finding('info', 'organization.default', 'organizations', { problem: 'first-missing', organization }),
    ];
  }
  return [finding('error', 'organization.default', named ?? 'organizations', { problem: named ? 'unknown' : 'missing', organization, ...(named ? { named } : {}) })];
}

/**
 * Structure Moodle can navigate: one default organization holding ONE non-launchable root item
 * with the SCOs below it. Several top-level items break Moodle's next/previous between SCOs; a
 * launchable root is played as a SCO of its own. Leerpad's exports follow this; for another
 * maker's package it is a note (a single-SCO package is usually exactly one launchable root).
 */
function shapeRules(view: PackageView): Finding[] {
  const org = defaultOrganizationOf(view.manifest);
  if (!org) return [];
  const severity = view.maker === 'leerpad' ? 'error' : 'info';
  const out: Finding[] = [];
  if (org.items.length !== 1) out.push(finding(severity, 'organization.single-root', org.identifier, { organization: org.identifier, roots: org.items.length, maker: view.maker }));
  // Several launchable roots of another maker's package: the single-root note already says it.
  const roots = view.maker === 'leerpad' || org.items.length === 1 ? org.items : [];
  for (const root of roots.filter((i) => i.identifierref)) {
    out.push(finding(severity, 'organization.root-launchable', root.identifier, { item: root.identifier, resource: root.identifierref!, maker: view.maker }));
  }
  return out;
}

function itemRules(view: PackageView): Finding[] {
  const { manifest } = view;
  const org = defaultOrganizationOf(manifest);
  if (!org) return [];
  const out: Finding[] = [];
  const resources = new Map(manifest.resources.map((r) => [r.identifier, r]));
  const items = allItems(org.items);
  for (const item of items.filter((i) => i.identifierref && !resources.has(i.identifierref))) {
    out.push(finding('error', 'organization.item-resource', item.identifier, { item: item.identifier, resource: item.identifierref! }));
  }
  // Other makers launch a PDF or a web page as an asset on purpose; Leerpad only launches SCOs.
  const notSco = view.maker === 'leerpad' ? 'warning' : 'info';
  for (const item of items) {
    const res = item.identifierref ? resources.get(item.identifierref) : undefined;
    if (res && res.scormType?.toLowerCase() !== 'sco') {
      out.push(finding(notSco, 'organization.item-not-sco', item.identifier, { item: item.identifier, resource: res.identifier, scormType: res.scormType ?? 'none' }));
    }
  }
  return out;
}

export function organizationRules(view: PackageView): Finding[] {
  const out = defaultRules(view);
  if (view.manifest.organizations.length === 0) return out;
  out.push(...shapeRules(view), ...itemRules(view));
  if (view.scos.length === 0) {
    // Another maker's package of pages alone plays; it just records nothing.
    out.push(finding(view.maker === 'leerpad' ? 'error' : 'warning', 'organization.no-sco', defaultOrganizationOf(view.manifest)!.identifier, { maker: view.maker }));
  }
  return out;
}
