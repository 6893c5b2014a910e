import { describe, expect, it } from 'vitest';
import { emptyState, encodeState } from '../../../../electron/shared/sco-state';
import { createAttemptStore } from '../../../../electron/core/progress/attempts';
import { createDashboardQueries } from '../../../../electron/core/progress/dashboard';
import { openDatabase } from '../../../../electron/core/progress/database';
import { createLearnerStore } from '../../../../electron/core/progress/learners';
import { cmi2004, makeCourse } from '../../../helpers/course-factory';
import { tempDir } from '../../../helpers/temp';

const course = makeCourse();

function setup() {
  const { db } = openDatabase(tempDir());
  const learner = createLearnerStore(db).create('Amira');
  return { learner, attempts: createAttemptStore(db), dashboards: createDashboardQueries(db) };
}

describe('the dashboard', () => {
  it("names each reflection by the learner's own first line, not by the prompt", () => {
    const { learner, attempts, dashboards } = setup();
    const m1 = course.modules[0]!;
    const a = attempts.launch(learner.id, course.id, 'm1');
    const state = emptyState(m1);
    state.r['r-m1'] = '\n  Lina meet het water zelf.  \nDaarna vroeg ik waarom.';
    attempts.commit(a.id, a.launch_id, 1, cmi2004({ suspend: encodeState(state) }), m1);

    const d = dashboards.dashboard(learner.id, course);
    const [written, open] = d.reflections;
    expect(written).toMatchObject({ moduleId: 'm1', firstLine: 'Lina meet het water zelf.', prompt: 'Wat zie je in je klas?' });
    expect(written!.updatedAt).not.toBeNull();
    expect(open).toMatchObject({ moduleId: 'm2', firstLine: null, updatedAt: null });
  });

  it('counts the minutes of each session in the week it was studied', () => {
    const { learner, attempts, dashboards } = setup();
    const m1 = course.modules[0]!;
    const a = attempts.launch(learner.id, course.id, 'm1');
    attempts.commit(a.id, a.launch_id, 1, cmi2004({ session: 'PT5M' }), m1);
    attempts.commit(a.id, a.launch_id, 2, cmi2004({ session: 'PT12M' }), m1);
    const b = attempts.launch(learner.id, course.id, 'm1');
    attempts.commit(b.id, b.launch_id, 3, cmi2004({ session: 'PT8M' }), m1);

    const weeks = dashboards.dashboard(learner.id, course).weeks;
    expect(weeks).toHaveLength(8);
    expect(weeks.at(-1)!.minutes).toBe(20);
    expect(weeks.slice(0, -1).every((w) => w.minutes === 0)).toBe(true);
    // Eight weeks on, that time is out of the chart.
    const later = new Date(Date.now() + 8 * 7 * 86_400_000);
    expect(dashboards.dashboard(learner.id, course, later).weeks.every((w) => w.minutes === 0)).toBe(true);
  });
});
