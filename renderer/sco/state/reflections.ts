import type { ReflectionBlock } from '../../../electron/core/contract/course';
import { reflectionWritten } from '../../../electron/shared/progress-rules';
import { audienceOf } from '../../../electron/shared/reflection-audience';
import type { ScoPackage } from '../../../electron/core/contract/sco';
import type { ScoKey } from '../i18n';
import type { ScoState } from './codec';
import type { LmsHealth } from './store';
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

/**
 * Written by the one rule (minimum length). A `private` text written in another browser is not
 * here: the state's "answered" (1) tells, and saveReflection sets it only for a text that counts.
 */
export function reflectionCounts(store: ModuleStore, state: ScoState, block: ReflectionBlock): boolean {
  const text = reflectionText(store, state, block.id);
  if (text.trim()) return reflectionWritten(text, block.minLength);
  return state.r[block.id] === 1;
}

/** `private`: the text goes to this browser only and the state just says "answered" (1), once it counts as written. */
export function saveReflection(store: ModuleStore, block: ReflectionBlock, text: string): void {
  const id = block.id;
  if (store.pkg.reflections === 'private') {
    writePrivateReflection(store.storage, store.scope, id, text);
    store.update((s) => setReflection(s, id, reflectionWritten(text, block.minLength) ? 1 : undefined));
  } else {
    store.update((s) => setReflection(s, id, text.trim() ? text : undefined));
  }
}

/**
 * What the learner is told about their text: where it is stored (`reflections`, and whether the
 * LMS answers) and who reads it (`audience`): in the app `lms` storage is the learner's own profile.
 */
export function reflectionNoticeKey(pkg: Pick<ScoPackage, 'reflections' | 'audience'>, health: Pick<LmsHealth, 'connected' | 'standalone' | 'refused'>): ScoKey {
  if (!health.connected) return health.standalone || health.refused ? 'reflection.local' : 'reflection.notSaved';
  if (pkg.reflections === 'private') return 'reflection.private';
  return audienceOf(pkg.reflections, pkg.audience) === 'self' ? 'honest.selfOnly' : 'reflection.shared';
}
