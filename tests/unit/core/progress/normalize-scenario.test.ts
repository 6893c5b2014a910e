import { describe, expect, it } from 'vitest';
import type { ScenarioBlock } from '../../../../electron/core/contract';
import { emptyState, encodeState } from '../../../../electron/shared/sco-state';
import { createAttemptStore } from '../../../../electron/core/progress/attempts';
import { createDashboardQueries } from '../../../../electron/core/progress/dashboard';
import { openDatabase } from '../../../../electron/core/progress/database';
import { createLearnerStore } from '../../../../electron/core/progress/learners';
import { normalizeCommit } from '../../../../electron/core/progress/normalize';
import { worstCaseState } from '../../../../electron/core/scorm/worst-case-state';
import { cmi2004, makeCourse } from '../../../helpers/course-factory';
import { tempDir } from '../../../helpers/temp';

const choice = (id: string, best: boolean) => ({ id, html: id, text: id, best, consequenceHtml: `<p>${id}</p>` });
const scenario = (id: string, scored: boolean, steps: number): ScenarioBlock => ({
  kind: 'scenario',
  id,
  scored,
  situationText: 'Situatie.',
  steps: Array.from({ length: steps }, (_, i) => ({
    situationHtml: '<p>Situatie.</p>',
    choices: [choice(String.fromCharCode(97 + 2 * i), scored), choice(String.fromCharCode(98 + 2 * i), false)],
  })),
});

function courseWithScenarios() {
  const course = makeCourse();
  course.modules[0]!.sections[0]!.blocks.push(scenario('s-gescoord', true, 2), scenario('s-open', false, 1), scenario('s-half', true, 2));
  return course;
}

describe("the app's record of scenario answers", () => {
  it('keeps every answered scenario from the resume state, scored or not, with the path and its result', () => {
    const m1 = courseWithScenarios().modules[0]!;
    const state = { ...emptyState(m1), c: { 's-gescoord': 'ad', 's-open': 'b', 's-half': 'a' } };
    const { questions } = normalizeCommit(cmi2004({ suspend: encodeState(state) }), m1);
    expect(questions).toEqual([
      { questionId: 's-gescoord', type: 'scenario', response: 'a[,]d', result: 'incorrect' },
      { questionId: 's-open', type: 'scenario', response: 'b', result: 'neutral' },
    ]);
    const best = { ...state, c: { 's-gescoord': 'ac' } };
    expect(normalizeCommit(cmi2004({ suspend: encodeState(best) }), m1).questions[0]?.result).toBe('correct');
  });

  it('does not count a right scenario as a right quiz answer on the dashboard', () => {
    const course = courseWithScenarios();
    const m1 = course.modules[0]!;
    const { db } = openDatabase(tempDir());
    const learner = createLearnerStore(db).create('Amira');
    const attempts = createAttemptStore(db);
    const a = attempts.launch(learner.id, course.id, m1.id);
    attempts.commit(a.id, a.launch_id, 1, cmi2004({ suspend: encodeState({ ...emptyState(m1), c: { 's-gescoord': 'ac' } }) }), m1);
    expect(db.prepare('SELECT result FROM question_results').all()).toEqual([{ result: 'correct' }]);
    expect(createDashboardQueries(db).dashboard(learner.id, course).modules[0]!.questionsCorrect).toBe(0);
  });

  it('budgets every scenario path in the worst-case resume state', () => {
    const m1 = courseWithScenarios().modules[0]!;
    expect(worstCaseState(m1, 'lms').c).toEqual({ 's-gescoord': 'bd', 's-open': 'b', 's-half': 'bd' });
  });
});
