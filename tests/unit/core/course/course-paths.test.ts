import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveCoursePath, stampOf, walkCourse } from '../../../../electron/core/course/course-paths';
import { tempDir } from '../../../helpers/temp';
import { tempCourse, UNREADABLE_NAME } from '../../../helpers/core/course/fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('resolving a path of a course', () => {
  it('tells a file, a folder, a missing file, a dangling link, a link out and an unreadable name apart', () => {
    const dir = tempCourse('', { 'media/foto.png': 'x' });
    const outside = path.join(tempDir(), 'geheim.txt');
    fs.writeFileSync(outside, 'geheim');
    fs.symlinkSync(outside, path.join(dir, 'media/uit.png'));
    fs.symlinkSync('../modules/01-een.md', path.join(dir, 'media/binnen.md'));
    fs.symlinkSync('weg.png', path.join(dir, 'media/wees.png'));
    fs.symlinkSync('../..', path.join(dir, 'media/boven'));
    fs.writeFileSync(path.join(path.dirname(dir), 'buiten.txt'), 'naast de cursus');
    const real = fs.realpathSync(dir);

    expect(resolveCoursePath(dir, 'media/foto.png')).toEqual({ state: 'file', real: path.join(real, 'media/foto.png') });
    expect(resolveCoursePath(dir, 'media')).toEqual({ state: 'folder', real: path.join(real, 'media') });
    expect(resolveCoursePath(dir, 'media/weg.png')).toEqual({ state: 'missing' });
    expect(resolveCoursePath(dir, 'media/wees.png')).toEqual({ state: 'dangling', target: 'weg.png' });
    expect(resolveCoursePath(dir, 'media/uit.png')).toEqual({ state: 'outside', target: fs.realpathSync(outside) });
    expect(resolveCoursePath(dir, 'media/binnen.md')).toEqual({ state: 'file', real: path.join(real, 'modules/01-een.md') });
    expect(resolveCoursePath(dir, 'media/boven/buiten.txt')).toMatchObject({ state: 'outside' });
    expect(resolveCoursePath(dir, 'media/boven/tijdelijk/course.yaml')).toMatchObject({ state: 'file' });
    expect(resolveCoursePath(dir, `media/${UNREADABLE_NAME}`)).toEqual({ state: 'unreadable', reason: 'ENAMETOOLONG' });
  });

  it('treats a course folder reached through a link as the course itself', () => {
    const dir = tempCourse('', { 'media/foto.png': 'x' });
    const alias = path.join(tempDir(), 'alias');
    fs.symlinkSync(dir, alias);
    expect(resolveCoursePath(alias, 'media/foto.png')).toMatchObject({ state: 'file' });
  });
});

describe('walking a course folder', () => {
  it('lists files and links without following links, sorted', () => {
    const dir = tempCourse('', { 'media/foto.png': 'x' });
    fs.symlinkSync('/', path.join(dir, 'media/wortel'));
    expect(walkCourse(dir)).toEqual({
      entries: [
        expect.objectContaining({ rel: 'course.yaml', isLink: false }),
        expect.objectContaining({ rel: 'media/foto.png', isLink: false }),
        expect.objectContaining({ rel: 'media/wortel', isLink: true }),
        expect.objectContaining({ rel: 'modules/01-een.md', isLink: false }),
      ],
      unreadable: [],
    });
  });

  it('notes a folder it cannot list instead of failing, and the stamp changes with it', () => {
    const dir = tempCourse('', { 'media/foto.png': 'x' });
    const before = stampOf(walkCourse(dir));
    const realReaddir = fs.readdirSync;
    vi.spyOn(fs, 'readdirSync').mockImplementation(((p: fs.PathLike, o?: unknown) => {
      if (String(p).endsWith('media')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      return realReaddir(p, o as never);
    }) as typeof fs.readdirSync);
    const walk = walkCourse(dir);
    expect(walk.unreadable).toEqual([{ rel: 'media', reason: 'EACCES' }]);
    expect(walk.entries.map((e) => e.rel)).toEqual(['course.yaml', 'modules/01-een.md']);
    expect(stampOf(walk)).not.toBe(before);
  });

  it('changes the stamp when a file is added, removed or replaced by a link', () => {
    const dir = tempCourse('', { 'media/foto.png': 'x' });
    const stamps = [stampOf(walkCourse(dir))];
    fs.writeFileSync(path.join(dir, 'media/nieuw.png'), 'x');
    stamps.push(stampOf(walkCourse(dir)));
    fs.rmSync(path.join(dir, 'media/foto.png'));
    fs.symlinkSync('/etc/passwd', path.join(dir, 'media/foto.png'));
    stamps.push(stampOf(walkCourse(dir)));
    expect(new Set(stamps).size).toBe(3);
    expect(stampOf(walkCourse(dir))).toBe(stamps[2]);
  });
});
