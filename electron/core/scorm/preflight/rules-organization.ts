import { finding, type Finding } from './finding';
import { allItems } from './manifest-model';
import type { PackageView } from './package-view';

/**
 * Structure Moodle can navigate: one default organization holding ONE non-launchable root item
 * with the SCOs below it. Several top-level items break Moodle's next/previous between SCOs; a
 * launchable root is played as a SCO of its own.
 */
export function organizationRules(view: PackageView): Finding[] {
  const { manifest } = view;
  const out: Finding[] = [];
  if (manifest.organizations.length === 0) {
    return [
      finding(
        'error',
        'organization.default',
        undefined,
        'The manifest has no <organization>: there is nothing for the LMS to show or launch.',
        'Export the package again with Leerpad (one organization with one root item holding the modules).',
        { problem: 'none' },
      ),
    ];
  }
  const defaultOrg = manifest.organizations.find((o) => o.identifier === manifest.defaultOrganization);
  if (!defaultOrg) {
    out.push(
      finding(
        'error',
        'organization.default',
        manifest.defaultOrganization ?? 'organizations',
        manifest.defaultOrganization
          ? `<organizations default="${manifest.defaultOrganization}"> names no organization in the manifest.`
          : '<organizations> has no default attribute: which structure the LMS shows is left to chance.',
        `Set <organizations default="…"> to the identifier of the organization (${manifest.organizations[0]!.identifier}).`,
        {
          problem: manifest.defaultOrganization ? 'unknown' : 'missing',
          organization: manifest.organizations[0]!.identifier,
          ...(manifest.defaultOrganization ? { named: manifest.defaultOrganization } : {}),
        },
      ),
    );
  }
  const org = defaultOrg ?? manifest.organizations[0]!;
  if (org.items.length !== 1) {
    out.push(
      finding(
        'error',
        'organization.single-root',
        org.identifier,
        `The organization '${org.identifier}' has ${org.items.length} top-level items; Moodle's next/previous navigation between SCOs needs exactly one root item.`,
        'Put all module items under one root <item> without identifierref (Leerpad exports do this).',
        { organization: org.identifier, roots: org.items.length },
      ),
    );
  }
  for (const root of org.items.filter((i) => i.identifierref)) {
    out.push(
      finding(
        'error',
        'organization.root-launchable',
        root.identifier,
        `The top-level item '${root.identifier}' is launchable (identifierref="${root.identifierref}"): Moodle plays it as a SCO instead of a course outline.`,
        `Remove identifierref from '${root.identifier}' and put the launchable items under it.`,
        { item: root.identifier, resource: root.identifierref! },
      ),
    );
  }
  const resources = new Map(manifest.resources.map((r) => [r.identifier, r]));
  const items = allItems(org.items);
  for (const item of items.filter((i) => i.identifierref && !resources.has(i.identifierref))) {
    out.push(
      finding(
        'error',
        'organization.item-resource',
        item.identifier,
        `The item '${item.identifier}' points to resource '${item.identifierref}', which the manifest does not have (Moodle: "invalid manifest resource").`,
        `Add the resource '${item.identifierref}' or correct the item's identifierref.`,
        { item: item.identifier, resource: item.identifierref! },
      ),
    );
  }
  for (const item of items) {
    const res = item.identifierref ? resources.get(item.identifierref) : undefined;
    if (res && res.scormType?.toLowerCase() !== 'sco') {
      out.push(
        finding(
          'warning',
          'organization.item-not-sco',
          item.identifier,
          `The item '${item.identifier}' launches '${res.identifier}', which is not a SCO (scormtype '${res.scormType ?? 'none'}'): the LMS records no progress or score for it.`,
          `Mark the resource adlcp:scormtype="sco" if the page talks to the LMS (Leerpad modules do).`,
          { item: item.identifier, resource: res.identifier, scormType: res.scormType ?? 'none' },
        ),
      );
    }
  }
  if (view.scos.length === 0) {
    out.push(
      finding(
        'error',
        'organization.no-sco',
        org.identifier,
        'The default organization launches no SCO: the LMS would track nothing.',
        'Export the package again with Leerpad, with at least one module.',
      ),
    );
  }
  return out;
}
