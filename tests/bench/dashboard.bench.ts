import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { blocksOf, emptyState, encodeState } from '../../electron/shared/sco-state';
import { loadCourse } from '../../electron/core/course';
import { createAttemptStore } from '../../electron/core/progress/attempts';
import { createDashboardQueries } from '../../electron/core/progress/dashboard';
import { openDatabase } from '../../electron/core/progress/database';
import { createLearnerStore } from '../../electron/core/progress/learners';
import { cmi2004 } from '../helpers/course-factory';
import { bench, median, timeMs } from './stats';

const RUNS = 200;
const COMMITS_PER_MODULE = 6;

/**
 * "Mijn voortgang" for a learner who finished all 16 modules of the real course (a reflection in each, every
 * kijkwijzer rated and rated again, several sessions each), beside a baseline in the same run: the dashboard
 * of a learner with nothing done, on the same database.
 */
export function benchDashboard() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerpad-bench-'));
  try {
    const course = loadCourse(path.resolve(__dirname, '../../courses/kleine-kinderen-grote-kansen')).course!;
    const { db } = openDatabase(dir);
    const learners = createLearnerStore(db);
    const done = learners.create('Klaar');
    const fresh = learners.create('Nieuw');
    const attempts = createAttemptStore(db);
    for (const m of course.modules) {
      const state = emptyState(m);
      for (const r of blocksOf(m, 'reflection')) state.r[r.id] = 'Vandaag zag ik hoe Lina zelf ontdekte wat drijft.\nIk wachtte met uitleggen. '.repeat(6);
      for (let seq = 1; seq <= COMMITS_PER_MODULE; seq++) {
        const a = attempts.launch(done.id, course.id, m.id);
        for (const c of blocksOf(m, 'checklist')) for (const item of c.items) state.k[item.id] = [seq % c.scale.length, ''];
        const last = seq === COMMITS_PER_MODULE;
        const cmi = cmi2004({ completion: last ? 'completed' : 'incomplete', success: last ? 'passed' : 'unknown', scaled: last ? 0.9 : undefined, suspend: encodeState(state), session: 'PT7M' });
        attempts.commit(a.id, a.launch_id, seq, cmi, m);
      }
    }
    const dashboards = createDashboardQueries(db);
    const check = dashboards.dashboard(done.id, course);
    if (check.overall.modulesCompleted !== course.modules.length) throw new Error('bench learner has not finished every module');
    const full = Array.from({ length: RUNS }, () => timeMs(() => dashboards.dashboard(done.id, course)));
    const empty = Array.from({ length: RUNS }, () => timeMs(() => dashboards.dashboard(fresh.id, course)));
    db.close();
    bench('dashboard_ms', median(full), 'ms');
    bench('dashboard_nothing_done_ms', median(empty), 'ms');
    bench('dashboard_vs_nothing_done_ratio', median(full) / median(empty), 'x');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
