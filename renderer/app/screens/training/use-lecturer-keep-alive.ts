import { useEffect } from 'react';
import { call } from '../../client';
import { ACTIVITY } from '../../idle';
import { lecturerError } from '../../lecturer-mode';

const KEEP_ALIVE_MS = 60_000;

/**
 * Moving through slides asks core nothing, but core closes lecturer mode after 10 minutes without a call
 * that uses it, while this window counts keys and clicks as activity: a trainer presenting for a while
 * would find the PIN screen on the projector at the next note. As idle.ts does for a learner's session,
 * activity here tells core at most once a minute that the trainer is still there.
 */
export function useLecturerKeepAlive(teacher: string | undefined) {
  useEffect(() => {
    if (!teacher) return;
    let last = Date.now();
    const activity = () => {
      const now = Date.now();
      if (now - last < KEEP_ALIVE_MS) return;
      last = now;
      // The lightest lecturer call; its answer is not needed.
      void call('training/list', { teacher }).catch((e: unknown) => void lecturerError(e));
    };
    for (const type of ACTIVITY) window.addEventListener(type, activity, { passive: true });
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, activity);
    };
  }, [teacher]);
}
