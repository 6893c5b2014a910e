import type { CourseDocument, Dashboard, LeverProgress, ModuleProgress, ReflectionSummary } from '../contract';
import { blocksOf } from '../../shared/sco-state';
import { moduleStatus, reflectionWritten } from '../../shared/progress-rules';
import type { Db } from './database';
import type { AttemptRow } from './attempts';
import { checklistSummaries, createHistoryQueries, firstLineOf } from './dashboard-history';
import { minutesPerWeek, windowStart } from './iso-week';
import { SCENARIO_RESULT_TYPE } from './normalize';

const WEEKS_SHOWN = 8;

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

/**
 * Where "Ga verder" takes the learner, on every screen that offers it (issue 11): the module in
 * progress (worked on most recently and not finished), else the next one in course order after the
 * module worked on last that is not finished (from the start when none was), else none.
 */
export function continueWith(modules: ModuleProgress[]): ModuleProgress | null {
  const touched = modules.filter((m) => m.updatedAt !== null).sort((a, b) => (b.updatedAt! > a.updatedAt! ? 1 : b.updatedAt! < a.updatedAt! ? -1 : 0));
  // Not finished, as the learner is told: a module whose quiz is not passed yet is still theirs to finish.
  const inProgress = touched.find((m) => m.status !== 'finished');
  if (inProgress) return inProgress;
  const last = touched[0] ? modules.indexOf(touched[0]) : -1;
  const after = [...modules.slice(last + 1), ...modules.slice(0, last + 1)];
  return after.find((m) => m.status !== 'finished') ?? null;
}

