import type { CourseDocument, Dashboard, LearnerSummary, LeverProgress, PackageStatus } from '../contract';
import type { LeverOverview, Report, ReportRow } from '../contract/reports';
import { moduleStatusOf } from '../../shared/progress-rules';
import { createDashboardQueries } from '../progress/dashboard';
import type { Db } from '../progress/database';
import { packageKey } from '../progress/package-attempts';

/** An imported package and each learner's standing in it, as the package's own rollup gives it (app/package-service.ts). */
export interface PackageStanding {
  id: string;
  title: string;
  statuses: ReadonlyMap<string, PackageStatus>;
}

/** What the dashboard keeps per latest attempt, taken over every attempt: a lecturer asks for the best and the whole. */
interface AllAttempts {
  module_id: string;
  best: number | null;
  seconds: number;
  last: string;
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

function overview(course: CourseDocument, kind: LeverOverview['kind'], of: (d: Dashboard) => LeverProgress | undefined, dashboards: Dashboard[]) {
  return (leverId: string, leverTitle: string): LeverOverview => {
    const standings = dashboards.map(of).filter((l): l is LeverProgress => l !== undefined);
    const share = (l: LeverProgress) => (l.modulesTotal === 0 ? 0 : (l.modulesCompleted / l.modulesTotal) * 100);
    return {
      courseId: course.id,
      courseTitle: course.title,
      leverId,
      leverTitle,
      kind,
      learnersFinished: standings.filter((l) => l.modulesTotal > 0 && l.modulesCompleted === l.modulesTotal).length,
      learnersTotal: standings.length,
      averagePercent: standings.length ? oneDecimal(standings.reduce((s, l) => s + share(l), 0) / standings.length) : null,
    };
  };
}

/**
 * The lecturer's report (issue 15): every profile × every module of the courses, and per kernthema and
 * hefboom how the group stands. Statuses and lever counts come from the learners' own dashboards, so a
 * report never tells another story than "Mijn voortgang". Reflection texts are never read.
 */
export function createReportQueries(db: Db) {
  const dashboards = createDashboardQueries(db);
  const allAttempts = db.prepare<[string, string], AllAttempts>(
    `SELECT module_id, MAX(score_scaled) AS best, SUM(time_base_s + time_session_s) AS seconds, MAX(updated_at) AS last
       FROM attempts WHERE learner_id = ? AND course_id = ? GROUP BY module_id`,
  );

  /**
   * A package as one row per learner: the status by the same rule as a module (a package that reports
   * passed or failed counts as one with a quiz), time and last save over every attempt on its parts.
   */
  function packageRows(learners: readonly LearnerSummary[], pkg: PackageStanding): ReportRow[] {
    const key = packageKey(pkg.id);
    return learners.map((learner) => {
      const s = pkg.statuses.get(learner.id);
      const parts = allAttempts.all(learner.id, key);
      const last = parts.map((p) => p.last).sort().at(-1) ?? null;
      return {
        kind: 'package',
        learnerId: learner.id,
        learnerName: learner.name,
        courseId: key,
        courseTitle: pkg.title,
        moduleId: key,
        moduleTitle: pkg.title,
        status: s ? moduleStatusOf(s.completion, s.success, s.success !== 'unknown') : 'not-started',
        passed: s && s.success !== 'unknown' ? s.success === 'passed' : null,
        bestScorePercent: s?.scoreScaled != null ? Math.round(s.scoreScaled * 100) : null,
        timeSeconds: Math.round(parts.reduce((sum, p) => sum + p.seconds, 0)),
        lastStudiedAt: last,
        followedInSession: null,
      };
    });
  }

  function report(learners: readonly LearnerSummary[], courses: readonly CourseDocument[], now = new Date(), packages: readonly PackageStanding[] = []): Report {
    const rows: ReportRow[] = [];
    const levers: LeverOverview[] = [];
    for (const course of courses) {
      const boards = learners.map((learner) => {
        const board = dashboards.dashboard(learner.id, course, now);
        const totals = new Map(allAttempts.all(learner.id, course.id).map((a) => [a.module_id, a]));
        for (const m of board.modules) {
          const all = totals.get(m.moduleId);
          const hasQuiz = m.passPercent !== null;
          rows.push({
            kind: 'module',
            learnerId: learner.id,
            learnerName: learner.name,
            courseId: course.id,
            courseTitle: course.title,
            moduleId: m.moduleId,
            moduleTitle: m.title,
            status: m.status,
            passed: hasQuiz && m.success !== 'unknown' ? m.success === 'passed' : null,
            bestScorePercent: hasQuiz && all?.best != null ? Math.round(all.best * 100) : null,
            timeSeconds: Math.round(all?.seconds ?? 0),
            lastStudiedAt: all?.last ?? null,
            followedInSession: m.followedInSession,
          });
        }
        return board;
      });
      for (const theme of course.framework.themes) {
        levers.push(overview(course, 'theme', (d) => d.themes.find((t) => t.id === theme.id), boards)(theme.id, theme.title));
        for (const lever of theme.levers) {
          levers.push(overview(course, 'lever', (d) => d.themes.find((t) => t.id === theme.id)?.levers.find((l) => l.id === lever.id), boards)(lever.id, lever.title));
        }
      }
    }
    for (const pkg of packages) rows.push(...packageRows(learners, pkg));
    return { generatedAt: now.toISOString(), rows, levers };
  }

  return { report };
}
