import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorData, LaunchResult } from '../../../electron/core/contract';
import { errorData } from '../components/ErrorNotice';
import { commitQueue } from './commit-queue';
import { connectLocalLms, type LmsLaunch } from './local-lms';
import { useConflictRelaunch } from './use-conflict-relaunch';

/**
 * One SCO launch for a player (our modules and other people's packages alike): launched once what
 * this tab still has to send is stored, launched again after a CONFLICT, and bridged to core when
 * its frame loads. `key` names what is launched; a new key is a new launch.
 */
export function useScoLaunch(key: string, launcher: () => Promise<LaunchResult>) {
  const [launch, setLaunch] = useState<LaunchResult | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const lms = useRef<{ disconnect(): void } | null>(null);
  const latest = useRef(launcher);
  const { generation, relaunched } = useConflictRelaunch(launch);

  useEffect(() => {
    latest.current = launcher;
  });

  useEffect(() => {
    let live = true;
    const release = commitQueue.hold();
    setLaunch(null);
    setError(null);
    // The launch must read the newest state: what this tab still has to send goes first.
    void commitQueue
      .settle()
      .then(() => latest.current())
      .then(
        (l) => live && setLaunch(l),
        (e: unknown) => live && setError(errorData(e)),
      );
    return () => {
      live = false;
      // Keep the port open a moment: the SCO's pagehide (commit + Terminate) arrives after its frame is gone.
      const connected = lms.current;
      lms.current = null;
      setTimeout(() => {
        connected?.disconnect();
        release();
      }, 1000);
    };
  }, [key, generation]);

  /** Call from the frame's onLoad; one launch per frame: a host page that reloads gets no second one. */
  const connect = useCallback(
    (frame: HTMLIFrameElement, options: Omit<LmsLaunch, 'launch'>) => {
      if (lms.current || !launch) return;
      lms.current = connectLocalLms(frame, { ...options, launch }, commitQueue);
    },
    [launch],
  );

  return { launch, error, relaunched, connect };
}
