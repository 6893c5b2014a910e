import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCatalog } from '../../../../electron/core/course/catalog';
import { tempCourse } from '../../../helpers/core/course/fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

const MODULE = 'modules/01-een.md';

function course() {
  const dir = tempCourse('## Begin {#begin}\n\nTekst.\n');
  return { dir, catalog: createCatalog([path.dirname(dir)]) };
}

/** An author's save: new text, and (unless `sameTime`) the later mtime a save a moment later has. */
function save(dir: string, rel: string, edit: (text: string) => string, sameTime = false) {
  const file = path.join(dir, rel);
  const before = fs.statSync(file);
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
  const when = sameTime ? before.mtime : new Date(before.mtimeMs + 5_000);
  fs.utimesSync(file, when, when);
}

const moduleTitle = (title: string) => (text: string) => text.replace(/^title: Een$/m, `title: ${title}`);

describe('the compiled course cache', () => {
  it('compiles a course once and answers the next opens from memory while no file changed', () => {
    const { catalog } = course();
    const first = catalog.open('tijdelijk');
    const read = vi.spyOn(fs, 'readFileSync');
    expect(catalog.open('tijdelijk')).toBe(first);
    expect(catalog.open('tijdelijk')).toBe(first);
    expect(read).not.toHaveBeenCalled();
  });

  it("shows an author's edit to a module when the module is opened again (a reload of the player)", () => {
    const { dir, catalog } = course();
    expect(catalog.open('tijdelijk').modules[0]?.title).toBe('Een');
    save(dir, MODULE, moduleTitle('Herwerkt'));
    expect(catalog.open('tijdelijk').modules[0]?.title).toBe('Herwerkt');
    expect(catalog.cached('tijdelijk').modules[0]?.title).toBe('Herwerkt');
  });

  it('keeps serving the module as launched to commits and module files until it is opened again', () => {
    const { dir, catalog } = course();
    const launched = catalog.open('tijdelijk');
    save(dir, MODULE, moduleTitle('Herwerkt'));
    expect(catalog.cached('tijdelijk')).toBe(launched);
  });

  it('sees a save that keeps the mtime but changes the length (FAT and exFAT keep mtimes to 2 seconds)', () => {
    const { dir, catalog } = course();
    const fatTime = new Date('2026-03-02T10:00:00Z');
    fs.utimesSync(path.join(dir, MODULE), fatTime, fatTime);
    expect(catalog.open('tijdelijk').modules[0]?.title).toBe('Een');
    save(dir, MODULE, moduleTitle('Een langere titel'), true);
    expect(catalog.open('tijdelijk').modules[0]?.title).toBe('Een langere titel');
  });

  it('sees a new media file and a removed one, not only edited files', () => {
    const { dir, catalog } = course();
    const before = catalog.open('tijdelijk');
    fs.mkdirSync(path.join(dir, 'media'));
    fs.writeFileSync(path.join(dir, 'media/foto.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const added = catalog.open('tijdelijk');
    expect(added).not.toBe(before);
    fs.rmSync(path.join(dir, 'media/foto.svg'));
    expect(catalog.open('tijdelijk')).not.toBe(added);
  });
});
