import { describe, expect, it } from 'vitest';
import { emptyState, encodeState } from '../../../../electron/shared/sco-state';
import { createAttemptStore } from '../../../../electron/core/progress/attempts';
import { openDatabase } from '../../../../electron/core/progress/database';
import { exportLearner } from '../../../../electron/core/progress/learner-export';
import { createLearnerStore } from '../../../../electron/core/progress/learners';
import { cmi2004, makeCourse } from '../../../helpers/course-factory';
import { tempDir } from '../../../helpers/temp';

describe("the learner's own export", () => {
  it('keeps a reflection below its minimum in full and says it does not count as written yet', () => {
    const course = makeCourse();
    const m1 = course.modules[0]!;
    for (const s of m1.sections) for (const b of s.blocks) if (b.kind === 'reflection') b.minLength = 50;
    const { db } = openDatabase(tempDir());
    const learner = createLearnerStore(db).create('Amira');
    const attempts = createAttemptStore(db);
    const a = attempts.launch(learner.id, course.id, 'm1');
    const state = emptyState(m1);
    state.r['r-m1'] = 'Kort begin.';
    attempts.commit(a.id, a.launch_id, 1, cmi2004({ suspend: encodeState(state) }), m1);

    const { markdown } = exportLearner(db, learner, [course]);
    expect(markdown).toContain('Kort begin.');
    expect(markdown).toContain('_Nog korter dan 50 tekens: telt nog niet als geschreven._');

    state.r['r-m1'] = 'Lina meet het water zelf en vraagt dan waarom de fles zinkt.';
    attempts.commit(a.id, a.launch_id, 2, cmi2004({ suspend: encodeState(state) }), m1);
    expect(exportLearner(db, learner, [course]).markdown).not.toContain('telt nog niet als geschreven');
  });
});
