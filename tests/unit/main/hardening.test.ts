import { describe, expect, it, vi } from 'vitest';
import { electronMock, fakeWebContents } from '../../helpers/main/electron-mock';

vi.mock('electron', () => electronMock);
const { externalUrl, hardenWebContents } = await import('../../../electron/main/hardening');

const appTop = { parent: null, url: 'app://leerpad/index.html' };
const scoFrame = { parent: appTop, url: 'app://content/sco/m/index.html' };

describe('navigation and links', () => {
  it('lets the window move inside app:// and sends an https link of the app page to the system browser', () => {
    const f = fakeWebContents();
    hardenWebContents(f.contents as never);
    expect(f.fire('will-navigate', { url: 'app://leerpad/index.html#/library', initiator: appTop }).preventDefault).not.toHaveBeenCalled();
    electronMock.shell.openExternal.mockClear();
    expect(f.fire('will-navigate', { url: 'https://www.grotekansen.be/', initiator: appTop }).preventDefault).toHaveBeenCalled();
    expect(electronMock.shell.openExternal).toHaveBeenCalledWith('https://www.grotekansen.be/');
  });

  it('refuses a SCO that navigates the window away, without opening anything', () => {
    const f = fakeWebContents();
    hardenWebContents(f.contents as never);
    electronMock.shell.openExternal.mockClear();
    expect(f.fire('will-navigate', { url: 'https://phish.example/', initiator: scoFrame }).preventDefault).toHaveBeenCalled();
    expect(f.fire('will-navigate', { url: 'https://phish.example/', initiator: null }).preventDefault).toHaveBeenCalled();
    expect(electronMock.shell.openExternal).not.toHaveBeenCalled();
  });

  it('keeps frames on app:// pages', () => {
    const f = fakeWebContents();
    hardenWebContents(f.contents as never);
    for (const url of ['app://content/sco/m/index.html', 'app://leerpad/x', 'about:blank'])
      expect(f.fire('will-frame-navigate', { url, isMainFrame: false }).preventDefault, url).not.toHaveBeenCalled();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'data:text/html,x', 'javascript:alert(1)'])
      expect(f.fire('will-frame-navigate', { url, isMainFrame: false }).preventDefault, url).toHaveBeenCalled();
  });

  it('registers its listeners once per web contents, so a link never opens twice', () => {
    const f = fakeWebContents();
    const on = vi.spyOn(f.contents, 'on');
    hardenWebContents(f.contents as never);
    hardenWebContents(f.contents as never);
    expect(on.mock.calls.filter(([name]) => name === 'will-navigate')).toHaveLength(1);
  });

  it.each([
    ['https://klasse.be/artikel?x=1', 'https://klasse.be/artikel?x=1'],
    ['HTTPS://Klasse.BE', 'https://klasse.be/'],
    ['http://klasse.be', null],
    ['https://bank.example@evil.example/', null],
    ['file:///etc/passwd', null],
    ['smb://server/share', null],
    ['javascript:alert(1)', null],
    ['not a url', null],
    [`https://x.example/${'a'.repeat(3000)}`, null],
  ])('opens %s outside as %s', (url, expected) => {
    expect(externalUrl(url)).toBe(expected);
  });
});

describe('permissions', () => {
  it("grants full screen to the app's own page for the presenter view, and nothing else to anyone", async () => {
    const { mayGrant } = await import('../../../electron/main/hardening');
    expect(mayGrant('fullscreen', { requestingUrl: 'app://leerpad/index.html#/training/t1/present', isMainFrame: true })).toBe(true);
    expect(mayGrant('fullscreen', { requestingUrl: 'app://content/sco/m/index.html', isMainFrame: false })).toBe(false);
    expect(mayGrant('fullscreen', { requestingUrl: 'app://leerpad/index.html', isMainFrame: false })).toBe(false);
    expect(mayGrant('fullscreen', { requestingUrl: 'https://evil.example/', isMainFrame: true })).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'pointerLock'])
      expect(mayGrant(permission, { requestingUrl: 'app://leerpad/index.html', isMainFrame: true }), permission).toBe(false);
  });
});
