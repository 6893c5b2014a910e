import { describe, expect, it } from 'vitest';
import { appPolicy, contentPolicy, launchUrls } from '../../../../electron/core/app/content-site';

const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));

describe('the content origin', () => {
  it('gives the player a SCO page and an LMS host on the content origin, with the edition whose API the SCO looks for', () => {
    const urls = launchUrls('app://content', 'kleine kinderen', 'module/1');
    expect(urls).toEqual({
      scoUrl: 'app://content/sco/kleine%20kinderen/module%2F1/index.html',
      hostUrl: 'app://content/lms-host/index.html',
      edition: 'scorm2004',
    });
    expect(new URL(urls.scoUrl).origin).toBe(new URL(urls.hostUrl).origin);
  });

  it('lets content pages be framed by the app and by each other only', () => {
    const csp = contentPolicy(['http://127.0.0.1:5179', 'http://localhost:5179']);
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'self' http://127.0.0.1:5179 http://localhost:5179");
    expect(directive(csp, 'connect-src')).toBe("connect-src 'self'");
    expect(directive(csp, 'script-src')).toBe("script-src 'self'");
  });

  it('lets the app frame the content origin and nothing else, itself included', () => {
    const csp = appPolicy('app://content');
    expect(directive(csp, 'frame-src')).toBe('frame-src app://content');
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'self'");
  });
});
