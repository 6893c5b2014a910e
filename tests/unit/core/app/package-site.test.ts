import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContentSite } from '../../../../electron/core/app/content-site';
import { packageScoUrl } from '../../../../electron/core/app/package-site';
import { responseHeaders } from '../../../../electron/core/app/assets';
import { packageApp } from '../../../helpers/core/app/package-app';
import { multiSco12 } from '../../../helpers/core/library/package-fixtures';
import { tempDir } from '../../../helpers/temp';

const APP = 'http://127.0.0.1:5179';
const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';

async function site() {
  const { core, importFixture } = packageApp();
  const pkg = await importFixture(multiSco12());
  const content = createContentSite({ trees: core.trees, hostDir: tempDir(), appOrigins: () => [APP] });
  return { core, pkg, dir: path.join(core.libraryDir, pkg.id), get: (p: string) => content.resolve(p) };
}

describe('imported packages on the content origin', () => {
  it('serves a package page with a policy that runs its own inline script and eval but nothing remote', async () => {
    const { pkg, get } = await site();
    const page = get(`/pkg/${pkg.id}/shared/sco1.html`);
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain('Les 1: wie is het kind?');
    const csp = responseHeaders(page)['content-security-policy']!;
    expect(directive(csp, 'script-src')).toBe("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
    expect(directive(csp, 'connect-src')).toBe("connect-src 'self'");
    expect(directive(csp, 'frame-ancestors')).toBe(`frame-ancestors 'self' ${APP}`);
    // Only the app's own origin may frame it; no source directive names anything remote.
    const sources = csp.split('; ').filter((d) => !d.startsWith('frame-ancestors '));
    expect(sources.join('; ')).not.toMatch(/https?:|\*|wss?:/);
    expect(get(`/pkg/${pkg.id}/common/sco.js`)).toMatchObject({ status: 200, contentType: 'text/javascript; charset=utf-8' });
  });

  it.each(['../../leerpad.sqlite', '..%2F..%2Fleerpad.sqlite', 'shared/..%5C..%5C..%5Cleerpad.sqlite', '%2e%2e/%2e%2e/leerpad.sqlite'])('refuses %s, which would leave the package', async (escape) => {
    const { pkg, get } = await site();
    expect(get(`/pkg/${pkg.id}/${escape}`).status).toBe(404);
  });

  it('refuses a symlink inside the package that points outside it, and the library record beside the files', async () => {
    const { core, pkg, dir, get } = await site();
    fs.symlinkSync(path.join(path.dirname(core.libraryDir), 'leerpad.sqlite'), path.join(dir, 'shared', 'db.html'));
    expect(get(`/pkg/${pkg.id}/shared/db.html`).status).toBe(404);
    expect(get(`/pkg/${pkg.id}/.leerpad-package.json`).status).toBe(404);
    expect(get(`/pkg/${pkg.id}/./.leerpad-package.json`).status).toBe(404);
  });

  it('serves nothing for an id that is not a package folder', async () => {
    const { get } = await site();
    for (const p of ['/pkg/.uploads/x.zip', '/pkg/../leerpad.sqlite', '/pkg/nope/index.html', '/pkg/']) expect(get(p).status).toBe(404);
  });

  it('names the same file whether the manifest escaped a space or not, and keeps the parameters', () => {
    expect(packageScoUrl('p', 'my%20course/index.html?x=1#a b')).toBe('/pkg/p/my%20course/index.html?x=1#a b');
    expect(packageScoUrl('p', 'my course/index.html')).toBe('/pkg/p/my%20course/index.html');
  });
});
