import { describe, expect, it } from 'vitest';
import { encodeState, emptyState } from '../../../../electron/shared/sco-state';
import { createAttemptStore } from '../../../../electron/core/progress/attempts';
import { openDatabase } from '../../../../electron/core/progress/database';
import { createLearnerStore } from '../../../../electron/core/progress/learners';
import { cmi2004, makeModule } from '../../../helpers/course-factory';
import { tempDir } from '../../../helpers/temp';

function setup() {
  const { db } = openDatabase(tempDir());
  const learner = createLearnerStore(db).create('Amira');
  return { db, learner, attempts: createAttemptStore(db), module: makeModule('m1', ['hefboom-a']) };
}

describe('attempts', () => {
  it('opens one attempt per learner and module and resumes it', () => {
    const { attempts, learner } = setup();
    const a = attempts.launch(learner.id, 'c', 'm1');
    const b = attempts.launch(learner.id, 'c', 'm1');
    expect(b.id).toBe(a.id);
    expect(attempts.launch(learner.id, 'c', 'm1', true).number).toBe(2);
  });

  it('stores the CMI snapshot and the normalized rows of a commit', () => {
    const { db, attempts, learner, module } = setup();
    const a = attempts.launch(learner.id, 'c', 'm1');
    const state = emptyState(module);
    state.r['r-m1'] = 'Ik zag Lina het water meten.';
    state.k['k-m1-a'] = [2, 'vooral in de hoeken'];
    attempts.commit(
      a.id,
      a.launch_id,
      1,
      cmi2004({
        completion: 'completed',
        success: 'passed',
        scaled: 0.8,
        location: 'm1-s2',
        suspend: encodeState(state),
        session: 'PT2M30S',
        interactions: [{ id: 'q-m1-1', type: 'choice', learner_response: 'a', result: 'correct' }],
        objectives: [{ id: 'hefboom-a', completion_status: 'completed', success_status: 'passed' }],
      }),
      module,
    );
    const row = attempts.get(a.id);
    expect(row).toMatchObject({ completion: 'completed', success: 'passed', score_scaled: 0.8, location: 'm1-s2', time_session_s: 150 });
    expect(JSON.parse(row.cmi_json).cmi.location).toBe('m1-s2');
    expect(db.prepare('SELECT question_id, result FROM question_results').all()).toEqual([{ question_id: 'q-m1-1', result: 'correct' }]);
    expect(db.prepare('SELECT reflection_id, text FROM reflections').all()).toEqual([{ reflection_id: 'r-m1', text: 'Ik zag Lina het water meten.' }]);
    expect(db.prepare('SELECT item_id, rating, note FROM checklist_ratings').all()).toEqual([{ item_id: 'k-m1-a', rating: 2, note: 'vooral in de hoeken' }]);
    expect(db.prepare('SELECT objective_id, success FROM objective_status').all()).toEqual([{ objective_id: 'hefboom-a', success: 'passed' }]);
  });

  it("ignores a late retry of an older commit from the same tab, which that tab's newer commit already replaced", () => {
    const { attempts, learner, module } = setup();
    const a = attempts.launch(learner.id, 'c', 'm1');
    attempts.commit(a.id, a.launch_id, 2, cmi2004({ location: 'm1-s3' }), module);
    const late = attempts.commit(a.id, a.launch_id, 1, cmi2004({ location: 'm1-s1' }), module);
    expect(late.applied).toBe(false);
    expect(attempts.get(a.id).location).toBe('m1-s3');
  });

  it('answers a retry of the stored commit (same tab, same seq, same CMI) without a conflict', () => {
    const { attempts, learner, module } = setup();
    const a = attempts.launch(learner.id, 'c', 'm1');
    attempts.commit(a.id, a.launch_id, 1, cmi2004({ location: 'm1-s2' }), module);
    const retry = attempts.commit(a.id, a.launch_id, 1, cmi2004({ location: 'm1-s2' }), module);
    expect(retry).toMatchObject({ applied: false, row: { commit_seq: 1, location: 'm1-s2' } });
  });

  it('refuses with CONFLICT a different CMI under an already stored seq, keeping the stored one', () => {
    const { attempts, learner, module } = setup();
    const a = attempts.launch(learner.id, 'c', 'm1');
    attempts.commit(a.id, a.launch_id, 1, cmi2004({ location: 'm1-s2' }), module);
    expect(() => attempts.commit(a.id, a.launch_id, 1, cmi2004({ location: 'm1-s1' }), module)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', params: { reason: 'newer-save', attemptId: a.id, storedSeq: 1, sentSeq: 1 } }),
    );
    expect(attempts.get(a.id).location).toBe('m1-s2');
  });

  it('gives the attempt to the newest launch: an older tab gets CONFLICT, whatever seq it sends', () => {
    const { attempts, learner, module } = setup();
    const tab1 = attempts.launch(learner.id, 'c', 'm1');
    const tab2 = attempts.launch(learner.id, 'c', 'm1');
    expect(tab2.id).toBe(tab1.id);
    expect(tab2.launch_id).not.toBe(tab1.launch_id);
    attempts.commit(tab2.id, tab2.launch_id, 1, cmi2004({ location: 'tab-2' }), module);
    for (const seq of [1, 2, 50]) {
      expect(() => attempts.commit(tab1.id, tab1.launch_id, seq, cmi2004({ location: 'tab-1' }), module), `seq ${seq}`).toThrow(
        expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(/^A newer state of this module was saved elsewhere/) }),
      );
    }
    expect(attempts.get(tab1.id)).toMatchObject({ location: 'tab-2', commit_seq: 1 });
  });

  it('never moves a status backwards', () => {
    const { attempts, learner, module } = setup();
    const a = attempts.launch(learner.id, 'c', 'm1');
    attempts.commit(a.id, a.launch_id, 1, cmi2004({ completion: 'completed', success: 'passed' }), module);
    attempts.commit(a.id, a.launch_id, 2, cmi2004({ completion: 'incomplete', success: 'failed' }), module);
    expect(attempts.get(a.id)).toMatchObject({ completion: 'completed', success: 'passed' });
  });

  it('adds each session to the total time, also when the app was killed before Terminate', () => {
    const { attempts, learner, module } = setup();
    const a = attempts.launch(learner.id, 'c', 'm1');
    attempts.commit(a.id, a.launch_id, 1, cmi2004({ session: 'PT1M' }), module);
    attempts.commit(a.id, a.launch_id, 2, cmi2004({ session: 'PT3M' }), module);
    const again = attempts.launch(learner.id, 'c', 'm1');
    attempts.commit(again.id, again.launch_id, 3, cmi2004({ session: 'PT30S' }), module);
    const row = attempts.get(a.id);
    expect(row.time_base_s + row.time_session_s).toBe(210);
    const cmi = attempts.cmiForLaunch(row, { id: learner.id, name: 'Amira' });
    expect(cmi).toMatchObject({ total_time: 'PT3M30S', learner_name: 'Amira', learner_id: learner.id, entry: 'ab-initio' });
    expect(cmi).not.toHaveProperty('session_time');
  });

  it('launches with entry=resume once there is suspend data', () => {
    const { attempts, learner, module } = setup();
    const a = attempts.launch(learner.id, 'c', 'm1');
    attempts.commit(a.id, a.launch_id, 1, cmi2004({ suspend: encodeState(emptyState(module)) }), module);
    expect(attempts.cmiForLaunch(attempts.get(a.id), { id: learner.id, name: 'A' }).entry).toBe('resume');
  });

  it('launches with entry=resume when a score or bookmark was stored without suspend data (too long to send)', () => {
    const { attempts, learner, module } = setup();
    const a = attempts.launch(learner.id, 'c', 'm1');
    const commit = cmi2004({ location: 'm1-s2' });
    commit.cmi.score.raw = '80';
    attempts.commit(a.id, a.launch_id, 1, commit, module);
    expect(attempts.cmiForLaunch(attempts.get(a.id), { id: learner.id, name: 'A' }).entry).toBe('resume');
  });

  it('reports a full disk as an error the player retries, and keeps the earlier commit', () => {
    const { db, attempts, learner, module } = setup();
    const a = attempts.launch(learner.id, 'c', 'm1');
    attempts.commit(a.id, a.launch_id, 1, cmi2004({ location: 'm1-s1' }), module);
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    const big = emptyState(module);
    big.r['r-m1'] = 'x'.repeat(200_000);
    expect(() => attempts.commit(a.id, a.launch_id, 2, cmi2004({ location: 'm1-s2', suspend: encodeState(big) }), module)).toThrow(
      expect.objectContaining({ code: 'IO' }),
    );
    expect(attempts.get(a.id).location).toBe('m1-s1');
  });

  it('deletes everything of a learner with the profile', () => {
    const { db, attempts, learner, module } = setup();
    const a = attempts.launch(learner.id, 'c', 'm1');
    const state = emptyState(module);
    state.r['r-m1'] = 'tekst';
    attempts.commit(a.id, a.launch_id, 1, cmi2004({ suspend: encodeState(state) }), module);
    createLearnerStore(db).remove(learner.id);
    for (const t of ['attempts', 'reflections', 'question_results', 'checklist_ratings', 'objective_status']) {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get(), t).toEqual({ n: 0 });
    }
  });
});

describe('a locked database', () => {
  it('answers DB_BUSY (which the player retries) instead of losing or half-writing the commit', async () => {
    const dir = tempDir();
    const { db } = openDatabase(dir);
    db.pragma('busy_timeout = 200');
    const learner = createLearnerStore(db).create('Amira');
    const attempts = createAttemptStore(db);
    const module = makeModule('m1', ['hefboom-a']);
    const a = attempts.launch(learner.id, 'c', 'm1');
    attempts.commit(a.id, a.launch_id, 1, cmi2004({ location: 'm1-s1' }), module);

    const Database = (await import('better-sqlite3')).default;
    const other = new Database(`${dir}/leerpad.sqlite`);
    other.exec('BEGIN EXCLUSIVE');
    expect(() => attempts.commit(a.id, a.launch_id, 2, cmi2004({ location: 'm1-s2' }), module)).toThrow(expect.objectContaining({ code: 'DB_BUSY' }));
    other.exec('ROLLBACK');
    other.close();

    attempts.commit(a.id, a.launch_id, 2, cmi2004({ location: 'm1-s2' }), module);
    expect(attempts.get(a.id)).toMatchObject({ location: 'm1-s2', commit_seq: 2 });
  });
});
