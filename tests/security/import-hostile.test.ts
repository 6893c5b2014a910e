// Hostile zips given to the library import: each refused with its own problem, the library unchanged.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importPackage } from '../../electron/core/library/import-package';
import { enc } from '../helpers/core/library/library-dirs';
import { deflatedZeros, rawZip, type RawEntry } from '../helpers/core/scorm/raw-zip';

const MANIFEST = { name: 'imsmanifest.xml', data: enc('<manifest identifier="M"><organizations/><resources/></manifest>') };
let work: string;
let lib: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'leerpad-hostile-'));
  lib = path.join(work, 'library');
  fs.mkdirSync(lib);
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

const cases: [string, RawEntry[] | Buffer, string][] = [
  ['zip-slip with ../', [MANIFEST, { name: '../evil.txt', data: enc('x') }], 'parent'],
  ['zip-slip hidden in a folder', [MANIFEST, { name: 'a/../../evil.txt', data: enc('x') }], 'parent'],
  ['an absolute path', [MANIFEST, { name: '/etc/evil', data: enc('x') }], 'absolute'],
  ['zip-slip with backslashes', [MANIFEST, { name: '..\\..\\evil.txt', data: enc('x') }], 'backslash'],
  ['a drive letter', [MANIFEST, { name: 'C:/evil', data: enc('x') }], 'drive'],
  ['a symlink', [MANIFEST, { name: 'link', data: enc('/etc/passwd'), unixMode: 0o120777 }], 'symlink'],
  ['an encrypted entry', [MANIFEST, { name: 'secret.html', data: enc('x'), encrypted: true }], 'encrypted'],
  ['duplicate names', [MANIFEST, { name: 'a.html', data: enc('1') }, { name: 'a.html', data: enc('2') }], 'duplicate'],
  ['names equal when case-folded', [MANIFEST, { name: 'A.html', data: enc('1') }, { name: 'a.html', data: enc('2') }], 'case-collision'],
  ['not a zip', Buffer.from('this is not a zip file at all'), 'unreadable'],
  ['a manifest with an external entity', [{ name: 'imsmanifest.xml', data: enc('<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]><manifest>&x;</manifest>') }], 'entity'],
  ['a zip bomb (10 MiB of zeros in a few KB)', [MANIFEST, { name: 'bomb.bin', method: 8, ...deflatedZeros(10) }], 'entry-ratio'],
  ['a truncated zip', rawZip([MANIFEST, { name: 'a.html', data: enc('x'.repeat(500)) }]).subarray(0, 300), 'unreadable'],
  ['a manifest below the root', [{ name: 'course/imsmanifest.xml', data: MANIFEST.data }], 'manifest-not-at-root'],
  ['more entries than the limit allows', Array.from({ length: 20_001 }, (_, i) => ({ name: `f${i}.txt`, data: enc('') })), 'entries'],
  ['no manifest', [{ name: 'index.html', data: enc('x') }], 'manifest-missing'],
];

it.each(cases)('refuses %s and leaves the library unchanged', async (_what, content, problem) => {
  const zip = path.join(work, 'hostile.zip');
  fs.writeFileSync(zip, Array.isArray(content) ? rawZip(content) : content);
  const outside = fs.readdirSync(work).sort();
  await expect(importPackage(zip, lib)).rejects.toMatchObject({ code: 'PACKAGE_INVALID', params: { problem } });
  expect(fs.readdirSync(lib)).toEqual([]);
  expect(fs.readdirSync(work).sort()).toEqual(outside);
});
