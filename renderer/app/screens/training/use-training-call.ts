import { useEffect } from 'react';
import type { CallArgs, CallName } from '../../../../electron/core/contract';
import { TEACHER_EXPIRED } from '../../lecturer-mode';
import { useCall, type Loaded } from '../../use-call';
import type { CallResult } from '../../../../electron/core/contract';

/**
 * useCall for the training screens, which are lecturer mode: when core says lecturer mode closed, the app
 * asks the teacher PIN again and comes back to the same screen.
 */
export function useTrainingCall<K extends CallName>(name: K, args: CallArgs<K>): Loaded<CallResult<K>> {
  const loaded = useCall(name, args);
  const closed = loaded.error?.code === 'TEACHER_REQUIRED';
  useEffect(() => {
    if (closed) window.dispatchEvent(new Event(TEACHER_EXPIRED));
  }, [closed]);
  return loaded;
}
