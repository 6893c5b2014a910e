import type { AttemptRow } from './attempts';
import type { Db } from './database';

/**
 * Attempts on other people's packages share the `attempts` table (and so the launch, commit, CONFLICT
 * and time rules) with our own modules: course_id is the package key, module_id the manifest item's
 * identifier. A course id matches /^[a-z][a-z0-9-]*$/ (course/ids.ts), so a key with a colon is never one.
 */
const PACKAGE_KEY_PREFIX = 'pkg:';

export function packageKey(packageId: string): string {
  return `${PACKAGE_KEY_PREFIX}${packageId}`;
}

/** The package id an attempt belongs to, or null for an attempt on one of our own courses. */
export function packageIdOfKey(courseId: string): string | null {
  return courseId.startsWith(PACKAGE_KEY_PREFIX) ? courseId.slice(PACKAGE_KEY_PREFIX.length) : null;
}

export interface LearnerAttemptRow extends AttemptRow {
  learner_name: string;
}

export function createPackageRecords(db: Db) {
  // The newest attempt per learner × item: what the outline, the rollup and `list` report.
  const newest = `a.number = (SELECT MAX(b.number) FROM attempts b
                    WHERE b.learner_id = a.learner_id AND b.course_id = a.course_id AND b.module_id = a.module_id)`;
  const ofLearner = db.prepare<[string, string], AttemptRow>(`SELECT a.* FROM attempts a WHERE a.learner_id = ? AND a.course_id = ? AND ${newest}`);
  const ofEveryone = db.prepare<[string], LearnerAttemptRow>(
    `SELECT a.*, l.name AS learner_name FROM attempts a JOIN learners l ON l.id = a.learner_id
      WHERE a.course_id = ? AND ${newest} ORDER BY l.name_key, a.module_id`,
  );
  const removeAll = db.prepare('DELETE FROM attempts WHERE course_id = ?');

  return {
    /** The learner's newest attempt on each item of the package that they opened. */
    latestByItem(learnerId: string, packageId: string): Map<string, AttemptRow> {
      return new Map(ofLearner.all(learnerId, packageKey(packageId)).map((r) => [r.module_id, r]));
    },
    /** Every learner's newest attempts on the package, grouped by learner (for `leerpad list`). */
    byLearner(packageId: string): Map<string, { name: string; rows: Map<string, AttemptRow> }> {
      const out = new Map<string, { name: string; rows: Map<string, AttemptRow> }>();
      for (const r of ofEveryone.all(packageKey(packageId))) {
        const entry = out.get(r.learner_id) ?? { name: r.learner_name, rows: new Map<string, AttemptRow>() };
        entry.rows.set(r.module_id, r);
        out.set(r.learner_id, entry);
      }
      return out;
    },
    /** Forgets every learner's work on the package (answers and objectives go with it: ON DELETE CASCADE). */
    removeAll(packageId: string): number {
      return removeAll.run(packageKey(packageId)).changes;
    },
  };
}

export type PackageRecords = ReturnType<typeof createPackageRecords>;
