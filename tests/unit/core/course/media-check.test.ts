import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mediaProblems, readCourseMedia } from '../../../../electron/core/course/media-check';
import { tempCourse } from '../../../helpers/core/course/fixtures';

const hex = (h: string) => Buffer.from(h.replace(/\s/g, ''), 'hex');
const text = (t: string) => Buffer.from(t, 'utf8');

/** The first bytes of a real file of each allowed type. */
const GOOD: Record<string, Buffer> = {
  'foto.png': hex('89504e470d0a1a0a 0000000d49484452'),
  'foto.jpg': hex('ffd8ffe000104a46'),
  'foto.JPEG': hex('ffd8ffe1'),
  'anim.gif': text('GIF89a\x01\x00'),
  'foto.webp': Buffer.concat([text('RIFF'), hex('24000000'), text('WEBPVP8 ')]),
  'schema.svg': text('\uFEFF<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'),
  'lied.mp3': text('ID3\x04\x00'),
  'lied-zonder-tag.mp3': hex('fffb9064'),
  'lied.ogg': text('OggS\x00\x02'),
  'lied.m4a': Buffer.concat([hex('00000020'), text('ftypM4A ')]),
  'lied.wav': Buffer.concat([text('RIFF'), hex('24000000'), text('WAVEfmt ')]),
  'film.mp4': Buffer.concat([hex('00000018'), text('ftypisom')]),
  'film.webm': hex('1a45dfa3 9f4286'),
  'film.vtt': text('WEBVTT\n\n00:00.000 --> 00:01.000\nHallo'),
  'werkblad.pdf': text('%PDF-1.7\n'),
};

describe('media types', () => {
  it('accepts each allowed type whose bytes start like that type', () => {
    for (const [file, bytes] of Object.entries(GOOD)) expect(mediaProblems(`media/${file}`, bytes), file).toEqual([]);
  });

  it('refuses pages, code and unknown types, with advice that fits each', () => {
    const refused = (file: string) => mediaProblems(file, text('x'))[0];
    expect(refused('media/page.html')).toMatchObject({ code: 'media.type-refused', ext: '.html', refused: 'page' });
    expect(refused('media/evil.js')).toMatchObject({ refused: 'code' });
    expect(refused('media/stijl.css')).toMatchObject({ refused: 'code' });
    expect(refused('media/module.wasm')).toMatchObject({ refused: 'code' });
    expect(refused('media/tekst.docx')).toMatchObject({ refused: 'other' });
    expect(refused('media/LEESMIJ')).toMatchObject({ ext: 'LEESMIJ', refused: 'other' });
  });

  it('refuses a binary type whose bytes are markup, and says so', () => {
    for (const start of ['<html>', '<svg onload=alert(1)>', '  <script>alert(1)</script>', '\uFEFF<!doctype html>']) {
      expect(mediaProblems('media/foto.png', text(start)), start).toEqual([
        { code: 'media.content-mismatch', ext: '.png', type: 'PNG image', found: 'markup' },
      ]);
    }
  });

  it('refuses a file whose bytes are another type or nothing at all', () => {
    expect(mediaProblems('media/foto.jpg', GOOD['foto.png']!)).toMatchObject([{ code: 'media.content-mismatch', found: 'other' }]);
    expect(mediaProblems('media/film.mp4', Buffer.alloc(0))).toMatchObject([{ code: 'media.content-mismatch' }]);
    expect(mediaProblems('media/film.vtt', text('WEBVTTX'))).toMatchObject([{ code: 'media.content-mismatch' }]);
  });

  it('checks an SVG by its content', () => {
    expect(mediaProblems('media/a.svg', text('<svg><script>x</script></svg>'))).toEqual([{ code: 'svg.script', rule: 'element', name: '<script>', line: 1 }]);
    expect(mediaProblems('media/a.svg', text('<svg><g></svg>'))).toMatchObject([{ code: 'svg.invalid' }]);
  });
});

describe('reading a course file for a SCO tree', () => {
  it('returns the bytes of an allowed file inside the course', () => {
    const dir = tempCourse('', { 'media/foto.png': GOOD['foto.png']! });
    expect(readCourseMedia(dir, 'media/foto.png')).toEqual(GOOD['foto.png']);
  });

  it('follows a link that stays inside the course', () => {
    const dir = tempCourse('', { 'beelden/foto.png': GOOD['foto.png']! });
    fs.mkdirSync(path.join(dir, 'media'));
    fs.symlinkSync('../beelden/foto.png', path.join(dir, 'media/foto.png'));
    expect(readCourseMedia(dir, 'media/foto.png')).toEqual(GOOD['foto.png']);
  });

  it('refuses a link out of the course, a missing file, a refused type and swapped content', () => {
    const dir = tempCourse('', { 'media/page.html': '<html>', 'media/foto.png': '<html>' });
    const elsewhere = path.join(tempCourse('', { 'media/echt.png': GOOD['foto.png']! }), 'media/echt.png');
    fs.symlinkSync(elsewhere, path.join(dir, 'media/uit.png'));
    const refusals: Record<string, RegExp> = {
      'media/uit.png': /outside the course folder/,
      'media/weg.png': /missing/,
      'media/page.html': /media\.type-refused/,
      'media/foto.png': /media\.content-mismatch/,
    };
    for (const [file, why] of Object.entries(refusals)) {
      expect(() => readCourseMedia(dir, file), file).toThrow(expect.objectContaining({ code: 'COURSE_INVALID', file, message: expect.stringMatching(why) }));
    }
  });
});
