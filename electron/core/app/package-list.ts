import type { Dashboard, PackageEdition, PackageStatus } from '../contract';
import type { Catalog } from '../course/catalog';
import { listPackages } from '../library/library';
import type { createDashboardQueries } from '../progress/dashboard';
import type { LearnerStore } from '../progress/learners';
import type { PackageService } from './package-service';

/** A learner's standing in one course or package, in words a script can test. */
export const LISTED_STATUSES = ['not started', 'in progress', 'completed', 'passed', 'failed'] as const;
export type ListedStatus = (typeof LISTED_STATUSES)[number];

export interface ListedLearner {
  learner: string;
  status: ListedStatus;
  /** 0–100, when the course's modules or the package's SCOs reported a score. */
  scorePercent: number | null;
  lastStudiedAt: string | null;
  /** Courses: finished modules of all (the app's 'afgerond'). */
  modules?: { finished: number; total: number };
}

export interface ListedEntry {
  kind: 'course' | 'package';
  id: string;
  title: string;
  /** Packages only: the SCORM edition and how many SCOs. */
  edition?: PackageEdition;
  scoCount?: number;
  /** Courses only: a course with authoring errors cannot be played (the Library shows why). */
  invalid?: true;
  learners: ListedLearner[];
}

const percentOf = (scaled: number | null) => (scaled === null ? null : Math.round(scaled * 100));

function courseStanding(name: string, d: Dashboard): ListedLearner {
  const studied = d.modules.map((m) => m.updatedAt).filter((t): t is string => t !== null);
  const scores = d.modules.map((m) => m.scorePercent).filter((s): s is number => s !== null);
  const { modulesCompleted: finished, modulesTotal: total } = d.overall;
  return {
    learner: name,
    status: total > 0 && finished === total ? 'completed' : studied.length ? 'in progress' : 'not started',
    scorePercent: scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
    lastStudiedAt: studied.sort().at(-1) ?? null,
    modules: { finished, total },
  };
}

function packageStanding(name: string, s: PackageStatus | undefined): ListedLearner {
  if (!s || s.lastStudiedAt === null) return { learner: name, status: 'not started', scorePercent: null, lastStudiedAt: null };
  const status: ListedStatus =
    s.completion !== 'completed' ? 'in progress' : s.success === 'passed' ? 'passed' : s.success === 'failed' ? 'failed' : 'completed';
  return { learner: name, status, scorePercent: percentOf(s.scoreScaled), lastStudiedAt: s.lastStudiedAt };
}

/** What `leerpad list` reads: the courses, the library, and the profiles' progress unless there is no database yet. */
export interface StudySources {
  catalog: Pick<Catalog, 'list' | 'open'>;
  libraryDir: string;
  progress?: { learners: Pick<LearnerStore, 'list'>; dashboards: Pick<ReturnType<typeof createDashboardQueries>, 'dashboard'>; packages: Pick<PackageService, 'learners'> };
}

/**
 * Our courses and the imported packages, each with every profile's standing (`leerpad list`):
 * the same dashboards and rollup the app shows, so the command line never tells another story.
 */
export function listStudy({ catalog, libraryDir, progress }: StudySources): ListedEntry[] {
  const learners = progress?.learners.list() ?? [];
  const courses = catalog.list().map((c): ListedEntry => {
    if (c.status === 'invalid') return { kind: 'course', id: c.id, title: c.title, invalid: true, learners: [] };
    if (!progress) return { kind: 'course', id: c.id, title: c.title, learners: [] };
    const course = catalog.open(c.id);
    return { kind: 'course', id: c.id, title: c.title, learners: learners.map((l) => courseStanding(l.name, progress.dashboards.dashboard(l.id, course))) };
  });
  const packages = listPackages(libraryDir).map((p): ListedEntry => {
    const byId = new Map((progress?.packages.learners(p) ?? []).map((x) => [x.learnerId, x.status]));
    return { kind: 'package', id: p.id, title: p.title, edition: p.edition, scoCount: p.scoCount, learners: learners.map((l) => packageStanding(l.name, byId.get(l.id))) };
  });
  return [...courses, ...packages];
}
