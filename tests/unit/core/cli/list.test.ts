import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../../electron/core/app/services';
import { runCli } from '../../../../electron/core/cli/run';
import { openDatabase } from '../../../../electron/core/progress/database';
import { migrations } from '../../../../electron/core/progress/migrations';
import { cmi2004 } from '../../../helpers/course-factory';
import { packageApp } from '../../../helpers/core/app/package-app';
import { multiSco12 } from '../../../helpers/core/library/package-fixtures';
import { tempDir } from '../../../helpers/temp';

const courses = path.resolve(__dirname, '../../../fixtures/courses/valid');

function io() {
  const out: string[] = [];
  return { out, io: { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t) } };
}

/** A data folder where Amira studied a course module and passed every SCO of a package, and Bram has done nothing. */
async function studiedFolder() {
  const dir = tempDir();
  const app = packageApp(dir);
  const pkg = await app.importFixture(multiSco12());
  const amira = await app.call('learner/create', { name: 'Amira' });
  await app.call('learner/create', { name: 'Bram' });
  const module = await app.call('player/launch', { session: amira.session, courseId: 'mini', moduleId: 'hefboom-onderzoeken' });
  await app.commit(amira.session, module, cmi2004({ location: 'onderzoeken-test', session: 'PT5M' }));
  for (const itemId of ['item-sco1', 'item-sco2', 'item-sco3']) {
    const launch = await app.call('package/launch', { session: amira.session, packageId: pkg.id, itemId });
    await app.commit(amira.session, launch, { cmi: { core: { lesson_status: 'passed', score: { raw: '80', min: '0', max: '100' } } } });
  }
  app.close();
  return { dir, pkg };
}

describe('leerpad list', () => {
  it('lists courses and imported packages with every profile\'s status, score and last study (--json)', async () => {
    const { dir, pkg } = await studiedFolder();
    const c = io();
    expect(await runCli(['list', '--data-dir', dir, '--courses', courses, '--json'], c.io)).toBe(0);
    const listed = JSON.parse(c.out.join('')) as { courses: unknown[]; packages: unknown[] };
    expect(listed.courses).toContainEqual(
      expect.objectContaining({
        kind: 'course',
        id: 'mini',
        learners: [
          expect.objectContaining({ learner: 'Amira', status: 'in progress', modules: { finished: 0, total: 2 }, lastStudiedAt: expect.any(String) }),
          expect.objectContaining({ learner: 'Bram', status: 'not started', lastStudiedAt: null }),
        ],
      }),
    );
    expect(listed.packages).toEqual([
      expect.objectContaining({
        kind: 'package',
        id: pkg.id,
        edition: '1.2',
        scoCount: 3,
        learners: [
          expect.objectContaining({ learner: 'Amira', status: 'passed', scorePercent: 80, lastStudiedAt: expect.any(String) }),
          { learner: 'Bram', status: 'not started', scorePercent: null, lastStudiedAt: null },
        ],
      }),
    ]);
  });

  it('prints the same as lines to read', async () => {
    const { dir, pkg } = await studiedFolder();
    const c = io();
    expect(await runCli(['list', '--data-dir', dir, '--courses', courses], c.io)).toBe(0);
    const text = c.out.join('\n');
    expect(text).toContain(`(package ${pkg.id}, SCORM 1.2, 3 SCOs)`);
    expect(text).toMatch(/Amira: passed, score 80 %, last studied \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(text).toContain('Bram: not started, 0/2 modules, never studied');
  });

  it('lists the courses of a fresh data folder with no profiles and no packages, and creates nothing there', async () => {
    const c = io();
    const fresh = tempDir();
    expect(await runCli(['list', '--data-dir', fresh, '--courses', courses], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('(course mini)\n    no profiles yet');
    expect(c.out.join('\n')).toContain('Imported packages\n  none (leerpad import adds one)');
    expect(fs.readdirSync(fresh)).toEqual([]);
  });

  it('lists beside a running Leerpad that holds the data folder, and leaves the folder as it was', async () => {
    const { dir } = await studiedFolder();
    const database = path.join(dir, 'leerpad.sqlite');
    const before = fs.readFileSync(database);
    const running = openCore({ dataDir: dir, coursesDirs: [courses], host: 'cli', version: 't' });
    try {
      const c = io();
      expect(await runCli(['list', '--data-dir', dir, '--courses', courses], c.io)).toBe(0);
      expect(c.out.join('\n')).toMatch(/Amira: passed, score 80 %/);
    } finally {
      running.close();
    }
    const files = fs.readdirSync(dir).sort();
    const c = io();
    expect(await runCli(['list', '--data-dir', dir, '--courses', courses], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('Bram: not started, 0/2 modules, never studied');
    expect(fs.readFileSync(database)).toEqual(before);
    expect(fs.readdirSync(dir).sort()).toEqual(files);
    expect(fs.existsSync(`${database}-wal`)).toBe(false);
  });

  it('says a database from an older Leerpad must be opened by Leerpad once, and leaves it as it was', async () => {
    const dir = tempDir();
    openDatabase(dir, migrations.slice(0, -1)).db.close();
    const before = fs.readFileSync(path.join(dir, 'leerpad.sqlite'));
    const c = io();
    expect(await runCli(['list', '--data-dir', dir, '--courses', courses], c.io)).not.toBe(0);
    const said = c.out.join('\n');
    expect(said).toContain(`was last opened by an older Leerpad (it lacks migration ${migrations.at(-1)!.id}`);
    expect(said).toContain('Open Leerpad (the app, or `leerpad serve`) on this data folder once');
    expect(fs.readFileSync(path.join(dir, 'leerpad.sqlite'))).toEqual(before);
  });
});
