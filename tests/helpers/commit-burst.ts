/**
 * Child process for the two-writers test: opens the data folder's database as a second program
 * would (no data-folder lock: that is the app's), waits for `go` on stdin so every writer starts
 * at once, then commits as fast as it can and prints one JSON line: how many were stored and how
 * many failed (by error code).
 */
import { emptyState, encodeState } from '../../electron/shared/sco-state';
import { createAttemptStore } from '../../electron/core/progress/attempts';
import { openDatabase } from '../../electron/core/progress/database';
import { createLearnerStore } from '../../electron/core/progress/learners';
import { cmi2004, makeModule } from './course-factory';

const [dataDir, name, countArg] = process.argv.slice(2);
const { db } = openDatabase(dataDir!);
const learner = createLearnerStore(db).create(name!);
const attempts = createAttemptStore(db);
const module = makeModule('m', ['hefboom-a']);

process.stdout.write('ready\n');
process.stdin.once('data', () => {
  const failures: Record<string, number> = {};
  let stored = 0;
  let attempt = attempts.launch(learner.id, 'c', `m-${name}`);
  for (let n = 1; n <= Number(countArg); n++) {
    const state = emptyState(module);
    state.r['r-m'] = `${name} schreef reflectie ${n}. `.repeat(10);
    try {
      // A relaunch now and then: launch reads, then writes too.
      if (n % 25 === 0) attempt = { ...attempts.launch(learner.id, 'c', `m-${name}`) };
      attempts.commit(attempt.id, attempt.launch_id, n, cmi2004({ location: `s-${n}`, suspend: encodeState(state), session: `PT${n}S` }), module);
      stored++;
    } catch (e) {
      const code = (e as { code?: string }).code ?? 'THROWN';
      failures[code] = (failures[code] ?? 0) + 1;
    }
  }
  process.stdout.write(`${JSON.stringify({ name, stored, failures, attemptId: attempt.id })}\n`);
  db.close();
  process.exit(0);
});
