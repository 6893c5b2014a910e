import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAssetResolver } from '../../../electron/core/assets';
import { tempDir } from '../../helpers/temp';
import { electronMock } from './electron-mock';

vi.mock('electron', () => electronMock);
const { appProtocolHandler, registerAppScheme } = await import('../../../electron/main/protocol');

function handler() {
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Leerpad</title>');
  return appProtocolHandler(createAssetResolver({ rendererDir }));
}

describe('app:// protocol', () => {
  it('is registered as a standard secure scheme so SCO frames share its origin', () => {
    registerAppScheme();
    expect(electronMock.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('serves the renderer with the CSP', async () => {
    const res = handler()(new Request('app://leerpad/index.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await res.text()).toContain('<title>Leerpad</title>');
  });

  it.each([
    'app://leerpad/../../etc/passwd',
    'app://x/../../etc/passwd',
    'app://leerpad/%2e%2e/%2e%2e/etc/passwd',
    'app://leerpad/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://leerpad/..%5c..%5cetc%5cpasswd',
    'app://leerpad/index.html%00.png',
  ])('refuses %s', (url) => {
    // Request() would normalise `..`; the raw URL reaches the handler as Electron passes it.
    const res = handler()({ url } as Request);
    expect(res.status).toBe(404);
  });
});
