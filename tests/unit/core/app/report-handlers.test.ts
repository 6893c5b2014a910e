import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageApp } from '../../../helpers/core/app/package-app';
import { FORMULA_NAME, SECRET_REFLECTION, threeLearnersFolder } from '../../../helpers/core/reports/three-learners';

describe('report calls (the Reports screen)', () => {
  it('gives every profile × module with the statuses the learners are told, and the lever overview', async () => {
    const app = packageApp(threeLearnersFolder());
    try {
      const report = await app.call('report/get', {});
      expect(report.rows.map((r) => [r.learnerName, r.moduleId, r.status, r.passed, r.bestScorePercent])).toEqual([
        [FORMULA_NAME, 'start', 'not-started', null, null],
        [FORMULA_NAME, 'hefboom-onderzoeken', 'not-started', null, null],
        ['Amira', 'start', 'finished', null, null],
        ['Amira', 'hefboom-onderzoeken', 'finished', true, 80],
        ['Bram', 'start', 'in-progress', null, null],
        ['Bram', 'hefboom-onderzoeken', 'quiz-not-passed', false, 60],
      ]);
      expect(report.levers.find((l) => l.leverId === 'onderzoeken')).toMatchObject({ learnersFinished: 1, learnersTotal: 3, averagePercent: 33.3 });
      expect(JSON.stringify(report)).not.toContain(SECRET_REFLECTION.slice(0, 20));
    } finally {
      app.close();
    }
  });

  it('writes the CSV and the xlsx into exports/ in the language asked for; the desktop gets a path, no download link', async () => {
    const app = packageApp(threeLearnersFolder());
    try {
      const csv = await app.call('report/file', { format: 'csv', language: 'en', courseId: 'mini' });
      expect(csv).toMatchObject({ fileName: expect.stringMatching(/^leerpad-rapport-mini-\d{4}-\d\d-\d\d-\d{4}\.csv$/), downloadUrl: null, rows: 6 });
      expect(path.dirname(csv.path)).toBe(app.core.exportsDir);
      const text = fs.readFileSync(csv.path, 'utf8');
      expect(text.startsWith('\uFEFFName;Course;')).toBe(true);
      expect(text).not.toContain(SECRET_REFLECTION.slice(0, 20));
      const xlsx = await app.call('report/file', { format: 'xlsx', language: 'nl-BE' });
      expect(xlsx.fileName).toMatch(/^leerpad-rapport-alle-.*\.xlsx$/);
      expect(fs.readFileSync(xlsx.path).subarray(0, 2).toString()).toBe('PK');
      expect(xlsx.bytes).toBe(fs.statSync(xlsx.path).size);
    } finally {
      app.close();
    }
  });

  it('once a teacher PIN is set, reading or writing a report needs lecturer mode', async () => {
    const app = packageApp(threeLearnersFolder());
    try {
      await app.call('teacher/set-pin', { pin: '9753' });
      await expect(app.call('report/get', {})).rejects.toMatchObject({ code: 'TEACHER_REQUIRED' });
      await expect(app.call('report/file', { format: 'csv', language: 'nl-BE' })).rejects.toMatchObject({ code: 'TEACHER_REQUIRED' });
      expect(fs.existsSync(app.core.exportsDir) ? fs.readdirSync(app.core.exportsDir) : []).toEqual([]);
      const { teacher } = await app.call('teacher/unlock', { pin: '9753' });
      await expect(app.call('report/get', { teacher })).resolves.toMatchObject({ rows: expect.any(Array) });
    } finally {
      app.close();
    }
  });

  it('shows "gevolgd in sessie" beside the status a learner reached alone, in the screen and the CSV', async () => {
    const app = packageApp(threeLearnersFolder());
    try {
      const bram = (await app.call('learner/list', {})).find((l) => l.name === 'Bram')!;
      const training = await app.call('training/create', {
        title: 'Pedagogische studiedag',
        date: '2026-12-04',
        place: 'Basisschool De Linde, Gent',
        trainer: 'Els Mertens',
        courseId: 'mini',
        moduleIds: ['start'],
        participants: [{ name: 'Bram Peeters', learnerId: bram.id }],
      });
      await app.call('training/attendance', { id: training.id, participantId: training.participants[0]!.id, present: true });
      await app.call('training/close', { id: training.id });

      const rows = (await app.call('report/get', { courseId: 'mini' })).rows.filter((r) => r.learnerName === 'Bram');
      expect(rows.map((r) => [r.moduleId, r.status, r.followedInSession])).toEqual([
        ['start', 'in-progress', { title: 'Pedagogische studiedag', date: '2026-12-04' }],
        ['hefboom-onderzoeken', 'quiz-not-passed', null],
      ]);
      const csv = fs.readFileSync((await app.call('report/file', { format: 'csv', language: 'nl-BE', courseId: 'mini' })).path, 'utf8');
      expect(csv).toMatch(/\r\nBram;Mini;start;Start: zo werkt het;Bezig;—;;4;[^;]*;2026-12-04 Pedagogische studiedag\r\n/);
    } finally {
      app.close();
    }
  });

  it('says which course does not exist', async () => {
    const app = packageApp(threeLearnersFolder());
    try {
      await expect(app.call('report/get', { courseId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      app.close();
    }
  });
});
