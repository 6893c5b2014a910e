import type { Training } from '../contract';
import { fileStem } from '../progress/learner-export';

const STEM_MAX = 50;
const stem = (text: string) => fileStem(text).slice(0, STEM_MAX).replace(/-$/, '');

/** `aanwezigheden-2026-12-04-pedagogische-studiedag.csv`: what, when, which session. */
export function trainingFileName(kind: 'aanwezigheden' | 'notities', t: Pick<Training, 'date' | 'title'>, ext: string): string {
  return `${kind}-${t.date}-${stem(t.title)}.${ext}`;
}

/** One name per certificate; two participants with the same name get -2, -3 … so neither file replaces the other. */
export function certificateFileNames(t: Pick<Training, 'date'>, names: string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = `attest-${t.date}-${stem(name)}`;
    let candidate = `${base}.pdf`;
    for (let n = 2; used.has(candidate); n++) candidate = `${base}-${n}.pdf`;
    used.add(candidate);
    return candidate;
  });
}
