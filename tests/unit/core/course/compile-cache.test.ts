import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourseCached, type CompileCache } from '../../../../electron/core/course/compile-cache';
import { loadCourse } from '../../../../electron/core/course/load';
import { tempCourse } from '../../../helpers/core/course/fixtures';

const MODULE = 'modules/01-een.md';
/** A section with an unknown directive: the course compiles with an issue the cache must keep too. */
const BODY = '## Begin {#begin}\n\nTekst.\n\n::onbekend\n';

function setup(build = 'build-1') {
  const dir = tempCourse(BODY);
  const cache: CompileCache = { dir: fs.mkdtempSync(path.join(os.tmpdir(), 'leerpad-cache-')), build };
  return { dir, cache };
}

const storedFile = (cache: CompileCache) => path.join(cache.dir, fs.readdirSync(cache.dir)[0]!);

/** Replaces the stored course's title: a later load that shows it was answered from the store. */
function markStored(cache: CompileCache, title: string) {
  const stored = JSON.parse(fs.readFileSync(storedFile(cache), 'utf8')) as { course: { title: string } };
  stored.course.title = title;
  fs.writeFileSync(storedFile(cache), JSON.stringify(stored));
}

describe('the compiled-course cache of the CLI', () => {
  it('gives exactly what a fresh compile gives, issues included, on the first and the next load', async () => {
    const { dir, cache } = setup();
    const fresh = loadCourse(dir);
    expect(fresh.issues.length).toBeGreaterThan(0);
    expect(await loadCourseCached(dir, cache)).toEqual(fresh);
    expect(await loadCourseCached(dir, cache)).toEqual(fresh);
  });

  it('answers the next load of an unchanged folder from the store', async () => {
    const { dir, cache } = setup();
    await loadCourseCached(dir, cache);
    markStored(cache, 'Uit de cache');
    expect((await loadCourseCached(dir, cache)).course?.title).toBe('Uit de cache');
  });

  it('compiles afresh when a file changed, even with the same size and mtime (a restored copy)', async () => {
    const { dir, cache } = setup();
    await loadCourseCached(dir, cache);
    markStored(cache, 'Uit de cache');
    const file = path.join(dir, MODULE);
    const before = fs.statSync(file);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('title: Een', 'title: Nul'));
    fs.utimesSync(file, before.atime, before.mtime);
    expect(fs.statSync(file).size).toBe(before.size);
    const loaded = await loadCourseCached(dir, cache);
    expect(loaded.course?.title).toBe('Tijdelijk');
    expect(loaded.course?.modules[0]?.title).toBe('Nul');
  });

  it('never uses a result stored by another build of the compiler', async () => {
    const { dir, cache } = setup('build-1');
    await loadCourseCached(dir, cache);
    markStored(cache, 'Oude build');
    expect((await loadCourseCached(dir, { ...cache, build: 'build-2' })).course?.title).toBe('Tijdelijk');
  });

  it('compiles a course with a symlink afresh every time: where a link leads can change unseen', async () => {
    const { dir, cache } = setup();
    fs.symlinkSync('01-een.md', path.join(dir, 'modules/link.txt'));
    await loadCourseCached(dir, cache);
    expect(fs.readdirSync(cache.dir)).toEqual([]);
  });

  it('still compiles when the store cannot be written', async () => {
    const { dir } = setup();
    const cache = { dir: path.join(os.tmpdir(), 'leerpad-no-such-folder', 'x'), build: 'b' };
    expect(await loadCourseCached(dir, cache)).toEqual(loadCourse(dir));
  });
});