/** One learner's progress through one course, computed from the latest attempt of each module. */
export function createDashboardQueries(db: Db) {
  const latestAttempts = db.prepare<[string, string], AttemptRow & { attempts: number }>(
    `SELECT a.*, (SELECT COUNT(*) FROM attempts b WHERE b.learner_id = a.learner_id AND b.course_id = a.course_id
                  AND b.module_id = a.module_id) AS attempts
       FROM attempts a
      WHERE a.learner_id = ? AND a.course_id = ?
        AND a.number = (SELECT MAX(number) FROM attempts c WHERE c.learner_id = a.learner_id
                          AND c.course_id = a.course_id AND c.module_id = a.module_id)`,
  );
  const correctCounts = db.prepare<[string, string], { attempt_id: number; correct: number; total: number }>(
    `SELECT q.attempt_id, SUM(q.result = 'correct' AND q.type <> '${SCENARIO_RESULT_TYPE}') AS correct, COUNT(*) AS total
       FROM question_results q JOIN attempts a ON a.id = q.attempt_id
      WHERE a.learner_id = ? AND a.course_id = ? GROUP BY q.attempt_id`,
  );
  const reflectionRows = db.prepare<[string, string], { module_id: string; reflection_id: string; text: string; updated_at: string; attempt_id: number }>(
    `SELECT a.module_id, r.reflection_id, r.text, r.updated_at, r.attempt_id
       FROM reflections r JOIN attempts a ON a.id = r.attempt_id
      WHERE a.learner_id = ? AND a.course_id = ?`,
  );

  // Issue 15: the modules a learner followed with the team; the latest session per module is the one shown.
  const followedRows = db.prepare<[string, string], { module_id: string; title: string; date: string }>(
    'SELECT module_id, title, date FROM followed_in_training WHERE learner_id = ? AND course_id = ? ORDER BY date, recorded_at',
  );

  const history = createHistoryQueries(db);

  function dashboard(learnerId: string, course: CourseDocument, now = new Date()): Dashboard {
    const attempts = new Map(latestAttempts.all(learnerId, course.id).map((a) => [a.module_id, a]));
    const counts = new Map(correctCounts.all(learnerId, course.id).map((c) => [c.attempt_id, c]));
    const followed = new Map(followedRows.all(learnerId, course.id).map((f) => [f.module_id, { title: f.title, date: f.date }]));

    const modules: ModuleProgress[] = course.modules.map((m) => {
      const a = attempts.get(m.id);
      const quiz = blocksOf(m, 'quiz')[0];
      const sectionIndex = a?.location ? m.sections.findIndex((s) => s.id === a.location) : -1;
      const c = a ? counts.get(a.id) : undefined;
      return {
        moduleId: m.id,
        title: m.title,
        levers: m.levers,
        completion: a?.completion ?? 'not attempted',
        success: a?.success ?? 'unknown',
        status: moduleStatus({ started: a !== undefined, completed: a?.completion === 'completed', hasQuiz: quiz !== undefined, passed: a?.success === 'passed' }),
        scorePercent: a && a.score_scaled !== null && quiz ? Math.round(a.score_scaled * 100) : null,
        passPercent: quiz ? quiz.pass : null,
        timeSeconds: a ? Math.round(a.time_base_s + a.time_session_s) : 0,
        updatedAt: a?.updated_at ?? null,
        attempts: a?.attempts ?? 0,
        sectionIndex: sectionIndex >= 0 ? sectionIndex : null,
        sectionsTotal: m.sections.length,
        sectionTitle: sectionIndex >= 0 ? m.sections[sectionIndex]!.title : null,
        questionsCorrect: c?.correct ?? 0,
        questionsTotal: quiz?.questions.length ?? 0,
        followedInSession: followed.get(m.id) ?? null,
      };
    });

    // "Afgerond" on every count is the learner's status, not SCORM completion: a failed quiz is not done.
    const done = (id: string) => modules.find((x) => x.moduleId === id)?.status === 'finished';
    const lever = (id: string, title: string): LeverProgress => {
      const serving = course.modules.filter((m) => m.levers.includes(id));
      const completed = serving.filter((m) => done(m.id)).length;
      return { id, title, modulesTotal: serving.length, modulesCompleted: completed, percent: percent(completed, serving.length) };
    };
    const themes = course.framework.themes.map((t) => {
      const levers = t.levers.map((l) => lever(l.id, l.title));
      const serving = course.modules.filter((m) => m.levers.some((id) => t.levers.some((l) => l.id === id)));
      const completed = serving.filter((m) => done(m.id)).length;
      return { id: t.id, title: t.title, modulesTotal: serving.length, modulesCompleted: completed, percent: percent(completed, serving.length), levers };
    });

    const written = new Map(reflectionRows.all(learnerId, course.id).filter((r) => attempts.get(r.module_id)?.id === r.attempt_id).map((r) => [r.reflection_id, r]));
    const reflections: ReflectionSummary[] = course.modules.flatMap((m) =>
      blocksOf(m, 'reflection').map((r) => {
        const w = written.get(r.id);
        return {
          moduleId: m.id,
          moduleTitle: m.title,
          reflectionId: r.id,
          prompt: r.promptText,
          written: reflectionWritten(w?.text, r.minLength),
          characters: w?.text.length ?? 0,
          updatedAt: w?.updated_at ?? null,
          firstLine: firstLineOf(w?.text),
        };
      }),
    );

    const completedCount = modules.filter((m) => m.status === 'finished').length;
    const next = continueWith(modules);

    return {
      courseId: course.id,
      courseTitle: course.title,
      modules,
      themes,
      umbrella: lever(course.framework.umbrella.id, course.framework.umbrella.title),
      overall: {
        modulesCompleted: completedCount,
        modulesTotal: modules.length,
        percent: percent(completedCount, modules.length),
        timeSeconds: modules.reduce((s, m) => s + m.timeSeconds, 0),
      },
      continueWith: next ? { moduleId: next.moduleId, title: next.title, sectionTitle: next.sectionTitle } : null,
      reflections,
      checklists: checklistSummaries(course, history.ratings(learnerId, course.id)),
      weeks: minutesPerWeek(history.sessionsSince(learnerId, course.id, windowStart(now, WEEKS_SHOWN)), now, WEEKS_SHOWN),
    };
  }

  return { dashboard };
}
