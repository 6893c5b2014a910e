import type { PortfolioChecklist, PortfolioReflection } from '../contract';

/** The document's parts in order, with the anchors the table of contents links to. */
export const SECTION_ANCHORS = { progress: 'voortgang', reflections: 'reflecties', checklists: 'kijkwijzers', quizzes: 'toetsen' } as const;

export const reflectionAnchor = (r: PortfolioReflection) => `reflectie-${r.moduleId}-${r.reflectionId}`;
export const checklistAnchor = (c: PortfolioChecklist) => `kijkwijzer-${c.moduleId}-${c.checklistId}`;

/** Reflections under their module, in the order they come (course order). */
export function groupByModule(reflections: PortfolioReflection[]): { moduleId: string; moduleTitle: string; items: PortfolioReflection[] }[] {
  const groups: { moduleId: string; moduleTitle: string; items: PortfolioReflection[] }[] = [];
  for (const r of reflections) {
    const last = groups[groups.length - 1];
    if (last?.moduleId === r.moduleId) last.items.push(r);
    else groups.push({ moduleId: r.moduleId, moduleTitle: r.moduleTitle, items: [r] });
  }
  return groups;
}
