/**
 * Child process for the crash test: commits CMI as fast as it can and prints `ack <n>` only after
 * commit n returned, i.e. after SQLite reported it durable. The parent kills it with SIGKILL.
 */
import { emptyState, encodeState } from '../../electron/shared/sco-state';
import { createAttemptStore } from '../../electron/core/progress/attempts';
import { openDatabase } from '../../electron/core/progress/database';
import { createLearnerStore } from '../../electron/core/progress/learners';
import { cmi2004, makeModule } from './course-factory';

const [dataDir, startArg] = process.argv.slice(2);
const { db } = openDatabase(dataDir!);
const learners = createLearnerStore(db);
const learner = learners.list()[0] ?? learners.create('Crash');
const attempts = createAttemptStore(db);
const module = makeModule('m', ['hefboom-a']);
const shared = attempts.launch(learner.id, 'c', 'shared');

for (let n = Number(startArg); ; n++) {
  const state = emptyState(module);
  state.r['r-m'] = `Reflectie nummer ${n} `.repeat(20);
  const cmi = cmi2004({ location: `s-${n}`, suspend: encodeState(state), session: `PT${n}S` });
  const own = attempts.launch(learner.id, 'c', `m-${n}`);
  attempts.commit(own.id, own.launch_id, 1, cmi, module);
  attempts.commit(shared.id, shared.launch_id, n, cmi, module);
  process.stdout.write(`ack ${n}\n`);
}
