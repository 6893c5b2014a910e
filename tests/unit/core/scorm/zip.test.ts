import { unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { newPackMemo, zipDeterministic, type PackStore } from '../../../../electron/core/scorm/zip';

const text = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/** What zip.ts wrote before it packed each distinct file once: fflate's zipSync with the same fixed fields. */
function fflateZip(files: Map<string, Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const name of [...files.keys()].sort()) {
    const level = /\.(png|zip)$/.test(name) ? 0 : 9;
    entries[name] = [files.get(name)!, { level, mtime: new Date(1980, 0, 1), os: 3, attrs: 0o100644 << 16 }];
  }
  return zipSync(entries);
}

const sample = () =>
  new Map<string, Uint8Array>([
    ['index.html', text('<!doctype html><p>Welkom</p>'.repeat(50))],
    ['media/foto.png', Uint8Array.from({ length: 300 }, (_, i) => (i * 7919) % 256)],
    ['leeg.txt', new Uint8Array(0)],
    ['modules/één-kijkwijzer.html', text('<p>Kijkwijzer — ëïü</p>')],
    ['_leerpad/sco.js', text('console.log("runtime");\n'.repeat(400))],
    ['inner.zip', Uint8Array.from([80, 75, 5, 6, ...new Array<number>(18).fill(0)])],
  ]);

describe('deterministic zips', () => {
  it('are byte for byte the zips fflate writes with the same fixed fields (a re-export of an old course changes nothing)', () => {
    expect(Buffer.from(zipDeterministic(sample())).equals(Buffer.from(fflateZip(sample())))).toBe(true);
  });

  it('carry the right checksum for a file of any length (unzip refuses a wrong one)', () => {
    for (const length of [1, 7, 8, 9, 15, 16, 17, 4099]) {
      const files = new Map([['data.txt', Uint8Array.from({ length }, (_, i) => (i * 2654435761) >>> 24)]]);
      expect(Buffer.from(zipDeterministic(files)).equals(Buffer.from(fflateZip(files)))).toBe(true);
    }
  });

  it('unpack to the very files that went in, UTF-8 names included', () => {
    const files = sample();
    const back = unzipSync(zipDeterministic(files));
    expect(Object.keys(back).sort()).toEqual([...files.keys()].sort());
    for (const [name, body] of files) expect(Buffer.from(back[name]!).equals(Buffer.from(body))).toBe(true);
  });

  it('give the same bytes whether a file was packed before for another package of the export or not', () => {
    const memo = newPackMemo();
    const first = zipDeterministic(sample(), memo);
    const other = new Map(sample());
    other.set('index.html', text('<p>Een andere module</p>'));
    const second = zipDeterministic(other, memo);
    expect(Buffer.from(second).equals(Buffer.from(zipDeterministic(other)))).toBe(true);
    expect(Buffer.from(first).equals(Buffer.from(zipDeterministic(sample())))).toBe(true);
  });

  it('reuse the deflated files an earlier export kept, and give the same bytes', () => {
    const kept = new Map<string, Uint8Array>();
    const store: PackStore = { get: (k) => kept.get(k), set: (k, b) => void kept.set(k, b) };
    const fresh = zipDeterministic(sample(), newPackMemo(store));
    expect(kept.size).toBeGreaterThan(0);
    const gets: string[] = [];
    const again = zipDeterministic(sample(), newPackMemo({ ...store, get: (k) => (gets.push(k), kept.get(k)) }));
    expect(gets.length).toBe(kept.size);
    expect(Buffer.from(again).equals(Buffer.from(fresh))).toBe(true);
  });

  it('deflate a file again when what was kept for it is damaged or belongs to other bytes', () => {
    const damaged: PackStore = { get: () => Uint8Array.from([1, 2, 3, 4]), set: () => undefined };
    const foreign: PackStore = { get: () => zipDeterministic(new Map([['x.zip', text('ander')]])), set: () => undefined };
    for (const store of [damaged, foreign]) {
      expect(Buffer.from(zipDeterministic(sample(), newPackMemo(store))).equals(Buffer.from(fflateZip(sample())))).toBe(true);
    }
  });
});
