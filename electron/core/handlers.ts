import type { CallName, CallResult, ParsedArgs } from './contract';
import type { Core } from './services';

/** Who is calling; transports fill it in. */
export interface CallContext {
  transport: 'ipc' | 'http' | 'test';
}

export type Handlers = {
  [K in CallName]: (args: ParsedArgs<K>, ctx: CallContext) => CallResult<K> | Promise<CallResult<K>>;
};

/** The Handlers map (architecture rule 1) implemented on the core services. */
export function createHandlers(core: Core): Handlers {
  const { learners, settings, catalog } = core;
  return {
    'app/info': () => core.info(),
    'settings/get': () => settings.get(),
    'settings/set': (args) => settings.set(args),
    'course/list': () => catalog.list(),
    'learner/list': () => learners.list(),
    'learner/create': ({ name, pin }) => learners.create(name, pin),
    'learner/rename': ({ id, name }) => learners.rename(id, name),
    'learner/delete': ({ id }) => {
      learners.remove(id);
      if (settings.get().lastLearnerId === id) settings.set({ lastLearnerId: null });
      return { deleted: true as const };
    },
  };
}
