import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { noticeOf, withParameters } from '../../../../electron/core/library/launch-href';

describe('an item launches its resource with its parameters joined as SCORM CAM 3.4.1.11 says', () => {
  it.each([
    ['a.html', undefined, 'a.html'],
    ['a.html', '', 'a.html'],
    ['a.html', 'page=2', 'a.html?page=2'],
    ['a.html', '?page=2', 'a.html?page=2'],
    ['a.html', '&page=2', 'a.html?page=2'],
    ['a.html?lang=nl', 'page=2', 'a.html?lang=nl&page=2'],
    ['a.html?lang=nl', '?page=2', 'a.html?lang=nl&page=2'],
    ['a.html', '#intro', 'a.html#intro'],
    ['a.html#top', '#intro', 'a.html#top'],
    ['a.html#top', 'page=2', 'a.html?page=2#top'],
    ['a.html?x=1#top', 'page=2', 'a.html?x=1&page=2#top'],
  ])('%s with parameters %s opens %s', (href, parameters, expected) => {
    expect(withParameters(href, parameters)).toBe(expected);
  });
});

describe('an item that cannot play offline says why', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerpad-notice-'));
  fs.mkdirSync(path.join(dir, 'sco one'));
  fs.writeFileSync(path.join(dir, 'sco one', 'index.html'), 'x');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['sco one/index.html', undefined],
    ['sco%20one/index.html?page=2#x', undefined],
    ['./sco one/./index.html', undefined],
    ['https://example.org/course/index.html', 'external-url'],
    ['HTTP://example.org/', 'external-url'],
    ['//example.org/index.html', 'external-url'],
    ['sco one/missing.html', 'missing-file'],
    ['sco one', 'missing-file'],
    ['../outside.html', 'missing-file'],
    ['/etc/passwd', 'missing-file'],
    ['', 'missing-file'],
  ])('%s → %s', (href, notice) => {
    expect(noticeOf(dir, href)).toBe(notice);
  });
});
