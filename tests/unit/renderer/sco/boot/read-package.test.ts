// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ScoPackage } from '../../../../../electron/core/contract/sco';
import { isCourse, readPackage } from '../../../../../renderer/sco/boot/read-package';
import { courseFixture } from '../../../../helpers/renderer/sco/course/course-fixture';
import { fixture } from '../../../../helpers/renderer/sco/render';

function page(inline: string | null): Document {
  const doc = document.implementation.createHTMLDocument('SCO');
  if (inline !== null) {
    const script = doc.createElement('script');
    script.type = 'application/json';
    script.id = 'leerpad-module';
    script.textContent = inline;
    doc.body.append(script);
  }
  return doc;
}

/** A package folder: fetch answers the files it has and fails (as a 404 page's body does) for the rest. */
function folder(files: Record<string, unknown>, fetched: string[]) {
  return async (url: string) => {
    fetched.push(url);
    if (!(url in files)) throw new SyntaxError('Unexpected token < in JSON');
    return files[url];
  };
}

describe('reading module.json', () => {
  it('takes the copy inlined in index.html, without fetching', async () => {
    const pkg = fixture();
    const fetched: string[] = [];
    const read = await readPackage(page(JSON.stringify(pkg)), folder({}, fetched));
    expect((read as ScoPackage).module.id).toBe('hefboom-onderzoeken');
    expect(isCourse(read)).toBe(false);
    expect(fetched).toEqual([]);
  });

  it('falls back to ./module.json when the page has no inline copy', async () => {
    const fetched: string[] = [];
    const read = await readPackage(page(null), folder({ './module.json': fixture({ edition: 'scorm12' }) }, fetched));
    expect(fetched).toEqual(['./module.json']);
    expect(read.edition).toBe('scorm12');
  });

  it('refuses something that is not a Leerpad package', async () => {
    await expect(readPackage(page(null), async () => ({ format: 2 }))).rejects.toThrow(/not a Leerpad SCO package/);
  });
});

describe('reading course.json of a course SCO', () => {
  it('takes the course inlined in the launch page under the same element id', async () => {
    const fetched: string[] = [];
    const read = await readPackage(page(JSON.stringify(courseFixture())), folder({}, fetched));
    expect(isCourse(read) && read.modules.map((m) => m.position.index)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(fetched).toEqual([]);
  });

  it('falls back to ./course.json when the launch page has no inline copy and there is no module.json', async () => {
    const fetched: string[] = [];
    const read = await readPackage(page(null), folder({ './course.json': courseFixture({ edition: 'scorm12' }) }, fetched));
    expect(fetched).toEqual(['./module.json', './course.json']);
    expect(isCourse(read) && read.edition).toBe('scorm12');
  });

  it('refuses a course whose modules are not Leerpad module packages', async () => {
    const broken = { ...courseFixture(), modules: [{ format: 1 }] };
    await expect(readPackage(page(JSON.stringify(broken)), folder({}, []))).rejects.toThrow(/not a Leerpad SCO package/);
  });
});
