import type { FrameworkNode } from '../core/contract';

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

const WIDE = 720;
/** One column: the map is drawn narrower, so at 200 % zoom or in a small window its text stays near full size. */
const NARROW = 400;
const GAP = 16;
const HEADER = 76;
const LEVER_H = 70;
const LEVER_GAP = 10;

/**
 * Where each box of the map goes, in the SVG's own units (a viewBox: the map scales with its column, and its
 * text with the page's zoom). The umbrella is the frame; the themes stand side by side inside it (or one
 * below the other when `narrow`), each with its levers below its title.
 */
export function mapLayout(framework: MapFramework, narrow = false) {
  const width = narrow ? NARROW : WIDE;
  const columns = narrow ? 1 : Math.max(1, framework.themes.length);
  const themeW = (width - GAP * (columns + 1)) / columns;
  const heightOf = (levers: number) => HEADER + levers * (LEVER_H + LEVER_GAP);
  const rowH = Math.max(1, ...framework.themes.map((t) => heightOf(t.levers.length)));
  let y = HEADER;
  const themes = framework.themes.map((theme, i) => {
    const box = narrow ? { x: GAP, y, w: themeW, h: heightOf(theme.levers.length) } : { x: GAP + i * (themeW + GAP), y: HEADER, w: themeW, h: rowH };
    if (narrow) y += box.h + GAP;
    const levers = theme.levers.map((_, j) => ({ x: box.x + 10, y: box.y + HEADER + j * (LEVER_H + LEVER_GAP), w: themeW - 20, h: LEVER_H }));
    return { box, levers };
  });
  const height = narrow ? y : HEADER + rowH + GAP;
  return { width, height, umbrella: { x: 1, y: 1, w: width - 2, h: height - 2 }, themes };
}
