// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPackage } from '../../../../renderer/sco/boot/read-package';
import { fixture } from './helpers';

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

describe('reading module.json', () => {
  it('takes the copy inlined in index.html, without fetching', async () => {
    const pkg = fixture();
    const fetched: string[] = [];
    const read = await readPackage(page(JSON.stringify(pkg)), async (url) => void fetched.push(url));
    expect(read.module.id).toBe('hefboom-onderzoeken');
    expect(fetched).toEqual([]);
  });

  it('falls back to ./module.json when the page has no inline copy', async () => {
    const pkg = fixture({ edition: 'scorm12' });
    const fetched: string[] = [];
    const read = await readPackage(page(null), async (url) => {
      fetched.push(url);
      return pkg;
    });
    expect(fetched).toEqual(['./module.json']);
    expect(read.edition).toBe('scorm12');
  });

  it('refuses something that is not a Leerpad package', async () => {
    await expect(readPackage(page(null), async () => ({ format: 2 }))).rejects.toThrow(/not a Leerpad SCO package/);
  });
});
