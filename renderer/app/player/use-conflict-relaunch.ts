import { useEffect, useState } from 'react';
import type { LaunchResult } from '../../../electron/core/contract';
import { commitQueue } from './commit-queue';

/**
 * When core refuses this launch's commits because another window or tab continued the module
 * (CONFLICT), the player launches again: it shows the newest stored state and owns the attempt
 * again. `generation` changes to trigger that launch; `relaunched` keeps the notice on screen.
 */
export function useConflictRelaunch(launch: LaunchResult | null) {
  const [generation, setGeneration] = useState(0);
  const [relaunched, setRelaunched] = useState(false);
  useEffect(() => {
    if (!launch) return;
    const off = commitQueue.subscribe((status) => {
      if (status.conflict?.launchId !== launch.launchId) return;
      commitQueue.conflictHandled(launch.launchId);
      setRelaunched(true);
      setGeneration((g) => g + 1);
    });
    return () => {
      off();
    };
  }, [launch]);
  return { generation, relaunched };
}
