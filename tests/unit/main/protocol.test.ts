import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAssetResolver, type AssetResponse } from '../../../electron/core/app/assets';
import { appPolicy, createContentSite, withPolicy } from '../../../electron/core/app/content-site';
import { tempDir } from '../../helpers/temp';
import { electronMock } from '../../helpers/main/electron-mock';

vi.mock('electron', () => electronMock);
const { APP_ORIGIN, CONTENT_ORIGIN, appProtocolHandler, registerAppScheme } = await import('../../../electron/main/protocol');

const SCO_PAGE = '<!doctype html><title>Module</title>';

/** The two sites as the Electron shell wires them: the renderer on app://leerpad, SCOs and the LMS host on app://content. */
function handler() {
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Leerpad</title>');
  const hostDir = tempDir();
  fs.writeFileSync(path.join(hostDir, 'index.html'), '<!doctype html><title>LMS host</title>');
  const trees = {
    serve: (rest: string): AssetResponse =>
      rest === 'course/module/index.html' ? { status: 200, contentType: 'text/html; charset=utf-8', body: SCO_PAGE } : { status: 404, contentType: 'text/plain', body: '' },
  };
  return appProtocolHandler({
    app: withPolicy(createAssetResolver({ rendererDir }), appPolicy(CONTENT_ORIGIN)),
    content: createContentSite({ trees, hostDir, appOrigins: () => [APP_ORIGIN] }),
  });
}

describe('app:// protocol', () => {
  it('is registered as a standard secure scheme, so each host is an origin of its own', () => {
    registerAppScheme();
    expect(electronMock.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(new URL(CONTENT_ORIGIN).host).not.toBe(new URL(APP_ORIGIN).host);
  });

  it('serves the renderer on the app host, allowed to frame the content origin and nothing else', async () => {
    const res = handler()(new Request('app://leerpad/index.html'));
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain(`frame-src ${CONTENT_ORIGIN};`);
    expect(await res.text()).toContain('<title>Leerpad</title>');
  });

  it('serves SCOs and the LMS host on the content host, framed only by the app or each other', async () => {
    const sco = handler()(new Request('app://content/sco/course/module/index.html?lang=en'));
    expect(sco.status).toBe(200);
    expect(await sco.text()).toBe(SCO_PAGE);
    expect(sco.headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${APP_ORIGIN}`);
    const host = handler()(new Request('app://content/lms-host/index.html'));
    expect(host.status).toBe(200);
    expect(await host.text()).toContain('<title>LMS host</title>');
  });

  it.each([
    ['a SCO on the app host', 'app://leerpad/sco/course/module/index.html'],
    ['the LMS host on the app host', 'app://leerpad/lms-host/index.html'],
    ['the renderer on the content host', 'app://content/index.html'],
    ['the content root', 'app://content/'],
    ['an unknown host', 'app://other/index.html'],
  ])('refuses %s', (_what, url) => {
    expect(handler()(new Request(url)).status).toBe(404);
  });

  it.each([
    'app://leerpad/../../etc/passwd',
    'app://x/../../etc/passwd',
    'app://leerpad/%2e%2e/%2e%2e/etc/passwd',
    'app://leerpad/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://leerpad/..%5c..%5cetc%5cpasswd',
    'app://leerpad/index.html%00.png',
    'app://content/lms-host/../../etc/passwd',
    'app://content/lms-host/%2e%2e/%2e%2e/etc/passwd',
  ])('refuses %s', (url) => {
    // Request() would normalise `..`; the raw URL reaches the handler as Electron passes it.
    const res = handler()({ url } as Request);
    expect(res.status).toBe(404);
  });
});
