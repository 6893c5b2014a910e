import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../../electron/core/app/services';
import { runCli } from '../../../../electron/core/cli/run';
import type { Report } from '../../../../electron/core/contract/reports';
import { FIXTURE_TIME_ZONE, MINI_COURSES, SECRET_REFLECTION, THREE_LEARNERS_CSV, threeLearnersFolder } from '../../../helpers/core/reports/three-learners';
import { tempDir } from '../../../helpers/temp';
import { packageApp } from '../../../helpers/core/app/package-app';
import { multiSco12 } from '../../../helpers/core/library/package-fixtures';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) } };
}

const report = (args: string[], c = io()) => runCli(['report', '--courses', MINI_COURSES, ...args], c.io);

describe('leerpad report', () => {
  const zone = process.env.TZ;
  // Dates are written in the computer's own time zone: the fixture's is Brussels (the test workers are processes of their own).
  beforeEach(() => {
    process.env.TZ = FIXTURE_TIME_ZONE;
  });
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('writes the CSV of three learners byte for byte as the fixture (BOM, ;, CRLF, decimal comma, local dates, a formula-like name neutralised)', async () => {
    const dir = threeLearnersFolder();
    const out = path.join(tempDir(), 'rapport.csv');
    const c = io();
    expect(await report(['--data-dir', dir, '--format', 'csv', '--out', out], c)).toBe(0);
    expect(fs.readFileSync(out)).toEqual(fs.readFileSync(THREE_LEARNERS_CSV));
    expect(c.out.join('\n')).toContain('(6 row(s): profile x module)');
  });

  it('reads beside a running Leerpad that holds the data folder, and leaves the database as it was', async () => {
    const dir = threeLearnersFolder();
    const before = fs.readFileSync(path.join(dir, 'leerpad.sqlite'));
    const running = openCore({ dataDir: dir, coursesDirs: [MINI_COURSES], host: 'cli', version: 't' });
    try {
      const out = path.join(tempDir(), 'rapport.csv');
      expect(await report(['--data-dir', dir, '--out', out])).toBe(0);
      expect(fs.readFileSync(out)).toEqual(fs.readFileSync(THREE_LEARNERS_CSV));
    } finally {
      running.close();
    }
    const alone = path.join(tempDir(), 'rapport.csv');
    expect(await report(['--data-dir', dir, '--out', alone])).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'leerpad.sqlite'))).toEqual(before);
    expect(fs.existsSync(path.join(dir, 'leerpad.sqlite-wal'))).toBe(false);
  });

  it('gives every row and the kernthema and hefboom overview as JSON, without any reflection text', async () => {
    const dir = threeLearnersFolder();
    const out = path.join(tempDir(), 'rapport.json');
    expect(await report(['--data-dir', dir, '--format', 'json', '--out', out, '--course', 'mini'])).toBe(0);
    const text = fs.readFileSync(out, 'utf8');
    expect(text).not.toContain(SECRET_REFLECTION.slice(0, 20));
    const json = JSON.parse(text) as Report;
    expect(json.rows).toHaveLength(6);
    expect(json.rows.find((r) => r.learnerName === 'Amira' && r.moduleId === 'hefboom-onderzoeken')).toEqual({
      learnerId: expect.any(String),
      learnerName: 'Amira',
      courseId: 'mini',
      courseTitle: 'Mini',
      moduleId: 'hefboom-onderzoeken',
      moduleTitle: 'Hefboom 1: onderzoeken',
      status: 'finished',
      passed: true,
      bestScorePercent: 80,
      timeSeconds: 1830,
      lastStudiedAt: '2026-07-01T21:45:00.000Z',
      followedInSession: null,
      kind: 'module',
    });
    expect(json.levers.map((l) => [l.kind, l.leverId, l.learnersFinished, l.learnersTotal, l.averagePercent])).toEqual([
      ['theme', 'interacties', 1, 3, 33.3],
      ['lever', 'onderzoeken', 1, 3, 33.3],
      ['lever', 'expressie', 0, 3, 0],
    ]);
  });

  it("adds a row per learner for each imported package, by the package's own rollup; not with --course", async () => {
    const dir = tempDir();
    const app = packageApp(dir);
    const pkg = await app.importFixture(multiSco12());
    const amira = await app.call('learner/create', { name: 'Amira' });
    await app.call('learner/create', { name: 'Bram' });
    for (const itemId of ['item-sco1', 'item-sco2', 'item-sco3']) {
      const launch = await app.call('package/launch', { session: amira.session, packageId: pkg.id, itemId });
      await app.commit(amira.session, launch, { cmi: { core: { lesson_status: 'passed', score: { raw: '80', min: '0', max: '100' }, session_time: '0000:05:00' } } });
    }
    app.close();

    const out = path.join(tempDir(), 'rapport.json');
    expect(await report(['--data-dir', dir, '--format', 'json', '--out', out])).toBe(0);
    const rows = (JSON.parse(fs.readFileSync(out, 'utf8')) as Report).rows.filter((r) => r.kind === 'package');
    expect(rows.map((r) => [r.learnerName, r.moduleId, r.status, r.passed, r.bestScorePercent, r.timeSeconds, r.lastStudiedAt !== null])).toEqual([
      ['Amira', `pkg:${pkg.id}`, 'finished', true, 80, 900, true],
      ['Bram', `pkg:${pkg.id}`, 'not-started', null, null, 0, false],
    ]);
    const csv = path.join(tempDir(), 'rapport.csv');
    expect(await report(['--data-dir', dir, '--out', csv])).toBe(0);
    expect(fs.readFileSync(csv, 'utf8')).toContain(`\r\nAmira;${rows[0]!.courseTitle};pkg:${pkg.id};${rows[0]!.moduleTitle};Afgerond;ja;80;15;`);
    expect(await report(['--data-dir', dir, '--format', 'json', '--out', out, '--course', 'mini'])).toBe(0);
    expect((JSON.parse(fs.readFileSync(out, 'utf8')) as Report).rows.filter((r) => r.kind === 'package')).toEqual([]);
  });

  it('writes English headers and statuses with --language en', async () => {
    const out = path.join(tempDir(), 'report.csv');
    expect(await report(['--data-dir', threeLearnersFolder(), '--language', 'en', '--out', out])).toBe(0);
    const text = fs.readFileSync(out, 'utf8');
    expect(text).toContain('\uFEFFName;Course;Module id;Module;Status;Passed;Best score (%);Time (min);Last studied;Followed in a session\r\n');
    expect(text).toContain('Bram;Mini;hefboom-onderzoeken;Hefboom 1: onderzoeken;Quiz not passed yet;no;60;25;2026-03-03 14:40;\r\n');
  });

  it('refuses what it cannot do, saying how: xlsx without --out, an unknown format, course or data folder', async () => {
    const dir = threeLearnersFolder();
    let c = io();
    expect(await report(['--data-dir', dir, '--format', 'xlsx'], c)).toBe(1);
    expect(c.err.join('\n')).toContain('--out <file.xlsx>');
    c = io();
    expect(await report(['--data-dir', dir, '--format', 'pdf'], c)).toBe(1);
    expect(c.err.join('\n')).toContain("--format must be csv, xlsx, json; not 'pdf'");
    c = io();
    expect(await report(['--data-dir', dir, '--course', 'nope'], c)).toBe(1);
    expect(c.err.join('\n')).toContain("no course with id 'nope'");
    c = io();
    const empty = tempDir();
    expect(await report(['--data-dir', empty], c)).toBe(1);
    expect(c.err.join('\n')).toContain('There is no Leerpad database');
    expect(fs.readdirSync(empty)).toEqual([]);
  });
});
