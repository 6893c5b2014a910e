import { useEffect } from 'react';
import { call } from './client';

export const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
/** Local activity tells core at most once a minute that the learner is still there. */
const KEEP_ALIVE_MS = 60_000;

/**
 * Closes the open profile after the configured idle time, so the next person at a shared school
 * computer finds the profile picker, not the last learner's reflections. Activity inside the module
 * frame does not reach this window, but its commits reach core: before closing, core is asked
 * (with `peek`, which does not count as activity) how long the session has really been idle.
 */
export function useIdleClose(session: string | null, idleMinutes: number, onIdle: () => void) {
  useEffect(() => {
    if (!session) return;
    const idleMs = idleMinutes * 60_000;
    let lastLocal = Date.now();
    let lastKeepAlive = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const schedule = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => void check(), Math.max(ms, 1000));
    };

    async function check() {
      const localIdle = Date.now() - lastLocal;
      if (localIdle < idleMs) return schedule(idleMs - localIdle);
      try {
        const status = await call('learner/session', { session: session!, peek: true });
        if (stopped) return;
        const coreIdle = status.idleSeconds * 1000;
        if (coreIdle < idleMs) return schedule(idleMs - coreIdle);
      } catch {
        // Core already closed it (idle, restarted, PIN changed): close here too.
      }
      if (!stopped) onIdle();
    }

    const activity = () => {
      lastLocal = Date.now();
      if (lastLocal - lastKeepAlive < KEEP_ALIVE_MS) return;
      lastKeepAlive = lastLocal;
      void call('learner/session', { session: session! }).catch(() => undefined);
    };

    for (const type of ACTIVITY) window.addEventListener(type, activity, { passive: true });
    schedule(idleMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, activity);
    };
  }, [session, idleMinutes, onIdle]);
}
