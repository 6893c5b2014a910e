import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../../../electron/core/course/catalog';
import { createAppTrees } from '../../../../electron/core/app/sco-trees';
import { tempCourse } from '../../../helpers/core/course/fixtures';
import { DIRS } from '../../../helpers/core/scorm/packages';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

function served() {
  const dir = tempCourse('![Een foto van de klas](media/foto.png)\n', { 'media/foto.png': PNG });
  const catalog = createCatalog([path.dirname(dir)]);
  catalog.open('tijdelijk');
  return { dir, catalog, trees: createAppTrees(catalog, DIRS.runtimeDir) };
}

describe('the SCO trees the app plays', () => {
  it("serves the launch page and the runtime as Leerpad's own, and course media as untrusted", () => {
    const { trees } = served();
    const page = trees.serve('tijdelijk/een/index.html');
    expect(page).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8' });
    expect(page.untrusted).toBeUndefined();
    expect(trees.serve('tijdelijk/_leerpad/sco.js').untrusted).toBeUndefined();
    expect(trees.serve('tijdelijk/een/media/foto.png')).toMatchObject({ status: 200, contentType: 'image/png', body: PNG, untrusted: true });
  });

  it('answers 404 for anything that is not a file of the module tree', () => {
    const { trees } = served();
    for (const rest of ['tijdelijk/een/course.yaml', 'tijdelijk/een/../../../etc/passwd', 'tijdelijk/een/modules/01-een.md', 'ander/een/index.html', 'tijdelijk/twee/index.html', 'tijdelijk/een/%E0%A4%A']) {
      expect(trees.serve(rest).status, rest).toBe(404);
    }
  });

  it('keeps serving the module as launched while its author breaks the course, until the next launch', () => {
    const { dir, catalog, trees } = served();
    fs.writeFileSync(path.join(dir, 'modules/01-een.md'), 'kapot');
    expect(catalog.list()[0]?.status).toBe('invalid');
    expect(trees.serve('tijdelijk/een/index.html').status).toBe(200);
    expect(() => catalog.open('tijdelijk')).toThrow(expect.objectContaining({ code: 'COURSE_INVALID' }));
  });
});
