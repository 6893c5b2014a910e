import { describe, expect, it } from 'vitest';
import { emptyState, encodeState } from '../../electron/shared/sco-state';
import { cmi2004 } from '../helpers/course-factory';
import { profileApp } from '../helpers/profiles';

/** Issue 11, Mijn voortgang: the dashboard is the signed-in learner's own, on a computer several learners share. */
describe("the dashboard on a shared computer", () => {
  it("recipe: learner B's dashboard holds none of A's reflection lines, kijkwijzer ratings or study minutes", async () => {
    const { core, call } = profileApp();
    const a = await call('learner/create', { name: 'Amira' });
    const b = await call('learner/create', { name: 'Bram' });
    const launch = await call('player/launch', { session: a.session, courseId: 'mini', moduleId: 'hefboom-onderzoeken' });
    const state = emptyState(core.catalog.open('mini').modules[1]!);
    state.r['r-onderzoeken'] = 'Geheim van Amira: Lina meet zelf het water.';
    state.k['k-onderzoeken-materiaal'] = [3, 'Amira haar notitie'];
    await call('progress/commit', { session: a.session, attemptId: launch.attemptId, launchId: launch.launchId, seq: 1, cmi: cmi2004({ suspend: encodeState(state), session: 'PT25M' }) });

    const mine = await call('progress/dashboard', { session: a.session, courseId: 'mini' });
    expect(mine.reflections.some((r) => r.firstLine === 'Geheim van Amira: Lina meet zelf het water.')).toBe(true);
    expect(mine.checklists[0]!.items.find((i) => i.itemId === 'k-onderzoeken-materiaal')!.latest).toMatchObject({ rating: 3 });
    expect(mine.weeks.at(-1)!.minutes).toBe(25);

    const theirs = await call('progress/dashboard', { session: b.session, courseId: 'mini' });
    expect(JSON.stringify(theirs)).not.toContain('Geheim');
    expect(theirs.checklists.flatMap((c) => c.items).every((i) => i.first === null && i.latest === null)).toBe(true);
    expect(theirs.weeks.every((w) => w.minutes === 0)).toBe(true);
  });
});
