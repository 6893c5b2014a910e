import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { zipDeterministic } from '../../electron/core/scorm/zip';
import { multiSco12 } from '../helpers/core/library/package-fixtures';
import { seededRandom } from '../helpers/seeded-random';

const MB = 1024 * 1024;
const WORDS = 'kind ouder gezin armoede kansen drempel kloof kwaliteit school opvang taal spel zorg buurt netwerk leraar'.split(' ');

/** Course text as an authoring tool writes it: markup around varied sentences (deflates about 4:1, like real pages). */
function page(random: () => number, bytes: number): string {
  const parts: string[] = ['<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Pagina</title></head><body><main>'];
  let size = parts[0]!.length;
  while (size < bytes) {
    const sentence = Array.from({ length: 8 + Math.floor(random() * 12) }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
    const p = `<p class="c${Math.floor(random() * 50)}" data-i="${Math.floor(random() * 1e6)}">${sentence}.</p>\n`;
    parts.push(p);
    size += p.length;
  }
  parts.push('</main></body></html>\n');
  return parts.join('');
}

/**
 * A package of about 100 MB as the zip a learner receives: the multi-SCO fixture plus what makes
 * real packages big: 70 media files of 1.25 MB (video and audio bytes do not compress, stored as
 * is) and 2 400 pages, scripts and styles of 20 KB. Several thousand files, so per-file costs show.
 */
export function writeBenchPackage(file: string): { bytes: number; files: number } {
  const random = seededRandom(12);
  const files = multiSco12().files;
  for (let i = 0; i < 70; i++) files.set(`media/clip-${String(i).padStart(2, '0')}.${i % 2 ? 'mp4' : 'mp3'}`, new Uint8Array(randomBytes(1.25 * MB)));
  for (let i = 0; i < 2400; i++) {
    const ext = ['html', 'js', 'css'][i % 3]!;
    files.set(`content/ch${Math.floor(i / 100)}/p${i}.${ext}`, new TextEncoder().encode(page(random, 20 * 1024)));
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const zip = zipDeterministic(files);
  fs.writeFileSync(file, zip);
  return { bytes: zip.length, files: files.size };
}
