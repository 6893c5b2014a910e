import { useEffect, useState } from 'react';
import type { LaunchResult } from '../../../electron/core/contract';
import { commitQueue } from './commit-queue';

/**
 * When core refuses this launch's commits because another window or tab continued the module
 * (CONFLICT), the player launches again: it shows the newest stored state and owns the attempt
 * again. `generation` changes to trigger that launch; `relaunched` keeps the notice on screen.
 *
 * A tab in the background waits until the learner looks at it: a launch takes the attempt over,
 * and a hidden tab must not take it from the tab the learner is working in.
 */
export function useConflictRelaunch(launch: LaunchResult | null) {
  const [generation, setGeneration] = useState(0);
  const [relaunched, setRelaunched] = useState(false);
  useEffect(() => {
    if (!launch) return;
    const relaunchWhenVisible = () => {
      if (document.visibilityState === 'hidden') return;
      document.removeEventListener('visibilitychange', relaunchWhenVisible);
      setGeneration((g) => g + 1);
    };
    const off = commitQueue.subscribe((status) => {
      if (status.conflict?.launchId !== launch.launchId) return;
      commitQueue.conflictHandled(launch.launchId);
      setRelaunched(true);
      document.addEventListener('visibilitychange', relaunchWhenVisible);
      relaunchWhenVisible();
    });
    return () => {
      off();
      document.removeEventListener('visibilitychange', relaunchWhenVisible);
    };
  }, [launch]);
  return { generation, relaunched };
}
