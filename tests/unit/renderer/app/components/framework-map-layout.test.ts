import { describe, expect, it } from 'vitest';
import { mapLayout } from '../../../../../renderer/app/components/framework-map-layout';

const framework = {
  themes: [
    { id: 't1', title: 'Thema 1', levers: ['a', 'b', 'c', 'd'].map((id) => ({ id, title: id })) },
    { id: 't2', title: 'Thema 2', levers: ['e', 'f', 'g'].map((id) => ({ id, title: id })) },
  ],
  umbrella: { id: 'u', title: 'Kader' },
};
const inside = (outer: { x: number; y: number; w: number; h: number }, inner: typeof outer) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;

describe('the framework map layout', () => {
  it.each([false, true])('keeps every lever inside its theme and every theme inside the umbrella (narrow: %s)', (narrow) => {
    const l = mapLayout(framework, narrow);
    for (const t of l.themes) {
      expect(inside(l.umbrella, t.box)).toBe(true);
      for (const lever of t.levers) expect(inside(t.box, lever)).toBe(true);
    }
  });

  it('puts the themes side by side when wide and one below the other when narrow, in a narrower drawing', () => {
    const wide = mapLayout(framework);
    expect(wide.themes[0]!.box.y).toBe(wide.themes[1]!.box.y);
    const narrow = mapLayout(framework, true);
    expect(narrow.themes[1]!.box.y).toBeGreaterThan(narrow.themes[0]!.box.y + narrow.themes[0]!.box.h);
    expect(narrow.width).toBeLessThan(wide.width);
  });
});
