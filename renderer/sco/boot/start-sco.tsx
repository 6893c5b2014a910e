import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ScoPackage } from '../../../electron/core/contract/sco';
import { initScoI18n, type ChromeLanguage } from '../i18n';
import { createAdapter } from '../lms/adapter';
import { findApi, type ApiHost } from '../lms/find-api';
import { moduleUnit } from '../lms/module-unit';
import { LmsSession } from '../lms/session';
import { ScoApp } from '../ScoApp';
import { setContentLanguage } from '../state/langs';
import { browserStorage, type KeyValueStore } from '../state/storage';
import type { ScoState } from '../state/codec';
import { ScoStore } from '../state/store';
import { StoreContext } from '../state/use-sco-state';

export interface StartOptions {
  pkg: ScoPackage;
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

export function startSco({ pkg, language, container, win = window, apiHost, storage = browserStorage(win), commitDelay }: StartOptions): RunningSco {
  initScoI18n(language);
  setContentLanguage(pkg.course.language);
  win.document.documentElement.lang = language;

  const found = findApi(apiHost ?? (win as unknown as ApiHost), pkg.edition);
  const session = new LmsSession({ unit: moduleUnit(pkg), lms: found ? createAdapter(found) : null, storage, commitDelay });
  const restored = session.start();
  const store = new ScoStore(pkg, restored.state, storage, restored.scope, restored.health);
  const detach = session.attach(store);
  const unlisten = session.listen(win);
  session.flush();

  const root = createRoot(container);
  root.render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <ScoApp />
      </StoreContext.Provider>
    </StrictMode>,
  );
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
