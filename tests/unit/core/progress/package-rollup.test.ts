import { describe, expect, it } from 'vitest';
import type { AttemptRow } from '../../../../electron/core/progress/attempts';
import { resumeItem, rollUp, type RollupItem } from '../../../../electron/core/progress/package-rollup';

function row(moduleId: string, fields: Partial<AttemptRow>): AttemptRow {
  return {
    id: 1,
    learner_id: 'l',
    course_id: 'pkg:p',
    module_id: moduleId,
    number: 1,
    started_at: '2026-12-01T10:00:00.000Z',
    updated_at: '2026-12-01T10:00:00.000Z',
    completion: 'not attempted',
    success: 'unknown',
    score_scaled: null,
    location: null,
    time_base_s: 0,
    time_session_s: 0,
    commit_seq: 1,
    cmi_json: '{}',
    launch_id: 'x',
    ...fields,
  };
}
const rows = (...rs: AttemptRow[]) => new Map(rs.map((r) => [r.module_id, r]));
const three: RollupItem[] = [{ id: 'a' }, { id: 'b', masteryScore: 80 }, { id: 'c' }];

describe('the status of a package for a learner', () => {
  it('is not attempted before any SCO was opened', () => {
    expect(rollUp('scorm12', three, new Map())).toEqual({ completion: 'not attempted', success: 'unknown', scoreScaled: null, lastStudiedAt: null });
  });

  it('1.2: is incomplete while one SCO is not completed, and completed once every SCO is completed or passed', () => {
    const some = rows(row('a', { completion: 'completed' }), row('b', { completion: 'completed', success: 'passed' }));
    expect(rollUp('scorm12', three, some).completion).toBe('incomplete');
    const all = rows(row('a', { completion: 'completed' }), row('b', { completion: 'completed', success: 'passed' }), row('c', { completion: 'completed', updated_at: '2026-12-02T09:00:00.000Z' }));
    expect(rollUp('scorm12', three, all)).toMatchObject({ completion: 'completed', success: 'passed', lastStudiedAt: '2026-12-02T09:00:00.000Z' });
  });

  it('1.2: is passed when every SCO with a mastery score passed, failed when one failed', () => {
    const failed = rows(row('a', { completion: 'completed', success: 'passed' }), row('b', { completion: 'completed', success: 'failed' }));
    expect(rollUp('scorm12', three, failed).success).toBe('failed');
    expect(rollUp('scorm12', [{ id: 'a' }, { id: 'b' }], rows(row('a', { success: 'passed' }))).success).toBe('unknown');
  });

  it('2004: completed when all SCOs are completed (the default rollup), an asset completed by being opened', () => {
    const items: RollupItem[] = [{ id: 'a' }, { id: 'sheet', asset: true }];
    expect(rollUp('scorm2004', items, rows(row('a', { completion: 'completed' }))).completion).toBe('incomplete');
    expect(rollUp('scorm2004', items, rows(row('a', { completion: 'completed' }), row('sheet', { commit_seq: 0 }))).completion).toBe('completed');
  });

  it('averages the scores the SCOs reported', () => {
    expect(rollUp('scorm2004', three, rows(row('a', { score_scaled: 0.5 }), row('c', { score_scaled: 1 }))).scoreScaled).toBe(0.75);
  });
});

describe('where a learner resumes a package', () => {
  it('is the item with the newest commit', () => {
    const rs = rows(row('a', { updated_at: '2026-12-03T10:00:00.000Z' }), row('c', { updated_at: '2026-12-03T11:00:00.000Z' }));
    expect(resumeItem(three, rs)).toBe('c');
  });

  it('is the first launchable item when nothing was committed yet', () => {
    expect(resumeItem(three, rows(row('b', { commit_seq: 0 })))).toBe('a');
    expect(resumeItem([], new Map())).toBeNull();
  });
});
