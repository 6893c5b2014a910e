import type { CourseOutline, Dashboard, FrameworkNode, FrameworkTheme, LeverProgress, ThemeProgress } from '../../../../electron/core/contract';

/** A module in its group: its place in the course, and the other levers it serves (named on its card). */
export interface PlacedModule {
  index: number;
  also: FrameworkNode[];
}

export interface LeverGroup {
  lever: FrameworkNode;
  progress: LeverProgress | null;
  modules: PlacedModule[];
  /** Modules that serve this lever too but stand under their first lever: named, so the group's count adds up. */
  elsewhere: { index: number; under: FrameworkNode }[];
}

export interface ModuleGrouping {
  /** Modules that serve no lever, before the first one that does (the course's opening). */
  opening: PlacedModule[];
  /** The umbrella (kinderrechten) frames the themes: its own modules, then every theme inside it. */
  umbrella: LeverGroup;
  themes: { theme: FrameworkTheme; progress: ThemeProgress | null; levers: LeverGroup[] }[];
  /** The other modules that serve no lever. */
  other: PlacedModule[];
}

/**
 * The course's modules as the framework is built: under the umbrella, by kernthema and hefboom.
 * A module serving several levers stands under its first lever (the author's order in the module's
 * `levers`) and names the others; course order is kept inside every group.
 */
export function groupModules(course: Pick<CourseOutline, 'framework' | 'modules'>, progress: Pick<Dashboard, 'themes' | 'umbrella'> | null): ModuleGrouping {
  const { framework } = course;
  const nodes = new Map<string, FrameworkNode>([[framework.umbrella.id, framework.umbrella], ...framework.themes.flatMap((t) => t.levers.map((l) => [l.id, l] as const))]);
  const leverProgress = new Map<string, LeverProgress>([
    ...(progress ? [[progress.umbrella.id, progress.umbrella] as const] : []),
    ...(progress?.themes.flatMap((t) => t.levers.map((l) => [l.id, l] as const)) ?? []),
  ]);
  const byLever = new Map<string, PlacedModule[]>();
  const alsoHere = new Map<string, { index: number; under: FrameworkNode }[]>();
  const opening: PlacedModule[] = [];
  const other: PlacedModule[] = [];
  let leverSeen = false;
  course.modules.forEach((m, index) => {
    const known = m.levers.filter((id) => nodes.has(id));
    const [first, ...rest] = known;
    if (!first) return (leverSeen ? other : opening).push({ index, also: [] });
    leverSeen = true;
    const placed = { index, also: rest.map((id) => nodes.get(id)!) };
    byLever.set(first, [...(byLever.get(first) ?? []), placed]);
    for (const id of rest) alsoHere.set(id, [...(alsoHere.get(id) ?? []), { index, under: nodes.get(first)! }]);
  });
  const group = (lever: FrameworkNode): LeverGroup => ({
    lever,
    progress: leverProgress.get(lever.id) ?? null,
    modules: byLever.get(lever.id) ?? [],
    elsewhere: alsoHere.get(lever.id) ?? [],
  });
  return {
    opening,
    umbrella: group(framework.umbrella),
    themes: framework.themes.map((theme) => ({ theme, progress: progress?.themes.find((t) => t.id === theme.id) ?? null, levers: theme.levers.map(group) })),
    other,
  };
}
