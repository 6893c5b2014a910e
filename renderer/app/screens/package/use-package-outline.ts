import { useCallback, useEffect, useState } from 'react';
import type { AppErrorData, PackageOutline } from '../../../../electron/core/contract';
import { call } from '../../client';
import { errorData } from '../../components/ErrorNotice';
import { commitQueue } from '../../player/commit-queue';

/**
 * The package's tree with the learner's statuses, asked again after every stored commit (a SCO's
 * commit or its Terminate may change its status). The tree on screen stays while the new one loads.
 */
export function usePackageOutline(session: string, packageId: string) {
  const [outline, setOutline] = useState<PackageOutline | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  const load = useCallback(
    (live: () => boolean) =>
      call('package/outline', { session, packageId }).then(
        (o) => live() && setOutline(o),
        (e: unknown) => live() && setError(errorData(e)),
      ),
    [session, packageId],
  );

  useEffect(() => {
    let live = true;
    let savedAt = commitQueue.status.savedAt;
    void load(() => live);
    const off = commitQueue.subscribe((s) => {
      if (s.savedAt === savedAt) return;
      savedAt = s.savedAt;
      void load(() => live);
    });
    return () => {
      live = false;
      off();
    };
  }, [load]);

  return { outline, error };
}
