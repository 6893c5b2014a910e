import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { ScoApp } from '../ScoApp';
import { StoreContext } from '../state/use-sco-state';
import { openModule, toMenu } from './course-actions';
import { CourseMenu } from './CourseMenu';
import { ModuleLens, type CourseStore } from './course-store';

/**
 * A course SCO: the module menu, or the module the learner is in, played by the very ScoApp of a
 * module SCO over a lens on the course state (issue 9: one code path for both packagings).
 */
export function CourseApp({ store }: { store: CourseStore }) {
  const { state, health } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  // Focus moves only after the learner switched views, not when the page opens (a screen reader starts at the top then).
  const [switched, setSwitched] = useState(false);
  const lens = useMemo(() => (state.m >= 0 ? new ModuleLens(store, state.m) : null), [store, state.m]);

  // The page title says where the learner is, as a module SCO's launch page does ("module · course", WCAG 2.4.2).
  useEffect(() => {
    const course = store.pkg.course.title;
    document.title = lens ? `${lens.pkg.module.title} · ${course}` : course;
  }, [store, lens]);

  const open = useCallback(
    (index: number) => {
      setSwitched(true);
      store.update((s) => openModule(store.pkg, s, index));
    },
    [store],
  );
  const menu = useCallback(() => {
    setSwitched(true);
    store.update(toMenu);
  }, [store]);

  if (!lens) return <CourseMenu pkg={store.pkg} state={state} health={health} focus={switched} onOpen={open} />;
  // The course SCO holds its modules itself: "Volgende module" opens the next one here, in an LMS too.
  const following = store.pkg.modules[state.m + 1];
  const next = following ? { title: following.module.title, go: () => open(state.m + 1) } : null;
  return (
    <StoreContext.Provider value={lens}>
      <ScoApp key={lens.pkg.module.id} toMenu={menu} focusTitle={switched} next={next} />
    </StoreContext.Provider>
  );
}
