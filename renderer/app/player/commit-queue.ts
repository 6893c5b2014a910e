import type { AppErrorData, CmiJson } from '../../../electron/core/contract';
import { call, CallError } from '../client';

export interface PendingCommit {
  session: string;
  attemptId: number;
  /** The launch the commit belongs to: core refuses, with CONFLICT, one from a launch another tab replaced. */
  launchId: string;
  seq: number;
  cmi: CmiJson;
  terminate: boolean;
}

/** A launch whose commits core refused because another window or tab continued the module. */
export interface Conflict {
  attemptId: number;
  launchId: string;
}

export interface QueueStatus {
  /** A commit is waiting to be stored (a failure happened; retries are running). */
  pending: boolean;
  lastError: AppErrorData | null;
  savedAt: number | null;
  /** Set until the player reloaded the newer state; never shown as "saved". */
  conflict: Conflict | null;
}

const MAX_DELAY_MS = 30_000;
/** Refusals that retrying cannot change. */
const PERMANENT = new Set(['BAD_REQUEST', 'NOT_FOUND', 'UNKNOWN_CALL', 'SESSION_REQUIRED', 'PAYLOAD_TOO_LARGE']);
const IDLE: QueueStatus = { pending: false, lastError: null, savedAt: null, conflict: null };

/**
 * Sends the player's commits to core, one at a time, the newest per attempt. A commit that fails
 * is kept and retried with back-off until core stores it; the learner sees a notice meanwhile.
 *
 * Only in memory, never in the browser's storage: on a shared school computer the next learner
 * could read localStorage (issue 8 §2). Closing the profile sends what is left, then forgets it.
 */
export class CommitQueue {
  private readonly waiting = new Map<number, PendingCommit>();
  private readonly refused = new Set<string>();
  /** Commits core refused for good: kept (the learner is told), but no longer in the way of others. */
  private readonly stuck = new Set<PendingCommit>();
  private readonly closed = new Set<string>();
  /** Players that may still push; each resolves its promise when it is done. */
  private readonly holders = new Set<Promise<void>>();
  private inFlight: Promise<void> | null = null;
  private delay = 1000;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private listeners = new Set<(s: QueueStatus) => void>();
  status: QueueStatus = IDLE;

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
    // A refused launch's later commits are as stale as the first: the player reloads the newer state.
    if (this.refused.has(commit.launchId) || this.closed.has(commit.session)) return;
    const held = this.waiting.get(commit.attemptId);
    if (held && held.launchId === commit.launchId && held.seq > commit.seq) return;
    if (held) this.stuck.delete(held);
    this.waiting.set(commit.attemptId, commit);
    void this.flush();
  }

  /** Retry now (the learner pressed "try again"). */
  retryNow() {
    this.stuck.clear();
    this.stopTimer();
    this.delay = 1000;
    void this.flush();
  }

  flush(): Promise<void> {
    if (!this.inFlight) this.inFlight = this.sendNext().finally(() => (this.inFlight = null));
    return this.inFlight;
  }

  private async sendNext(): Promise<void> {
    const commit = [...this.waiting.values()].find((c) => !this.stuck.has(c));
    if (!commit) return;
    try {
      await this.send(commit);
      if (this.waiting.get(commit.attemptId) === commit) this.waiting.delete(commit.attemptId);
      // Core answers again: what waits goes now, not at the next back-off step.
      this.stopTimer();
      this.delay = 1000;
      this.setStatus({ pending: this.waiting.size > 0, lastError: null, savedAt: Date.now() });
    } catch (e) {
      const error: AppErrorData = e instanceof CallError ? e.error : { code: 'IO', message: String(e) };
      if (error.code === 'CONFLICT') return this.conflicted(commit);
      this.setStatus({ pending: true, lastError: error });
      if (!PERMANENT.has(error.code)) return this.retryLater();
      this.stuck.add(commit);
    }
    if (this.waiting.size > this.stuck.size && !this.timer) await this.sendNext();
  }

  private conflicted(commit: PendingCommit) {
    this.refused.add(commit.launchId);
    if (this.waiting.get(commit.attemptId)?.launchId === commit.launchId) this.waiting.delete(commit.attemptId);
    this.setStatus({ pending: this.waiting.size > 0, lastError: null, conflict: { attemptId: commit.attemptId, launchId: commit.launchId } });
  }

  private retryLater() {
    this.stopTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.delay);
    this.delay = Math.min(this.delay * 2, MAX_DELAY_MS);
  }

  private stopTimer() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** The player reloaded the newer state after a conflict: the notice may go. */
  conflictHandled(launchId: string) {
    if (this.status.conflict?.launchId === launchId) this.setStatus({ conflict: null });
  }

  /**
   * Sends what waits now (one try each, without the back-off), e.g. before a module is launched
   * again, so the launch reads the newest state. Resolves also when core keeps refusing.
   */
  async settle(): Promise<void> {
    this.stopTimer();
    for (let tries = this.waiting.size + 1; tries > 0; tries--) {
      await this.flush();
      if (this.waiting.size === 0 || this.status.lastError) break;
    }
  }

  /**
   * A player that may still push (its frame's last commit arrives after the frame is gone) holds
   * the queue until it is done; `drain` waits for it.
   */
  hold(): () => void {
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    this.holders.add(done);
    return () => {
      this.holders.delete(done);
      release();
    };
  }

  /**
   * Once the players holding the queue now are done, sends what waits (see settle). A player the
   * next learner opens meanwhile is not waited for.
   */
  async drain(): Promise<void> {
    await Promise.all([...this.holders]);
    await this.settle();
  }

  /**
   * The profile was closed: forgets its commits (after `drain` they are sent, or core refuses
   * them) and drops any that still arrive for it, so nothing of that learner stays on the page.
   */
  forget(session: string) {
    this.closed.add(session);
    for (const [attemptId, c] of this.waiting) {
      if (c.session !== session) continue;
      this.waiting.delete(attemptId);
      this.stuck.delete(c);
    }
    if (this.waiting.size === 0) {
      this.stopTimer();
      this.refused.clear();
      this.delay = 1000;
      this.setStatus(IDLE);
    }
  }
}

export const commitQueue = new CommitQueue();
