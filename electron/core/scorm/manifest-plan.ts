import type { CourseDocument, ScoPackage, ScormEdition } from '../contract';
import { blocksOf } from '../contract/sco-state';
import { resourceId, RUNTIME_RESOURCE_ID } from './identifiers';
import { RUNTIME_FOLDER, type ScoTree } from './sco-tree';
import type { XmlNode } from './xml';

/** One module as the manifest describes it: an item, its `sco` resource and its files. */
export interface PlannedSco {
  moduleId: string;
  title: string;
  /** Lever ids: objectives (2004 manifest objectives; the runtime reports them in both editions). */
  levers: string[];
  /** Pass mark in percent of the module's scored quiz; absent for a module without one. */
  masteryPercent?: number;
  /** Package paths of every file in the module's folder, sorted. */
  files: string[];
}

/** What both manifest renderers need, independent of the edition's XML vocabulary. */
export interface ManifestPlan {
  edition: ScormEdition;
  course: { id: string; version: string; title: string; description: string; language: string };
  scos: PlannedSco[];
  /** Package paths of the shared runtime (`_leerpad/…`), listed by one `asset` resource. */
  runtimeFiles: string[];
}

/**
 * The pass mark the runtime grades against: the first quiz with questions, as the runtime reports
 * only that one (renderer/sco interactions). A quiz without questions cannot give a score.
 */
export function scoredPassMark(module: ScoPackage['module']): number | undefined {
  return blocksOf(module, 'quiz').find((q) => q.questions.length > 0)?.pass;
}

export function planManifest(course: CourseDocument, pkgs: ScoPackage[], tree: ScoTree, edition: ScormEdition): ManifestPlan {
  const paths = [...tree.keys()];
  return {
    edition,
    course: { id: course.id, version: course.version, title: course.title, description: course.description, language: course.language },
    scos: pkgs.map((pkg) => ({
      moduleId: pkg.module.id,
      title: pkg.module.title,
      levers: [...pkg.module.levers],
      masteryPercent: scoredPassMark(pkg.module),
      files: paths.filter((p) => p.startsWith(`${pkg.module.id}/`)),
    })),
    runtimeFiles: paths.filter((p) => p.startsWith(`${RUNTIME_FOLDER}/`)),
  };
}

/** A package path as a URI reference: each segment percent-encoded, so a space in a media name stays one file. */
export function hrefOf(packagePath: string): string {
  return packagePath.split('/').map(encodeURIComponent).join('/');
}

/**
 * One `sco` resource per module listing every file it uses, plus the shared runtime as one `asset`
 * each SCO depends on. The attribute is spelled `adlcp:scormtype` in 1.2 and `adlcp:scormType` in
 * 2004 (CAM 3.4.1.12 vs 1.2 CAM 2.3.5); Moodle matches either literally.
 */
export function resourceNodes(plan: ManifestPlan, scormTypeAttribute: '@_adlcp:scormtype' | '@_adlcp:scormType'): XmlNode[] {
  const resources: XmlNode[] = plan.scos.map((sco) => ({
    '@_identifier': resourceId(sco.moduleId),
    '@_type': 'webcontent',
    [scormTypeAttribute]: 'sco',
    '@_href': hrefOf(`${sco.moduleId}/index.html`),
    file: sco.files.map((f) => ({ '@_href': hrefOf(f) })),
    dependency: { '@_identifierref': RUNTIME_RESOURCE_ID },
  }));
  resources.push({
    '@_identifier': RUNTIME_RESOURCE_ID,
    '@_type': 'webcontent',
    [scormTypeAttribute]: 'asset',
    file: plan.runtimeFiles.map((f) => ({ '@_href': hrefOf(f) })),
  });
  return resources;
}
