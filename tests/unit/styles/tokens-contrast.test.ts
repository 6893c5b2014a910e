import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Read from disk: vitest hands CSS imports to tests empty (even with ?raw), and this checks the shipped file.
const tokensCss = fs.readFileSync(path.resolve(__dirname, '../../../renderer/shared/tokens.css'), 'utf8');

/** The colour custom properties of one :root block (the light one first, then the dark one inside its media query). */
function palette(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--color-([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const darkStart = tokensCss.indexOf('@media (prefers-color-scheme: dark)');
const light = palette(tokensCss.slice(0, darkStart));
const dark = { ...light, ...palette(tokensCss.slice(darkStart, tokensCss.indexOf('@media', darkStart + 1))) };

const luminance = (hex: string) =>
  [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** Every foreground/background pair the style sheets put together, with the WCAG AA minimum it needs. */
const TEXT_PAIRS: [string, string][] = [
  ['text', 'bg'], ['text', 'surface'], ['text', 'surface-alt'], ['text', 'primary-soft'], ['text', 'success-soft'], ['text', 'accent-soft'],
  ['muted', 'bg'], ['muted', 'surface'], ['muted', 'surface-alt'], ['muted', 'primary-soft'],
  ['primary', 'bg'], ['primary', 'surface'], ['primary', 'surface-alt'], ['primary', 'primary-soft'],
  ['primary-hover', 'primary-soft'], ['primary-hover', 'surface-alt'],
  ['success', 'success-soft'], ['success', 'bg'], ['danger', 'danger-soft'], ['danger', 'surface'], ['warning', 'warning-soft'],
  ['accent', 'bg'], ['accent', 'surface'],
  ['on-primary', 'primary'], ['on-primary', 'primary-hover'], ['on-primary', 'success'], ['on-primary', 'danger'], ['on-primary', 'accent'],
];
const UI_PAIRS: [string, string][] = [['border', 'surface'], ['border', 'bg'], ['focus', 'bg'], ['focus', 'surface']];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s palette', (_mode, colours) => {
  it('defines every colour the pairs use', () => {
    for (const [fg, bg] of [...TEXT_PAIRS, ...UI_PAIRS]) expect([colours[fg], colours[bg]], `${fg} on ${bg}`).not.toContain(undefined);
  });

  it.each(TEXT_PAIRS)('keeps %s text readable on %s (WCAG AA, 4.5:1)', (fg, bg) => {
    expect(contrast(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(UI_PAIRS)('keeps the %s line visible on %s (3:1)', (fg, bg) => {
    expect(contrast(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(3);
  });
});

describe('dark mode', () => {
  it('changes the page, not only a few colours', () => {
    expect(dark.bg).not.toBe(light.bg);
    expect(luminance(dark.bg!)).toBeLessThan(luminance(dark.text!));
  });
});
