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
      ),
    );
  }
  return out;
}
