import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCatalog } from '../../../../electron/core/course/catalog';
import { shadowedCourses, tempCourse } from '../../../helpers/core/course/fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

function catalogWithCourse() {
  const dir = tempCourse('');
  return { dir, catalog: createCatalog([path.dirname(dir)]) };
}

const retitle = (dir: string, title: string) => {
  const file = path.join(dir, 'course.yaml');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${title}`));
  // A later mtime, as an author's save a moment later would have.
  const later = new Date(Date.now() + 5_000);
  fs.utimesSync(file, later, later);
};

describe('the course catalog', () => {
  it("shows an author's fix on the next list or open, without a restart", () => {
    const { dir, catalog } = catalogWithCourse();
    expect(catalog.list().map((c) => c.title)).toEqual(['Tijdelijk']);
    retitle(dir, 'Herwerkt');
    expect(catalog.list().map((c) => c.title)).toEqual(['Herwerkt']);
    retitle(dir, 'Opnieuw');
    expect(catalog.open('tijdelijk').title).toBe('Opnieuw');
  });

  it('answers cached() from memory, without reading any course folder', () => {
    const { catalog } = catalogWithCourse();
    const opened = catalog.open('tijdelijk');
    const readdir = vi.spyOn(fs, 'readdirSync');
    const lstat = vi.spyOn(fs, 'lstatSync');
    const stat = vi.spyOn(fs, 'statSync');
    expect(catalog.cached('tijdelijk')).toBe(opened);
    expect(catalog.cachedDir('tijdelijk')).toMatch(/tijdelijk$/);
    expect([readdir, lstat, stat].map((s) => s.mock.calls.length)).toEqual([0, 0, 0]);
  });

  it('opens a course on the first cached() call when it was never opened', () => {
    const { catalog } = catalogWithCourse();
    expect(catalog.cached('tijdelijk').id).toBe('tijdelijk');
    expect(() => catalog.cached('bestaat-niet')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it("keeps the launched version for a learner's commits while the author breaks the course", () => {
    const { dir, catalog } = catalogWithCourse();
    const launched = catalog.open('tijdelijk');
    fs.writeFileSync(path.join(dir, 'modules/01-een.md'), 'kapot');
    expect(catalog.list()[0]).toMatchObject({ id: 'tijdelijk', status: 'invalid' });
    expect(() => catalog.open('tijdelijk')).toThrow(expect.objectContaining({ code: 'COURSE_INVALID' }));
    expect(catalog.cached('tijdelijk')).toBe(launched);
  });

  it('lists a course folder that cannot be read with that error, and every other course as usual', () => {
    const { dir, catalog } = catalogWithCourse();
    const other = tempCourse('');
    fs.renameSync(other, path.join(path.dirname(dir), 'ander'));
    fs.writeFileSync(path.join(path.dirname(dir), 'ander/course.yaml'), fs.readFileSync(path.join(dir, 'course.yaml'), 'utf8').replace('id: tijdelijk', 'id: ander'));
    // What `chmod 000` does to the folder for any user but root (the tests may run as root).
    const denied = (p: fs.PathLike) => String(p).startsWith(`${dir}${path.sep}`) || String(p) === dir;
    const eacces = () => Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const realReaddir = fs.readdirSync;
    const realNative = fs.realpathSync.native;
    vi.spyOn(fs, 'readdirSync').mockImplementation(((p: fs.PathLike, o?: unknown) => {
      if (denied(p)) throw eacces();
      return realReaddir(p, o as never);
    }) as typeof fs.readdirSync);
    vi.spyOn(fs.realpathSync, 'native').mockImplementation(((p: fs.PathLike) => {
      if (denied(p) && String(p) !== dir) throw eacces();
      return realNative(p);
    }) as typeof fs.realpathSync.native);
    const list = catalog.list();
    expect(list.map((c) => [c.id, c.status])).toEqual([
      ['ander', 'ok'],
      ['tijdelijk', 'invalid'],
    ]);
    expect(list[1]?.issues).toEqual([expect.objectContaining({ code: 'course.unreadable', params: expect.objectContaining({ reason: 'EACCES' }) })]);
  });

  it('answers NOT_FOUND for a course whose folder vanished, and lists the rest', () => {
    const { dir, catalog } = catalogWithCourse();
    catalog.list();
    fs.rmSync(dir, { recursive: true });
    expect(catalog.list()).toEqual([]);
    expect(() => catalog.open('tijdelijk')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

describe('two folders with one course id', () => {
  it('gives the id to the folder named like it and refuses the other, so a copy cannot take over its progress', () => {
    const root = shadowedCourses();
    const catalog = createCatalog([root]);
    const list = catalog.list();
    expect(list.map((c) => [c.dir, c.status])).toEqual([
      ['kopie', 'invalid'],
      ['tijdelijk', 'ok'],
    ]);
    expect(list[0]?.issues[0]).toMatchObject({ code: 'course.duplicate-id', params: { id: 'tijdelijk', others: path.join(root, 'tijdelijk') } });
    expect(catalog.dirOf('tijdelijk')).toBe(path.join(root, 'tijdelijk'));
    expect(catalog.cachedDir('tijdelijk')).toBe(path.join(root, 'tijdelijk'));
  });

  it('refuses both when neither folder is named like the id', () => {
    const root = shadowedCourses();
    fs.renameSync(path.join(root, 'tijdelijk'), path.join(root, 'origineel'));
    const catalog = createCatalog([root]);
    expect(catalog.list().map((c) => [c.dir, c.status, c.issues[0]?.code])).toEqual([
      ['kopie', 'invalid', 'course.duplicate-id'],
      ['origineel', 'invalid', 'course.duplicate-id'],
    ]);
    expect(() => catalog.open('tijdelijk')).toThrow(expect.objectContaining({ code: 'COURSE_INVALID' }));
  });

  it('lets the copy be opened again once it has its own id', () => {
    const root = shadowedCourses();
    const catalog = createCatalog([root]);
    catalog.list();
    const yaml = path.join(root, 'kopie/course.yaml');
    fs.writeFileSync(yaml, fs.readFileSync(yaml, 'utf8').replace('id: tijdelijk', 'id: kopie'));
    expect(catalog.list().map((c) => [c.id, c.status])).toEqual([
      ['kopie', 'ok'],
      ['tijdelijk', 'ok'],
    ]);
  });
});
