import type { FrameworkNode } from '../../../electron/core/contract';

export type MapNode = Pick<FrameworkNode, 'id' | 'title'>;

/** What the map draws of course.framework: ids and titles (course.framework itself fits). */
export interface MapFramework {
  themes: readonly (MapNode & { levers: readonly MapNode[] })[];
  umbrella: MapNode;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const WIDTH = 720;
const GAP = 16;
const HEADER = 76;
const LEVER_H = 70;
const LEVER_GAP = 10;

/**
 * Where each box of the map goes, in the SVG's own units (a viewBox: the map scales with its column, and its
 * text with the page's zoom). The umbrella is the frame; the themes stand side by side inside it, each with
 * its levers below its title, as many rows as the theme with the most levers.
 */
export function mapLayout(framework: MapFramework) {
  const columns = Math.max(1, framework.themes.length);
  const rows = Math.max(1, ...framework.themes.map((t) => t.levers.length));
  const themeW = (WIDTH - GAP * (columns + 1)) / columns;
  const themeH = HEADER + rows * (LEVER_H + LEVER_GAP);
  const height = HEADER + themeH + GAP;
  const themes = framework.themes.map((theme, i) => {
    const box = { x: GAP + i * (themeW + GAP), y: HEADER, w: themeW, h: themeH };
    const levers = theme.levers.map((_, j) => ({ x: box.x + 10, y: box.y + HEADER + j * (LEVER_H + LEVER_GAP), w: themeW - 20, h: LEVER_H }));
    return { box, levers };
  });
  return { width: WIDTH, height, umbrella: { x: 1, y: 1, w: WIDTH - 2, h: height - 2 }, themes };
}
