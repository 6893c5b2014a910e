import Database from 'better-sqlite3';
import { emptyState, encodeState } from '../../electron/shared/sco-state';
import { createAttemptStore } from '../../electron/core/progress/attempts';
import { createLearnerStore } from '../../electron/core/progress/learners';
import type { Db } from '../../electron/core/progress/database';
import { cmi2004, makeModule } from '../helpers/course-factory';

/** One module's commit as a learner makes it: a reflection, a kijkwijzer rating, two answers, a lever objective. */
export function learnerCommit(moduleId: string, n: number) {
  const module = makeModule(moduleId, ['hefboom-a'], { quiz: true });
  const state = emptyState(module);
  state.r[`r-${moduleId}`] = `Reflectie ${n}: ik zag "kansen" in de klas. `.repeat(8);
  state.k[`k-${moduleId}-a`] = [(n % 4) + 1, `notitie ${n}`];
  const cmi = cmi2004({
    completion: n % 2 ? 'completed' : 'incomplete',
    location: `${moduleId}-s1`,
    suspend: encodeState(state),
    session: `PT${n}S`,
    interactions: [
      { id: `q-${moduleId}-1`, type: 'choice', learner_response: 'a', result: n % 3 ? 'correct' : 'incorrect' },
      { id: `q-${moduleId}-2`, type: 'true-false', learner_response: 'true', result: 'correct' },
    ],
    objectives: [{ id: 'hefboom-a', completion_status: 'incomplete', success_status: 'unknown' }],
  });
  return { module, cmi };
}

/** Learners × modules of progress through the real stores (the rows a school's computer holds after a term). */
export function seedProgress(db: Db, learners: number, modules: number): void {
  const people = createLearnerStore(db);
  const attempts = createAttemptStore(db);
  for (let l = 0; l < learners; l++) {
    const learner = people.create(`Leerling ${l + 1}`);
    for (let m = 0; m < modules; m++) {
      const { module, cmi } = learnerCommit(`m${m + 1}`, l * modules + m);
      const attempt = attempts.launch(learner.id, 'c', module.id);
      attempts.commit(attempt.id, attempt.launch_id, 1, cmi, module);
    }
  }
}

/** Every row of every table, in a fixed order: what "the same data" means after a restore. */
export function dumpTables(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
  } finally {
    db.close();
  }
}
