import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { emptyState, encodeState } from '../../electron/shared/sco-state';
import { createHandlers } from '../../electron/core/app/handlers';
import { openCore } from '../../electron/core/app/services';
import { createAttemptStore } from '../../electron/core/progress/attempts';
import { openDatabase } from '../../electron/core/progress/database';
import { createLearnerStore } from '../../electron/core/progress/learners';
import { cmi2004, makeModule } from '../helpers/course-factory';
import { bench, median, percentile, timeMs } from './stats';

const N = 1000;

/**
 * 1000 durable commits of a realistic CMI (suspend_data with a reflection, interactions,
 * objectives) through the real store, beside a baseline in the same run: one plain INSERT of the
 * same JSON per transaction with the same pragmas, i.e. what SQLite's fsync alone costs here.
 */
export function benchCommits() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerpad-bench-'));
  try {
    const { db } = openDatabase(path.join(dir, 'store'));
    const learner = createLearnerStore(db).create('Bench');
    const attempts = createAttemptStore(db);
    const module = makeModule('m', ['hefboom-a']);
    const attempt = attempts.launch(learner.id, 'c', 'm');
    const state = emptyState(module);
    state.r['r-m'] = 'Ik zag "kansen" in de klas. '.repeat(40);
    state.k['k-m-a'] = [2, 'vooral in de hoeken'];
    const cmiFor = (n: number) =>
      cmi2004({
        completion: 'incomplete',
        location: `m-s${(n % 3) + 1}`,
        suspend: encodeState(state),
        session: `PT${n}S`,
        interactions: [
          { id: 'q-m-1', type: 'choice', learner_response: 'a', result: 'correct' },
          { id: 'q-m-2', type: 'true-false', learner_response: 'true', result: 'correct' },
        ],
        objectives: [{ id: 'hefboom-a', completion_status: 'incomplete', success_status: 'unknown' }],
      });
    const commitTimes = Array.from({ length: N }, (_, i) => timeMs(() => attempts.commit(attempt.id, attempt.launch_id, i + 1, cmiFor(i), module)));
    db.close();

    const raw = new Database(path.join(dir, 'baseline.sqlite'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, json TEXT)');
    const insert = raw.prepare('INSERT INTO t (json) VALUES (?)');
    const baseTimes = Array.from({ length: N }, (_, i) => timeMs(() => insert.run(JSON.stringify(cmiFor(i)))));
    raw.close();

    bench('commit_median_ms', median(commitTimes), 'ms');
    bench('commit_p99_ms', percentile(commitTimes, 99), 'ms');
    bench('commit_baseline_median_ms', median(baseTimes), 'ms');
    bench('commit_vs_baseline_ratio', median(commitTimes) / median(baseTimes), 'x');
    benchCommitHandler(dir, cmiFor, median(baseTimes));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const COURSES = path.resolve(__dirname, '../../courses');
const COURSE_ID = 'kleine-kinderen-grote-kansen';

/**
 * The same commits through the `progress/commit` handler, as the app and the harness call it, on
 * the real course: store plus the module lookup. The lookup uses the course as launched, so a
 * commit no longer walks the course folder; `course_refresh_median_ms` is what that walk and
 * check (catalog.open) costs, i.e. what each commit saves.
 */
function benchCommitHandler(dir: string, cmiFor: (n: number) => ReturnType<typeof cmi2004>, baselineMs: number) {
  const core = openCore({ dataDir: path.join(dir, 'handler'), coursesDirs: [COURSES], host: 'cli', version: 'bench' });
  try {
    const commit = createHandlers(core)['progress/commit'];
    const learner = core.learners.create('Bench');
    const session = core.sessions.start(learner.id);
    const moduleId = core.catalog.open(COURSE_ID).modules[0]!.id;
    const attempt = core.attempts.launch(learner.id, COURSE_ID, moduleId);
    const times = Array.from({ length: N }, (_, i) =>
      timeMs(() => void commit({ session, attemptId: attempt.id, launchId: attempt.launch_id, seq: i + 1, cmi: cmiFor(i) }, { transport: 'test' })),
    );
    const refresh = Array.from({ length: 50 }, () => timeMs(() => core.catalog.open(COURSE_ID)));
    bench('commit_handler_median_ms', median(times), 'ms');
    bench('commit_handler_vs_baseline_ratio', median(times) / baselineMs, 'x');
    bench('course_refresh_median_ms', median(refresh), 'ms');
  } finally {
    core.close();
  }
}
