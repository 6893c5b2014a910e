import { describe, expect, it } from 'vitest';
import type { CourseOutline, Dashboard, LeverProgress } from '../../../../../../electron/core/contract';
import { groupModules } from '../../../../../../renderer/app/screens/course/module-groups';

const node = (id: string) => ({ id, title: id.toUpperCase(), description: '' });
const framework: CourseOutline['framework'] = {
  umbrella: node('rechten'),
  themes: [
    { ...node('interacties'), levers: [node('taal'), node('spel')] },
    { ...node('beeld'), levers: [node('inzicht')] },
  ],
};
const modules = (levers: string[][]) =>
  levers.map((l, i) => ({ id: `m${i + 1}`, title: `Module ${i + 1}`, levers: l, minutes: 10, goals: [], sections: [], questions: 0, reflections: 0, checklists: 0 }));
const lever = (id: string, done: number, total: number): LeverProgress => ({ id, title: id, modulesCompleted: done, modulesTotal: total, percent: Math.round((100 * done) / total) });

describe('the course page groups modules as the framework is built', () => {
  const course = { framework, modules: modules([[], [], ['taal', 'spel', 'inzicht'], ['spel'], ['rechten'], ['inzicht'], ['onbekend'], []]) };
  const grouped = groupModules(course, null);
  const ids = (placed: { index: number }[]) => placed.map((p) => course.modules[p.index]!.id);

  it('opens with the modules before the first one that serves a lever, and gathers the other lever-less ones at the end', () => {
    expect(ids(grouped.opening)).toEqual(['m1', 'm2']);
    expect(ids(grouped.other)).toEqual(['m7', 'm8']);
  });

  it('puts a module under its first lever and names the others it serves on its card', () => {
    const [interacties, beeld] = grouped.themes;
    expect(interacties!.levers.map((l) => [l.lever.id, ids(l.modules)])).toEqual([
      ['taal', ['m3']],
      ['spel', ['m4']],
    ]);
    expect(grouped.themes[0]!.levers[0]!.modules[0]!.also.map((n) => n.title)).toEqual(['SPEL', 'INZICHT']);
    expect(beeld!.levers.map((l) => [l.lever.id, ids(l.modules)])).toEqual([['inzicht', ['m6']]]);
  });

  it('says in each lever which modules serving it stand under another lever, so its count adds up', () => {
    const spel = grouped.themes[0]!.levers[1]!;
    expect(spel.elsewhere.map((e) => [course.modules[e.index]!.id, e.under.id])).toEqual([['m3', 'taal']]);
  });

  it('gives the umbrella its own modules, as the frame around the themes', () => {
    expect(ids(grouped.umbrella.modules)).toEqual(['m5']);
  });

  it("carries each lever's and theme's progress from the dashboard", () => {
    const progress: Pick<Dashboard, 'themes' | 'umbrella'> = {
      umbrella: lever('rechten', 1, 1),
      themes: [
        { ...lever('interacties', 1, 2), levers: [lever('taal', 0, 1), lever('spel', 1, 2)] },
        { ...lever('beeld', 0, 2), levers: [lever('inzicht', 0, 2)] },
      ],
    };
    const withProgress = groupModules(course, progress);
    expect(withProgress.umbrella.progress?.modulesCompleted).toBe(1);
    expect(withProgress.themes[0]!.progress?.percent).toBe(50);
    expect(withProgress.themes[0]!.levers[1]!.progress).toMatchObject({ modulesCompleted: 1, modulesTotal: 2 });
  });
});
