import path from 'node:path';
import { listStudy, type ListedEntry, type ListedLearner } from '../app/package-list';
import { createPackageService } from '../app/package-service';
import { createCatalog } from '../course/catalog';
import { libraryDirOf } from '../paths';
import { createAttemptStore } from '../progress/attempts';
import { createDashboardQueries } from '../progress/dashboard';
import { createLearnerStore } from '../progress/learners';
import { openDatabaseIfAny } from '../reports/read-database';
import type { Command } from './command';
import { listSpec } from './specs';

function learnerLine(l: ListedLearner): string {
  const parts: string[] = [l.status];
  if (l.modules) parts.push(`${l.modules.finished}/${l.modules.total} modules`);
  if (l.scorePercent !== null) parts.push(`score ${l.scorePercent} %`);
  parts.push(l.lastStudiedAt ? `last studied ${l.lastStudiedAt.slice(0, 16).replace('T', ' ')} UTC` : 'never studied');
  return `    ${l.learner}: ${parts.join(', ')}`;
}

function entryLines(e: ListedEntry): string[] {
  const what = e.kind === 'course' ? `course ${e.id}` : `package ${e.id}, SCORM ${e.edition}, ${e.scoCount} SCO${e.scoCount === 1 ? '' : 's'}`;
  const head = `  ${e.title} (${what})`;
  if (e.invalid) return [head, '    cannot be played: it has authoring errors (leerpad validate shows them)'];
  return [head, ...(e.learners.length ? e.learners.map(learnerLine) : ['    no profiles yet'])];
}

/** `leerpad list`: what this computer holds to study, and where every profile stands in it. */
export const listCommand: Command = {
  ...listSpec,
  async run(ctx) {
    // Read beside a running Leerpad (no lock, no upgrade, not a byte written); no database yet: no profiles yet.
    const db = openDatabaseIfAny(ctx.dataDir);
    try {
      const libraryDir = libraryDirOf(ctx.dataDir);
      const progress = db && { learners: createLearnerStore(db), dashboards: createDashboardQueries(db), packages: createPackageService(db, libraryDir, createAttemptStore(db)) };
      const entries = listStudy({ catalog: createCatalog(ctx.coursesDirs.map((d) => path.resolve(d))), libraryDir, ...(progress ? { progress } : {}) });
      if (ctx.json) {
        ctx.stdout(JSON.stringify({ courses: entries.filter((e) => e.kind === 'course'), packages: entries.filter((e) => e.kind === 'package') }, null, 2));
        return 0;
      }
      const courses = entries.filter((e) => e.kind === 'course');
      const packages = entries.filter((e) => e.kind === 'package');
      ctx.stdout(['Courses', ...(courses.length ? courses.flatMap(entryLines) : ['  none']), '', 'Imported packages', ...(packages.length ? packages.flatMap(entryLines) : ['  none (leerpad import adds one)'])].join('\n'));
      return 0;
    } finally {
      db?.close();
    }
  },
};
