import { finding, type Finding } from './finding';
import type { PackageView } from './package-view';
import { EDITION_NAME } from './rules-manifest';

/** Each Leerpad SCO carries module.json (a course SCO course.json); the state and interaction checks read it. */
export function scoRules(view: PackageView): Finding[] {
  const first = view.scos[0];
  if (view.maker === 'foreign') {
    // One note for the package: none of another maker's SCOs carries Leerpad's data.
    return first ? [finding('info', 'sco.not-leerpad', view.manifest.identifier ?? first.resource.identifier, { resource: first.resource.identifier, file: first.dataFile, scos: view.scos.length, maker: 'foreign' })] : [];
  }
  const out: Finding[] = [];
  for (const sco of view.scos) {
    const moduleJson = sco.dataFile;
    const built = sco.pkg ?? sco.course;
    if (sco.pkgProblem) {
      out.push(
        finding(
          'error',
          'sco.module-json',
          moduleJson,
          { resource: sco.resource.identifier, file: moduleJson, reason: sco.pkgProblem },
        ),
      );
    } else if (!built) {
      out.push(
        finding(
          'info',
          'sco.not-leerpad',
          sco.resource.identifier,
          { resource: sco.resource.identifier, file: moduleJson },
        ),
      );
    } else if (built.edition !== view.edition) {
      // Field notes: a 1.2 package that binds to the 2004 API (or the reverse) records nothing.
      const id = sco.pkg ? sco.pkg.module.id : built.course.id;
      out.push(
        finding(
          'error',
          'sco.edition',
          id,
          { module: id, built: EDITION_NAME[built.edition], packaged: EDITION_NAME[view.edition] },
        ),
      );
    }
  }
  return out;
}
