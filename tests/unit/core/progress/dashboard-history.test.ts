import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyState, encodeState } from '../../../../electron/shared/sco-state';
import { createAttemptStore } from '../../../../electron/core/progress/attempts';
import { createDashboardQueries } from '../../../../electron/core/progress/dashboard';
import { openDatabase } from '../../../../electron/core/progress/database';
import { createLearnerStore } from '../../../../electron/core/progress/learners';
import { migrations } from '../../../../electron/core/progress/migrations';
import { cmi2004, makeCourse } from '../../../helpers/course-factory';
import { tempDir } from '../../../helpers/temp';

const course = makeCourse();
const m1 = course.modules[0]!;

function rate(ratings: Record<string, number>, session = 'PT1M') {
  const state = emptyState(m1);
  for (const [item, r] of Object.entries(ratings)) state.k[item] = [r, ''];
  return cmi2004({ suspend: encodeState(state), session });
}

function setup() {
  const { db } = openDatabase(tempDir());
  return { learners: createLearnerStore(db), attempts: createAttemptStore(db), dashboards: createDashboardQueries(db) };
}

const itemsOf = (d: ReturnType<ReturnType<typeof createDashboardQueries>['dashboard']>) => d.checklists.find((c) => c.checklistId === 'k-m1')!.items;

describe('kijkwijzer rating history', () => {
  it('shows the first and the latest rating of each statement when a kijkwijzer is filled in again', () => {
    const { learners, attempts, dashboards } = setup();
    const amira = learners.create('Amira');
    const a = attempts.launch(amira.id, course.id, 'm1');
    attempts.commit(a.id, a.launch_id, 1, rate({ 'k-m1-a': 1, 'k-m1-b': 2 }), m1);
    // The next session, filled in again: one statement moves up, the other stays.
    const b = attempts.launch(amira.id, course.id, 'm1');
    attempts.commit(b.id, b.launch_id, 2, rate({ 'k-m1-a': 3, 'k-m1-b': 2 }), m1);

    const [itemA, itemB] = itemsOf(dashboards.dashboard(amira.id, course));
    expect(itemA).toMatchObject({ text: 'Ik stel open vragen.', first: { rating: 1 }, latest: { rating: 3 }, ratings: 2 });
    expect(itemB).toMatchObject({ first: { rating: 2 }, latest: { rating: 2 }, ratings: 1 });
  });

  it('keeps a rating changed within one attempt, and counts an unchanged re-commit once', () => {
    const { learners, attempts, dashboards } = setup();
    const amira = learners.create('Amira');
    const a = attempts.launch(amira.id, course.id, 'm1');
    attempts.commit(a.id, a.launch_id, 1, rate({ 'k-m1-a': 0 }), m1);
    attempts.commit(a.id, a.launch_id, 2, rate({ 'k-m1-a': 0 }), m1);
    attempts.commit(a.id, a.launch_id, 3, rate({ 'k-m1-a': 2 }), m1);
    expect(itemsOf(dashboards.dashboard(amira.id, course))[0]).toMatchObject({ first: { rating: 0 }, latest: { rating: 2 }, ratings: 2 });
  });

  it('follows the ratings into a new attempt of the module', () => {
    const { learners, attempts, dashboards } = setup();
    const amira = learners.create('Amira');
    const a = attempts.launch(amira.id, course.id, 'm1');
    attempts.commit(a.id, a.launch_id, 1, rate({ 'k-m1-a': 1 }), m1);
    const fresh = attempts.launch(amira.id, course.id, 'm1', true);
    attempts.commit(fresh.id, fresh.launch_id, 1, rate({ 'k-m1-a': 1 }), m1);
    attempts.commit(fresh.id, fresh.launch_id, 2, rate({ 'k-m1-a': 3 }), m1);
    expect(itemsOf(dashboards.dashboard(amira.id, course))[0]).toMatchObject({ first: { rating: 1 }, latest: { rating: 3 }, ratings: 2 });
  });

  it("shows a learner only their own ratings, never another profile's", () => {
    const { learners, attempts, dashboards } = setup();
    const amira = learners.create('Amira');
    const bram = learners.create('Bram');
    const a = attempts.launch(amira.id, course.id, 'm1');
    attempts.commit(a.id, a.launch_id, 1, rate({ 'k-m1-a': 3 }, 'PT30M'), m1);
    const bramsDashboard = dashboards.dashboard(bram.id, course);
    expect(itemsOf(bramsDashboard).every((i) => i.first === null && i.latest === null && i.ratings === 0)).toBe(true);
    expect(bramsDashboard.weeks.every((w) => w.minutes === 0)).toBe(true);
  });

  it('lists a kijkwijzer nobody rated yet with its statements and scale', () => {
    const { learners, dashboards } = setup();
    const d = dashboards.dashboard(learners.create('Amira').id, course);
    expect(d.checklists.map((c) => c.checklistId)).toEqual(['k-m1', 'k-m2', 'k-m3']);
    expect(d.checklists[1]).toMatchObject({ moduleTitle: 'Module m2', levers: ['hefboom-a', 'hefboom-b'], scale: ['Nog niet', 'Soms', 'Vaak', 'Altijd'] });
  });
});

describe('upgrading a database to the rating history (migration 6)', () => {
  it('keeps the ratings and the study time stored before the upgrade, after a backup', () => {
    const dataDir = tempDir();
    const old = openDatabase(dataDir, migrations.filter((m) => m.id < 6)).db;
    const amira = createLearnerStore(old).create('Amira');
    const oldAttempts = createAttemptStore(old);
    const a = oldAttempts.launch(amira.id, course.id, 'm1');
    oldAttempts.commit(a.id, a.launch_id, 1, rate({ 'k-m1-a': 2 }, 'PT20M'), m1);
    const b = oldAttempts.launch(amira.id, course.id, 'm1');
    oldAttempts.commit(b.id, b.launch_id, 2, rate({ 'k-m1-a': 2 }, 'PT10M'), m1);
    old.close();

    const { db, backupPath } = openDatabase(dataDir);
    expect(backupPath && fs.existsSync(backupPath)).toBe(true);
    expect(path.basename(backupPath!)).toMatch(/^leerpad-schema5-/);
    const d = createDashboardQueries(db).dashboard(amira.id, course);
    expect(itemsOf(d)[0]).toMatchObject({ first: { rating: 2 }, latest: { rating: 2 } });
    expect(d.weeks.reduce((s, w) => s + w.minutes, 0)).toBe(30);

    // The session in progress at the upgrade goes on being counted, not twice.
    const up = createAttemptStore(db);
    up.commit(b.id, b.launch_id, 3, rate({ 'k-m1-a': 3 }, 'PT15M'), m1);
    const after = createDashboardQueries(db).dashboard(amira.id, course);
    expect(after.weeks.reduce((s, w) => s + w.minutes, 0)).toBe(35);
    expect(itemsOf(after)[0]).toMatchObject({ first: { rating: 2 }, latest: { rating: 3 } });
  });
});
