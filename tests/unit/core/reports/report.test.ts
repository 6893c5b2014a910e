import { describe, expect, it } from 'vitest';
import { createAttemptStore } from '../../../../electron/core/progress/attempts';
import { openDatabase } from '../../../../electron/core/progress/database';
import { createLearnerStore } from '../../../../electron/core/progress/learners';
import { createReportQueries } from '../../../../electron/core/reports/report';
import { cmi2004, makeCourse } from '../../../helpers/course-factory';
import { tempDir } from '../../../helpers/temp';

const course = makeCourse();

function setup() {
  const { db } = openDatabase(tempDir());
  return { learners: createLearnerStore(db), attempts: createAttemptStore(db), reports: createReportQueries(db) };
}

describe('the report model', () => {
  it('with no profiles has no rows, and every lever says 0 of 0 with no average', () => {
    const { reports } = setup();
    const report = reports.report([], [course], new Date('2026-12-04T10:00:00Z'));
    expect(report).toEqual({
      generatedAt: '2026-12-04T10:00:00.000Z',
      rows: [],
      levers: [
        expect.objectContaining({ kind: 'theme', leverId: 'thema', learnersFinished: 0, learnersTotal: 0, averagePercent: null }),
        expect.objectContaining({ kind: 'lever', leverId: 'hefboom-a', learnersFinished: 0, learnersTotal: 0, averagePercent: null }),
        expect.objectContaining({ kind: 'lever', leverId: 'hefboom-b', learnersFinished: 0, learnersTotal: 0, averagePercent: null }),
      ],
    });
  });

  it('counts a learner as finished with a lever only when every module serving it is finished, and averages the shares', () => {
    const { learners, attempts, reports } = setup();
    const lina = learners.create('Lina');
    const omar = learners.create('Omar');
    const finish = (learnerId: string, moduleId: string) => {
      const module = course.modules.find((m) => m.id === moduleId)!;
      const a = attempts.launch(learnerId, course.id, moduleId);
      attempts.commit(a.id, a.launch_id, 1, cmi2004({ completion: 'completed', success: 'passed', scaled: 0.9 }), module);
    };
    finish(lina.id, 'm1');
    finish(lina.id, 'm2');
    finish(omar.id, 'm1');
    const levers = reports.report(learners.list(), [course]).levers;
    // hefboom-a: m1 and m2 (Lina 2/2, Omar 1/2); hefboom-b: m2 only (Lina 1/1, Omar 0/1).
    expect(levers.map((l) => [l.leverId, l.learnersFinished, l.learnersTotal, l.averagePercent])).toEqual([
      ['thema', 1, 2, 75],
      ['hefboom-a', 1, 2, 75],
      ['hefboom-b', 1, 2, 50],
    ]);
  });

  it('takes the best score and the time of every attempt, the status and the verdict of the latest', () => {
    const { learners, attempts, reports } = setup();
    const lina = learners.create('Lina');
    const m1 = course.modules[0]!;
    const first = attempts.launch(lina.id, course.id, 'm1');
    attempts.commit(first.id, first.launch_id, 1, cmi2004({ completion: 'completed', success: 'passed', scaled: 0.9, session: 'PT10M' }), m1);
    const second = attempts.launch(lina.id, course.id, 'm1', true);
    attempts.commit(second.id, second.launch_id, 1, cmi2004({ completion: 'completed', success: 'failed', scaled: 0.4, session: 'PT5M' }), m1);
    const row = reports.report(learners.list(), [course]).rows.find((r) => r.moduleId === 'm1')!;
    expect(row).toMatchObject({ status: 'quiz-not-passed', passed: false, bestScorePercent: 90, timeSeconds: 900 });
    // A module without a quiz has no verdict and no score, whatever SCORM stored.
    expect(reports.report(learners.list(), [course]).rows.find((r) => r.moduleId === 'm3')).toMatchObject({ passed: null, bestScorePercent: null });
  });
});
