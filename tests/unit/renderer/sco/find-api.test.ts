import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { findApi, type ApiHost } from '../../../../renderer/sco/lms/find-api';

/** A chain of windows: the first is the SCO frame, each next one its parent; the last is the top. */
function frames(depth: number, top: Record<string, unknown> = {}): { sco: ApiHost; top: ApiHost } {
  const topWin: ApiHost = { ...top };
  topWin.parent = topWin;
  topWin.top = topWin;
  let child = topWin;
  for (let i = 0; i < depth; i++) child = { parent: child, top: topWin };
  return { sco: child, top: topWin };
}

describe('findApi', () => {
  const api12 = new Scorm12API({ logLevel: 5 });
  const api2004 = new Scorm2004API({ logLevel: 5 });

  it('finds API_1484_11 in a parent several frames up, as a 2004 package', () => {
    const { sco } = frames(3, { API_1484_11: api2004 });
    expect(findApi(sco, 'scorm2004')).toEqual({ edition: 'scorm2004', api: api2004 });
  });

  it('finds API in the direct parent, as a 1.2 package', () => {
    const { sco } = frames(1, { API: api12 });
    expect(findApi(sco, 'scorm12')?.api).toBe(api12);
  });

  it('binds only to the pinned edition when a window exposes both APIs', () => {
    const both = { API: api12, API_1484_11: api2004 };
    expect(findApi(frames(2, both).sco, 'scorm12')?.api).toBe(api12);
    expect(findApi(frames(2, both).sco, 'scorm2004')?.api).toBe(api2004);
    expect(findApi(frames(2, { API_1484_11: api2004 }).sco, 'scorm12')).toBeNull();
    expect(findApi(frames(2, { API: api12 }).sco, 'scorm2004')).toBeNull();
  });

  it('looks in the opener chain when the SCO runs in a pop-up window', () => {
    const lms = frames(2, { API_1484_11: api2004 });
    const popup = frames(1);
    popup.top.opener = lms.sco;
    expect(findApi(popup.sco, 'scorm2004')?.api).toBe(api2004);
    const direct: ApiHost = { opener: frames(0, { API: api12 }).sco };
    direct.parent = direct;
    expect(findApi(direct, 'scorm12')?.api).toBe(api12);
  });

  it('follows an opener of an opener', () => {
    const lms = frames(0, { API: api12 });
    const first: ApiHost = { opener: lms.sco };
    first.parent = first;
    const second: ApiHost = { opener: first };
    second.parent = second;
    expect(findApi(second, 'scorm12')?.api).toBe(api12);
  });

  it('stops at a cross-origin parent instead of throwing', () => {
    const crossOrigin = new Proxy({} as ApiHost, {
      get() {
        throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
      },
    });
    const sco: ApiHost = { parent: crossOrigin };
    expect(findApi(sco, 'scorm2004')).toBeNull();
  });

  it('gives up beyond ten levels of frames', () => {
    expect(findApi(frames(10, { API: api12 }).sco, 'scorm12')?.api).toBe(api12);
    expect(findApi(frames(11, { API: api12 }).sco, 'scorm12')).toBeNull();
  });

  it('returns null without any LMS', () => {
    expect(findApi(frames(3).sco, 'scorm2004')).toBeNull();
  });
});
