import { useCallback, useEffect, useState } from 'react';
import type { AppErrorData, CallArgs, CallName, CallResult } from '../../electron/core/contract';
import { call } from './client';
import { errorData } from './components/ErrorNotice';

export interface Loaded<T> {
  /** Null while loading, and after an error. */
  data: T | null;
  error: AppErrorData | null;
  /** Asks again (after a change elsewhere, or "try again"). */
  reload(): void;
}

/**
 * One call's answer for a screen: loading, data or error, asked again when the arguments change.
 * An answer that arrives after the screen moved on (other arguments, unmounted) is dropped.
 */
export function useCall<K extends CallName>(name: K, args: CallArgs<K>): Loaded<CallResult<K>> {
  const [state, setState] = useState<{ data: CallResult<K> | null; error: AppErrorData | null }>({ data: null, error: null });
  const [round, setRound] = useState(0);
  // Arguments are plain JSON (the contract's schemas): their text is a stable dependency.
  const key = JSON.stringify(args);

  useEffect(() => {
    let live = true;
    setState({ data: null, error: null });
    call(name, JSON.parse(key) as CallArgs<K>).then(
      (data) => live && setState({ data, error: null }),
      (e: unknown) => live && setState({ data: null, error: errorData(e) }),
    );
    return () => {
      live = false;
    };
  }, [name, key, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, reload };
}
