import type { CallName, CallResult, ParsedArgs } from '../contract';

/** Who is calling; transports fill it in. */
export interface CallContext {
  transport: 'ipc' | 'http' | 'test';
}

export type Handlers = {
  [K in CallName]: (args: ParsedArgs<K>, ctx: CallContext) => CallResult<K> | Promise<CallResult<K>>;
};
