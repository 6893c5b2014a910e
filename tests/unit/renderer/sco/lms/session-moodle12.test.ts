// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAdapter } from '../../../../../renderer/sco/lms/adapter';
import { commitBatches } from '../../../../../renderer/sco/lms/commit-order';
import { visit } from '../../../../../renderer/sco/state/actions';
import { fixture } from '../../../../helpers/renderer/sco/render';
import { playQuiz, RIGHT, visitAll } from '../../../../helpers/renderer/sco/quiz-fixture';
import { Moodle12, play } from '../../../../helpers/renderer/sco/lms/session-fakes';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const pkg = fixture({ edition: 'scorm12' });
const adapter = (api: Moodle12) => createAdapter({ edition: 'scorm12', api });
const has = (commit: [string, string][], element: string, value?: string) => commit.some(([e, v]) => e === element && (value === undefined || v === value));

describe('in a Moodle 1.2 course (score stored before status, completion worked out from the status then)', () => {
  it('commits lesson_status=passed strictly before the score, so the activity shows complete in the same visit', () => {
    const api = new Moodle12({ 'cmi.core.student_id': 'student-7' });
    const sco = play(pkg, adapter(api));
    sco.store.update(visitAll(pkg));
    sco.store.update(playQuiz(pkg, RIGHT));
    sco.session.flush();

    const statusCommit = api.commits.findIndex((c) => has(c, 'cmi.core.lesson_status', 'passed'));
    const scoreCommit = api.commits.findIndex((c) => has(c, 'cmi.core.score.raw', '100'));
    expect(statusCommit).toBeGreaterThanOrEqual(0);
    expect(scoreCommit).toBeGreaterThan(statusCommit);
    expect(api.commits[statusCommit]!.some(([e]) => e.includes('.score.'))).toBe(false);
    expect(api.stored['cmi.core.score.raw']).toBe('100');
    expect(api.complete).toBe(true);
  });

  it('sends the score with everything else, in one commit, when the status stays as it was', () => {
    const api = new Moodle12({ 'cmi.core.student_id': 'student-7' });
    const sco = play(pkg, adapter(api));
    sco.store.update(visitAll(pkg));
    sco.store.update(playQuiz(pkg, RIGHT));
    sco.session.flush();
    const before = api.commits.length;
    sco.store.update((s) => visit(s, 0));
    sco.session.flush();
    expect(api.commits.length).toBe(before + 1);
  });

  it('does not send the score when the status commit fails, and sends both, status first, at the next try', () => {
    const api = new Moodle12({ 'cmi.core.student_id': 'student-7' });
    const sco = play(pkg, adapter(api));
    sco.store.update(visitAll(pkg));
    sco.store.update(playQuiz(pkg, RIGHT));
    api.failCommits = 1;
    const committed = api.commits.length;
    sco.session.flush();
    expect(api.commits.length).toBe(committed);
    expect(api.stored['cmi.core.score.raw']).toBeUndefined();
    expect(sco.store.getSnapshot().health.failing).toBe(true);

    vi.advanceTimersByTime(15_000);
    const [status, score] = api.commits.slice(committed);
    expect(has(status!, 'cmi.core.lesson_status', 'passed')).toBe(true);
    expect(has(score!, 'cmi.core.score.raw', '100')).toBe(true);
    expect(api.complete).toBe(true);
  });
});

describe('the commits of one flush', () => {
  const values: [string, string][] = [
    ['cmi.core.lesson_status', 'passed'],
    ['cmi.core.score.raw', '80'],
    ['cmi.suspend_data', 'L1:{}'],
    ['cmi.objectives.0.id', 'onderzoeken'],
    ['cmi.objectives.0.score.raw', '80'],
  ];

  it('in 1.2 with a status change: everything but scores first, then the SCO and objective scores', () => {
    expect(commitBatches('scorm12', values)).toEqual([
      [values[0], values[2], values[3]],
      [values[1], values[4]],
    ]);
  });

  it('in 1.2 without a status change, or without scores: one commit', () => {
    expect(commitBatches('scorm12', values.slice(1))).toEqual([values.slice(1)]);
    expect(commitBatches('scorm12', [values[0]!, values[2]!])).toEqual([[values[0], values[2]]]);
  });

  it('in 2004: one commit (the split is for Moodle\'s 1.2 runtime only)', () => {
    expect(commitBatches('scorm2004', values)).toEqual([values]);
  });
});
