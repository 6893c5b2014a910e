import type { CourseDocument, CourseScoPackage, ScoPackage, ScormEdition } from '../contract';
import { moduleObjectiveId } from '../../shared/course-sco-state';
import { blocksOf } from '../../shared/sco-state';
import { courseScoItemId, courseScoResourceId, itemId, resourceId, RUNTIME_RESOURCE_ID } from './identifiers';
import { RUNTIME_FOLDER, type ScoTree } from './sco-tree';
import type { XmlNode } from './xml';

/** One SCO as the manifest describes it: an item, its `sco` resource and its files. */
export interface PlannedSco {
  itemId: string;
  resourceId: string;
  /** Package path of the launch page. */
  launch: string;
  title: string;
  /** Objective ids (2004 manifest objectives; the runtime reports them in both editions). */
  objectives: string[];
  /** Pass mark in percent of the SCO's scored quiz; absent where the LMS must not judge by score. */
  masteryPercent?: number;
  /** Package paths of every file the SCO uses except the shared runtime, sorted. */
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

function courseOf(course: CourseDocument): ManifestPlan['course'] {
  return { id: course.id, version: course.version, title: course.title, description: course.description, language: course.language };
}

const runtimePaths = (paths: string[]) => paths.filter((p) => p.startsWith(`${RUNTIME_FOLDER}/`));

/** `sco-per-module`: one SCO per module, each in its own folder. */
export function planManifest(course: CourseDocument, pkgs: ScoPackage[], tree: ScoTree, edition: ScormEdition): ManifestPlan {
  const paths = [...tree.keys()];
  return {
    edition,
    course: courseOf(course),
    scos: pkgs.map((pkg) => ({
      itemId: itemId(pkg.module.id),
      resourceId: resourceId(pkg.module.id),
      launch: `${pkg.module.id}/index.html`,
      title: pkg.module.title,
      objectives: [...pkg.module.levers],
      masteryPercent: scoredPassMark(pkg.module),
      files: paths.filter((p) => p.startsWith(`${pkg.module.id}/`)),
    })),
    runtimeFiles: runtimePaths(paths),
  };
}

/**
 * `course-sco`: one SCO at the package root for all chosen modules. No mastery score: the course's
 * score is the average of its scored modules with unfinished ones counting 0, so an LMS that
 * judges passed/failed by score (Moodle 1.2 "mastery score overrides status", 2004
 * satisfiedByMeasure) would mark a learner failed halfway through the course; the runtime reports
 * the status itself. Objectives: every lever, then one per module (moduleObjectiveId).
 */
export function planCourseScoManifest(course: CourseDocument, pkg: CourseScoPackage, tree: ScoTree, edition: ScormEdition): ManifestPlan {
  const paths = [...tree.keys()];
  const runtime = runtimePaths(paths);
  return {
    edition,
    course: courseOf(course),
    scos: [
      {
        itemId: courseScoItemId(course.id),
        resourceId: courseScoResourceId(course.id),
        launch: 'index.html',
        title: pkg.course.title,
        objectives: [...pkg.course.levers.map((l) => l.id), ...pkg.modules.map((m) => moduleObjectiveId(m.module.id))],
        files: paths.filter((p) => !runtime.includes(p)),
      },
    ],
    runtimeFiles: runtime,
  };
}

/** A package path as a URI reference: each segment percent-encoded, so a space in a media name stays one file. */
export function hrefOf(packagePath: string): string {
  return packagePath.split('/').map(encodeURIComponent).join('/');
}

/**
 * One `sco` resource per SCO listing every file it uses, plus the shared runtime as one `asset`
 * each SCO depends on. The attribute is spelled `adlcp:scormtype` in 1.2 and `adlcp:scormType` in
 * 2004 (CAM 3.4.1.12 vs 1.2 CAM 2.3.5); Moodle matches either literally.
 */
export function resourceNodes(plan: ManifestPlan, scormTypeAttribute: '@_adlcp:scormtype' | '@_adlcp:scormType'): XmlNode[] {
  const resources: XmlNode[] = plan.scos.map((sco) => ({
    '@_identifier': sco.resourceId,
    '@_type': 'webcontent',
    [scormTypeAttribute]: 'sco',
    '@_href': hrefOf(sco.launch),
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
