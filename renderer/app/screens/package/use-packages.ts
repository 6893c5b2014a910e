import { useCallback, useEffect, useState } from 'react';
import type { AppErrorData, PackageSummary } from '../../../../electron/core/contract';
import { call } from '../../client';
import { errorData } from '../../components/ErrorNotice';
import { commitQueue } from '../../player/commit-queue';

/**
 * The shelf's packages with the learner's status. Asked again after an import or a removal, and
 * after every stored commit: a package just left sends its last commit (its Terminate) after the
 * Library is back. The list on screen stays while the new one loads (focus stays where it was).
 */
export function usePackages(session: string | undefined) {
  const [packages, setPackages] = useState<PackageSummary[] | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    call('library/packages', { session }).then(
      (list) => {
        if (!live) return;
        setPackages(list);
        setError(null);
      },
      (e: unknown) => live && setError(errorData(e)),
    );
    return () => {
      live = false;
    };
  }, [session, round]);

  useEffect(() => {
    let savedAt = commitQueue.status.savedAt;
    const off = commitQueue.subscribe((s) => {
      if (s.savedAt === savedAt) return;
      savedAt = s.savedAt;
      reload();
    });
    return () => {
      off();
    };
  }, [reload]);

  return { packages, error, reload };
}
