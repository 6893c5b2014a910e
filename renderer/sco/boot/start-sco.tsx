import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { CourseScoState } from '../../../electron/shared/course-sco-state';
import type { CourseScoPackage, ScoPackage } from '../../../electron/core/contract/sco';
import { CourseApp } from '../course/CourseApp';
import { CourseStore } from '../course/course-store';
import { courseUnit } from '../course/course-unit';
import { initScoI18n, type ChromeLanguage } from '../i18n';
import { createAdapter } from '../lms/adapter';
import { findApi, type ApiHost } from '../lms/find-api';
import { moduleUnit } from '../lms/module-unit';
import { LmsSession, type Restored } from '../lms/session';
import type { ScoUnit, UnitStore } from '../lms/unit';
import { ScoApp } from '../ScoApp';
import { setContentLanguage } from '../state/langs';
import { browserStorage, type KeyValueStore } from '../state/storage';
import type { ScoState } from '../state/codec';
import { ScoStore } from '../state/store';
import { StoreContext } from '../state/use-sco-state';
import { isCourse, type AnyScoPackage } from './read-package';

export interface StartOptions<P extends AnyScoPackage = ScoPackage> {
  pkg: P;
  language: ChromeLanguage;
  container: HTMLElement;
  /** The SCO's window: lifecycle events, document, storage. */
  win?: Window;
  /** Where the API search starts; the SCO's own window unless a test gives a stand-in frame. */
  apiHost?: ApiHost;
  storage?: KeyValueStore;
  /** ms before changes are committed; tests shorten it. */
  commitDelay?: number;
}

export interface RunningSco {
  store: ScoStore;
  session: LmsSession<ScoState>;
  stop: () => void;
}

export interface RunningCourseSco {
  store: CourseStore;
  session: LmsSession<CourseScoState>;
  stop: () => void;
}

/** The start every SCO shares, whatever it tracks: LMS session, store, page lifecycle, React root. */
function run<S, T extends UnitStore<S>>(
  { pkg, language, container, win = window, apiHost, storage = browserStorage(win), commitDelay }: StartOptions<AnyScoPackage>,
  unit: ScoUnit<S>,
  createStore: (restored: Restored<S>, storage: KeyValueStore) => T,
  view: (store: T) => ReactNode,
): { store: T; session: LmsSession<S>; stop: () => void } {
  initScoI18n(language);
  setContentLanguage(pkg.course.language);
  win.document.documentElement.lang = language;

  const found = findApi(apiHost ?? (win as unknown as ApiHost), pkg.edition);
  const session = new LmsSession({ unit, lms: found ? createAdapter(found) : null, storage, commitDelay });
  const store = createStore(session.start(), storage);
  const detach = session.attach(store);
  const unlisten = session.listen(win);
  session.flush();

  const root = createRoot(container);
  root.render(<StrictMode>{view(store)}</StrictMode>);
  return {
    store,
    session,
    stop: () => {
      root.unmount();
      unlisten();
      detach();
      session.dispose();
    },
  };
}

export function startSco(options: StartOptions): RunningSco {
  const { pkg } = options;
  return run(
    options,
    moduleUnit(pkg),
    (restored, storage) => new ScoStore(pkg, restored.state, storage, restored.scope, restored.health),
    (store) => (
      <StoreContext.Provider value={store}>
        <ScoApp />
      </StoreContext.Provider>
    ),
  );
}

/** A course SCO (issue 9 `course-sco`): one LMS session over the whole course, the menu or a module on screen. */
export function startCourseSco(options: StartOptions<CourseScoPackage>): RunningCourseSco {
  const { pkg } = options;
  return run(
    options,
    courseUnit(pkg),
    (restored, storage) => new CourseStore(pkg, restored.state, storage, restored.scope, restored.health),
    (store) => <CourseApp store={store} />,
  );
}

/** What the launch page holds decides: a module SCO or a course SCO (read-package.ts). */
export function startPackage(options: StartOptions<AnyScoPackage>): RunningSco | RunningCourseSco {
  const { pkg } = options;
  return isCourse(pkg) ? startCourseSco({ ...options, pkg }) : startSco({ ...options, pkg });
}
