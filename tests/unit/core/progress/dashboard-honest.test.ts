import { describe, expect, it } from 'vitest';
import { emptyState, encodeState } from '../../../../electron/shared/sco-state';
import { createAttemptStore } from '../../../../electron/core/progress/attempts';
import { createDashboardQueries } from '../../../../electron/core/progress/dashboard';
import { openDatabase } from '../../../../electron/core/progress/database';
import { createLearnerStore } from '../../../../electron/core/progress/learners';
import { cmi2004, makeCourse } from '../../../helpers/course-factory';
import { tempDir } from '../../../helpers/temp';

function setup() {
  const course = makeCourse();
  const { db } = openDatabase(tempDir());
  const learner = createLearnerStore(db).create('Amira');
  return { course, learner, attempts: createAttemptStore(db), dashboards: createDashboardQueries(db) };
}

describe('the dashboard counts what it says', () => {
  it('does not count a module whose quiz failed as finished, though SCORM calls it completed', () => {
    const { course, learner, attempts, dashboards } = setup();
    const a = attempts.launch(learner.id, course.id, 'm1');
    attempts.commit(a.id, a.launch_id, 1, cmi2004({ completion: 'completed', success: 'failed', scaled: 0.2 }), course.modules[0]!);

    const d = dashboards.dashboard(learner.id, course);
    expect(d.modules[0]).toMatchObject({ completion: 'completed', success: 'failed', status: 'quiz-not-passed' });
    expect(d.overall.modulesCompleted).toBe(0);
    expect(d.themes.flatMap((t) => t.levers).find((l) => l.id === 'hefboom-a')!.modulesCompleted).toBe(0);
  });

  it('continues with a module whose quiz is not passed yet, before the next one', () => {
    const { course, learner, attempts, dashboards } = setup();
    const a = attempts.launch(learner.id, course.id, 'm1');
    attempts.commit(a.id, a.launch_id, 1, cmi2004({ completion: 'completed', success: 'failed', scaled: 0.2 }), course.modules[0]!);
    expect(dashboards.dashboard(learner.id, course).continueWith?.moduleId).toBe('m1');
  });

  it('counts a module finished once it is completed and its quiz passed, or completed without a quiz', () => {
    const { course, learner, attempts, dashboards } = setup();
    const a = attempts.launch(learner.id, course.id, 'm1');
    attempts.commit(a.id, a.launch_id, 1, cmi2004({ completion: 'completed', success: 'passed', scaled: 0.9 }), course.modules[0]!);
    const b = attempts.launch(learner.id, course.id, 'm3');
    attempts.commit(b.id, b.launch_id, 2, cmi2004({ completion: 'completed' }), course.modules[2]!);

    const d = dashboards.dashboard(learner.id, course);
    expect(d.modules.map((m) => m.status)).toEqual(['finished', 'not-started', 'finished']);
    expect(d.overall.modulesCompleted).toBe(2);
  });

  it('does not count a reflection shorter than its minimum as written', () => {
    const { course, learner, attempts, dashboards } = setup();
    const m1 = course.modules[0]!;
    for (const s of m1.sections) for (const b of s.blocks) if (b.kind === 'reflection') b.minLength = 50;
    const a = attempts.launch(learner.id, course.id, 'm1');
    const state = emptyState(m1);
    state.r['r-m1'] = 'ok';
    attempts.commit(a.id, a.launch_id, 1, cmi2004({ suspend: encodeState(state) }), m1);

    const short = dashboards.dashboard(learner.id, course).reflections.find((r) => r.reflectionId === 'r-m1')!;
    expect(short).toMatchObject({ written: false, characters: 2 });

    state.r['r-m1'] = 'Lina meet het water zelf en vraagt dan waarom de fles zinkt.';
    attempts.commit(a.id, a.launch_id, 2, cmi2004({ suspend: encodeState(state) }), m1);
    expect(dashboards.dashboard(learner.id, course).reflections.find((r) => r.reflectionId === 'r-m1')!.written).toBe(true);
  });
});
