import { createContext, useCallback, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ModuleStore, Snapshot } from './store';

export const StoreContext = createContext<ModuleStore | null>(null);

export function useStore(): ModuleStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside <StoreContext.Provider>');
  return store;
}

export function useScoState(): Snapshot {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

export type SaveStatus = 'idle' | 'saving' | 'saved';

/**
 * Saves a text a moment after the learner stops typing, and at once on blur, on unmount and
 * before every LMS commit (pagehide), so no typed word is lost between two saves.
 */
export function useAutosave(save: (text: string) => void, delay = 1000) {
  const store = useStore();
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  const [status, setStatus] = useState<SaveStatus>('idle');

  useEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (pending.current === null) return;
    const text = pending.current;
    pending.current = null;
    saveRef.current(text);
    setStatus('saved');
  }, []);

  useEffect(() => {
    const off = store.addPendingSave(flush);
    return () => {
      off();
      flush();
    };
  }, [store, flush]);

  const change = useCallback(
    (text: string) => {
      pending.current = text;
      setStatus('saving');
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    [flush, delay],
  );

  return { change, flush, status };
}
