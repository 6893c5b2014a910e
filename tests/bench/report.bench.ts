import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCourse } from '../../electron/core/course';
import { createAttemptStore } from '../../electron/core/progress/attempts';
import { openDatabase } from '../../electron/core/progress/database';
import { createLearnerStore } from '../../electron/core/progress/learners';
import { createReportQueries } from '../../electron/core/reports/report';
import { reportBytes } from '../../electron/core/reports/report-file';
import { cmi2004 } from '../helpers/course-factory';
import { bench, median, timeAsync, timeMs } from './stats';

const LEARNERS = 200;
const RUNS = 5;

/**
 * The lecturer's report (issue 15) for 200 learners × the 16 modules of the real course, beside a
 * baseline in the same run: one SQL query that reads the same attempts without any of the dashboard's rules.
 */
export async function benchReport() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerpad-bench-report-'));
  try {
    const course = loadCourse(path.resolve(__dirname, '../../courses/kleine-kinderen-grote-kansen')).course!;
    const { db } = openDatabase(dir);
    // Seeding only: thousands of durable commits would measure the disk, not the report.
    db.pragma('synchronous = OFF');
    const people = createLearnerStore(db);
    const attempts = createAttemptStore(db);
    for (let l = 0; l < LEARNERS; l++) {
      const learner = people.create(`Leerling ${l + 1}`);
      course.modules.forEach((m, i) => {
        if ((l + i) % 5 === 0) return;
        const a = attempts.launch(learner.id, course.id, m.id);
        const done = (l + i) % 3 !== 0;
        attempts.commit(a.id, a.launch_id, 1, cmi2004({ completion: done ? 'completed' : 'incomplete', success: done ? 'passed' : 'unknown', scaled: done ? 0.8 : undefined, session: 'PT9M' }), m);
      });
    }
    const learners = people.list();
    const queries = createReportQueries(db);
    const sql = db.prepare('SELECT l.name, a.module_id, a.completion, a.success, a.score_scaled, a.time_base_s, a.updated_at FROM attempts a JOIN learners l ON l.id = a.learner_id WHERE a.course_id = ? ORDER BY l.name, a.module_id');
    const baseline: number[] = [];
    const model: number[] = [];
    const csv: number[] = [];
    const xlsx: number[] = [];
    let report = queries.report(learners, [course]);
    for (let i = 0; i < RUNS; i++) {
      baseline.push(timeMs(() => sql.all(course.id)));
      model.push(timeMs(() => (report = queries.report(learners, [course]))));
      csv.push(await timeAsync(() => reportBytes(report, 'csv', { language: 'nl-BE' })));
      xlsx.push(await timeAsync(() => reportBytes(report, 'xlsx', { language: 'nl-BE' })));
    }
    bench('report_rows', report.rows.length, 'rows');
    bench('report_sql_baseline_ms', median(baseline), 'ms');
    bench('report_model_ms', median(model), 'ms');
    bench('report_csv_ms', median(csv), 'ms');
    bench('report_xlsx_ms', median(xlsx), 'ms');
    db.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
