import type { Framework, LeverProgress, Portfolio } from '../contract';
import { mapLayout, type Box } from '../../shared/framework-map-layout';
import { escapeHtml } from './escape';
import type { PortfolioWords } from './portfolio-words';

/**
 * The framework diagram for print: the app's map layout (electron/shared/framework-map-layout.ts) drawn as
 * static SVG, with the words of progress in each box and a bar whose length and pattern say the same (a
 * grey-scale printer loses colour). Decorative to a screen reader: the progress table beside it says it all.
 */
export function frameworkSvg(framework: Framework, portfolio: Portfolio, words: PortfolioWords): string {
  const layout = mapLayout(framework);
  const progressOf = new Map<string, LeverProgress>([[portfolio.umbrella.id, portfolio.umbrella]]);
  for (const t of portfolio.themes) {
    progressOf.set(t.id, t);
    for (const l of t.levers) progressOf.set(l.id, l);
  }
  const node = (kind: 'umbrella' | 'theme' | 'lever', id: string, title: string, box: Box, size: number) => {
    const p = progressOf.get(id);
    const parts = [`<rect class="map-${kind}" x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" rx="${kind === 'lever' ? 8 : 12}"/>`];
    parts.push(`<text x="${box.x + 12}" y="${box.y + 27}" class="map-title" font-size="${size}">${escapeHtml(title)}</text>`);
    if (p) {
      parts.push(`<text x="${box.x + 12}" y="${box.y + 47}" class="map-detail" font-size="13">${escapeHtml(words.progress(p))}</text>`);
      if (p.modulesTotal > 0) {
        const w = box.w - 24;
        const fill = p.percent >= 100 ? 'map-fill-done' : 'map-fill';
        parts.push(`<rect class="map-track" x="${box.x + 12}" y="${box.y + 55}" width="${w}" height="8" rx="4"/>`);
        parts.push(`<rect class="${fill}" x="${box.x + 12}" y="${box.y + 55}" width="${(w * p.percent) / 100}" height="8" rx="4"/>`);
      }
    }
    return parts.join('');
  };
  const body = [
    node('umbrella', framework.umbrella.id, framework.umbrella.title, layout.umbrella, 19),
    ...framework.themes.flatMap((t, i) => [
      node('theme', t.id, t.title, layout.themes[i]!.box, 17),
      ...t.levers.map((l, j) => node('lever', l.id, l.title, layout.themes[i]!.levers[j]!, 16)),
    ]),
  ];
  return (
    `<svg class="map" viewBox="0 0 ${layout.width} ${layout.height}" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">` +
    '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">' +
    '<rect width="6" height="6" fill="#dbe7f5"/><rect width="3" height="6" fill="#2f5d8a"/></pattern></defs>' +
    `${body.join('')}</svg>`
  );
}
