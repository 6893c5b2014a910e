import type { AppErrorData, CmiJson } from '../../../electron/core/contract';
import { call, CallError } from '../client';

export interface PendingCommit {
  session: string;
  attemptId: number;
  seq: number;
  cmi: CmiJson;
  terminate: boolean;
}

export interface QueueStatus {
  /** A commit is waiting to be stored (a failure happened; retries are running). */
  pending: boolean;
  lastError: AppErrorData | null;
  savedAt: number | null;
}

const STORAGE_PREFIX = 'leerpad:pending:';
const MAX_DELAY_MS = 30_000;

/**
 * Sends the player's commits to core, one at a time, newest wins. A commit that fails is kept (in
 * memory and in localStorage, so even a crash of the window does not lose it) and retried with
 * back-off until core stores it; the learner sees a notice meanwhile. Never dropped silently.
 */
export class CommitQueue {
  private latest: PendingCommit | null = null;
  private sending = false;
  private delay = 1000;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private listeners = new Set<(s: QueueStatus) => void>();
  status: QueueStatus = { pending: false, lastError: null, savedAt: null };

  constructor(private readonly send: (c: PendingCommit) => Promise<unknown> = (c) => call('progress/commit', c)) {}

  subscribe(fn: (s: QueueStatus) => void) {
    this.listeners.add(fn);
    fn(this.status);
    return () => this.listeners.delete(fn);
  }

  private setStatus(patch: Partial<QueueStatus>) {
    this.status = { ...this.status, ...patch };
    for (const fn of this.listeners) fn(this.status);
  }

  push(commit: PendingCommit) {
    if (this.latest && this.latest.attemptId === commit.attemptId && this.latest.seq > commit.seq) return;
    this.latest = commit;
    persist(commit);
    void this.flush();
  }

  /** Retry now (the learner pressed "try again"). */
  retryNow() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.delay = 1000;
    void this.flush();
  }

  async flush(): Promise<void> {
    if (this.sending || !this.latest) return;
    this.sending = true;
    const commit = this.latest;
    try {
      await this.send(commit);
      if (this.latest === commit) this.latest = null;
      unpersist(commit);
      this.delay = 1000;
      this.setStatus({ pending: this.latest !== null, lastError: null, savedAt: Date.now() });
    } catch (e) {
      const error: AppErrorData = e instanceof CallError ? e.error : { code: 'IO', message: String(e) };
      // A commit core refuses for good (a closed profile, a bad request) cannot succeed by retrying.
      const permanent = ['BAD_REQUEST', 'NOT_FOUND', 'UNKNOWN_CALL'].includes(error.code);
      this.setStatus({ pending: true, lastError: error });
      if (!permanent) {
        this.timer = setTimeout(() => {
          this.timer = null;
          void this.flush();
        }, this.delay);
        this.delay = Math.min(this.delay * 2, MAX_DELAY_MS);
      }
    } finally {
      this.sending = false;
    }
    if (this.latest && this.latest !== commit && !this.timer) void this.flush();
  }

  /** Re-sends commits a crashed window left behind for this session's learner. */
  recover(session: string, attemptIds?: number[]) {
    for (const c of leftBehind()) {
      if (attemptIds && !attemptIds.includes(c.attemptId)) continue;
      this.push({ ...c, session });
    }
  }
}

function persist(c: PendingCommit) {
  try {
    localStorage.setItem(`${STORAGE_PREFIX}${c.attemptId}`, JSON.stringify({ ...c, session: '' }));
  } catch {
    // Storage full or disabled: the commit is still held in memory and retried.
  }
}

function unpersist(c: PendingCommit) {
  try {
    const key = `${STORAGE_PREFIX}${c.attemptId}`;
    const stored = JSON.parse(localStorage.getItem(key) ?? 'null') as PendingCommit | null;
    if (stored && stored.seq <= c.seq) localStorage.removeItem(key);
  } catch {
    // Nothing to clean up.
  }
}

function leftBehind(): PendingCommit[] {
  const out: PendingCommit[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(STORAGE_PREFIX)) out.push(JSON.parse(localStorage.getItem(key)!) as PendingCommit);
    }
  } catch {
    // Unreadable storage: nothing to recover.
  }
  return out;
}

export const commitQueue = new CommitQueue();
