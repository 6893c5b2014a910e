import type { ScoState } from './codec';
import { setReflection } from './actions';
import type { ModuleStore } from './store';
import { readPrivateReflection, writePrivateReflection } from './storage';

/** The learner's text, wherever the mode keeps it. */
export function reflectionText(store: ModuleStore, state: ScoState, id: string): string {
  const inState = state.r[id];
  if (store.pkg.reflections === 'private') {
    // A state written while the module was in `lms` mode may still hold text: show it until it is saved locally.
    return readPrivateReflection(store.storage, store.scope, id) || (typeof inState === 'string' ? inState : '');
  }
  return typeof inState === 'string' ? inState : '';
}

/** `private`: the text goes to this browser only and the state just says "answered" (1). */
export function saveReflection(store: ModuleStore, id: string, text: string): void {
  if (store.pkg.reflections === 'private') {
    writePrivateReflection(store.storage, store.scope, id, text);
    store.update((s) => setReflection(s, id, text.trim() ? 1 : undefined));
  } else {
    store.update((s) => setReflection(s, id, text.trim() ? text : undefined));
  }
}
