// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallError } from '../../../../../renderer/app/client';
import { CommitQueue, type PendingCommit } from '../../../../../renderer/app/player/commit-queue';

const SESSION = 's'.repeat(20);
const commit = (seq: number, attemptId = 7, launchId = 'launch-1', session = SESSION): PendingCommit => ({
  session,
  attemptId,
  launchId,
  seq,
  cmi: { cmi: { location: `s${seq}`, suspend_data: 'Mijn reflectie over de kleuters' } },
  terminate: false,
});
const busy = () => new CallError({ code: 'DB_BUSY', message: 'busy' });
const conflict = () => new CallError({ code: 'CONFLICT', message: 'A newer state of this module was saved elsewhere' });

function browserStorageText(): string {
  const dump = (s: Storage) => Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`).join('\n');
  return dump(localStorage) + dump(sessionStorage);
}

describe('the player commit queue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => vi.useRealTimers());

  it('stores a commit', async () => {
    const send = vi.fn(async () => ({ saved: true }));
    const q = new CommitQueue(send);
    q.push(commit(1));
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(1);
    expect(q.status).toMatchObject({ pending: false, conflict: null });
  });

  it('keeps a failed commit in memory only, never in browser storage another learner could read', async () => {
    const q = new CommitQueue(async () => {
      throw busy();
    });
    q.push(commit(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(q.status).toMatchObject({ pending: true, lastError: { code: 'DB_BUSY' } });
    expect(browserStorageText()).not.toContain('reflectie');
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });

  it('tells the learner, retries with back-off and sends the newest state', async () => {
    let failures = 3;
    const sent: number[] = [];
    const q = new CommitQueue(async (c) => {
      sent.push(c.seq);
      if (failures-- > 0) throw busy();
      return { saved: true };
    });
    const statuses: boolean[] = [];
    q.subscribe((s) => statuses.push(s.pending));
    q.push(commit(1));
    await vi.advanceTimersByTimeAsync(0);
    q.push(commit(2));
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(2000);
    await vi.advanceTimersByTimeAsync(4000);
    expect(q.status.pending).toBe(false);
    expect(sent[sent.length - 1]).toBe(2);
    expect(statuses).toContain(true);
  });

  it('retries at once when the learner asks', async () => {
    let fail = true;
    const q = new CommitQueue(async () => {
      if (fail) throw busy();
      return { saved: true };
    });
    q.push(commit(1));
    await vi.advanceTimersByTimeAsync(0);
    fail = false;
    q.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(q.status.pending).toBe(false);
  });

  it('never replaces newer work with an older commit of the same launch', async () => {
    const sent: number[] = [];
    const q = new CommitQueue(async (c) => {
      sent.push(c.seq);
      throw busy();
    });
    q.push(commit(5));
    q.push(commit(3));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([5]);
  });

  it("keeps one module's unsent commit when another module commits", async () => {
    let down = true;
    const stored: number[] = [];
    const q = new CommitQueue(async (c) => {
      if (down) throw busy();
      stored.push(c.attemptId);
      return { saved: true };
    });
    q.push(commit(1, 7));
    await vi.advanceTimersByTimeAsync(0);
    down = false;
    q.push(commit(1, 8));
    await vi.advanceTimersByTimeAsync(0);
    expect(stored.sort()).toEqual([7, 8]);
    expect(q.status.pending).toBe(false);
  });

  it('stops retrying a commit core refuses for good, keeps it and says so, and still sends other modules', async () => {
    const send = vi.fn(async (c: PendingCommit) => {
      if (c.attemptId === 7) throw new CallError({ code: 'BAD_REQUEST', message: 'bad' });
      return { saved: true };
    });
    const q = new CommitQueue(send);
    q.push(commit(1, 7));
    await vi.advanceTimersByTimeAsync(60_000);
    q.push(commit(1, 8));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send.mock.calls.map(([c]) => c.attemptId)).toEqual([7, 8]);
    expect(q.status.pending).toBe(true);
  });

  it('does not resend a commit core refused as too large, and tells the learner it is not saved', async () => {
    const send = vi.fn(async () => {
      throw new CallError({ code: 'PAYLOAD_TOO_LARGE', message: 'too large' });
    });
    const q = new CommitQueue(send);
    q.push(commit(1));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(q.status).toMatchObject({ pending: true, lastError: { code: 'PAYLOAD_TOO_LARGE' } });
  });
});

describe('a commit another tab made stale (CONFLICT)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is not retried and never reported as saved, and later commits of that launch are not sent', async () => {
    const send = vi.fn(async () => {
      throw conflict();
    });
    const q = new CommitQueue(send);
    const saved: (number | null)[] = [];
    q.subscribe((s) => saved.push(s.savedAt));
    q.push(commit(1));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(q.status).toMatchObject({ pending: false, lastError: null, conflict: { attemptId: 7, launchId: 'launch-1' } });
    q.push(commit(2));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(saved.every((s) => s === null)).toBe(true);
  });

  it('lets the relaunched module (a new launch) commit again once the player handled it', async () => {
    const send = vi.fn(async (c: PendingCommit) => {
      if (c.launchId === 'launch-1') throw conflict();
      return { saved: true };
    });
    const q = new CommitQueue(send);
    q.push(commit(1));
    await vi.advanceTimersByTimeAsync(0);
    q.conflictHandled('launch-1');
    q.push(commit(4, 7, 'launch-2'));
    await vi.advanceTimersByTimeAsync(0);
    expect(q.status).toMatchObject({ pending: false, conflict: null });
    expect(q.status.savedAt).not.toBeNull();
  });
});

describe('closing a profile', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("sends the player's last commit, which arrives after the profile was closed, before forgetting the learner", async () => {
    const sent: PendingCommit[] = [];
    const q = new CommitQueue(async (c) => {
      sent.push(c);
      return { saved: true };
    });
    const release = q.hold();
    let drained = false;
    void q.drain().then(() => (drained = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(drained).toBe(false);
    q.push({ ...commit(9), terminate: true });
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(drained).toBe(true);
    expect(sent.map((c) => c.seq)).toEqual([9]);
  });

  it('does not wait for a player the next learner opened meanwhile', async () => {
    const q = new CommitQueue(async () => ({ saved: true }));
    const first = q.hold();
    let drained = false;
    void q.drain().then(() => (drained = true));
    q.hold();
    first();
    await vi.advanceTimersByTimeAsync(0);
    expect(drained).toBe(true);
  });

  it("forgets the learner's unsent work and drops what still arrives for them, so the next learner sees no notice of it", async () => {
    const send = vi.fn(async () => {
      throw busy();
    });
    const q = new CommitQueue(send);
    q.push(commit(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(q.status.pending).toBe(true);
    q.forget(SESSION);
    expect(q.status).toMatchObject({ pending: false, lastError: null, conflict: null });
    q.push(commit(2));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("keeps the next learner's commits", async () => {
    const sent: string[] = [];
    const q = new CommitQueue(async (c) => {
      sent.push(c.session);
      return { saved: true };
    });
    q.forget(SESSION);
    q.push(commit(1, 8, 'launch-b', 'b'.repeat(20)));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual(['b'.repeat(20)]);
  });
});
