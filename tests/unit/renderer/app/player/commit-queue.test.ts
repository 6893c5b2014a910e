// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallError } from '../../../../../renderer/app/client';
import { CommitQueue, type PendingCommit } from '../../../../../renderer/app/player/commit-queue';

const commit = (seq: number, attemptId = 7): PendingCommit => ({ session: 's'.repeat(20), attemptId, seq, cmi: { cmi: { location: `s${seq}` } }, terminate: false });
const busy = () => new CallError({ code: 'DB_BUSY', message: 'busy' });

describe('the player commit queue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
  });
  afterEach(() => vi.useRealTimers());

  it('stores a commit and keeps nothing behind', async () => {
    const send = vi.fn(async () => ({ saved: true }));
    const q = new CommitQueue(send);
    q.push(commit(1));
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(1);
    expect(q.status.pending).toBe(false);
    expect(localStorage.length).toBe(0);
  });

  it('keeps a failed commit, tells the learner, retries with back-off and sends the newest state', async () => {
    let failures = 3;
    const sent: number[] = [];
    const send = vi.fn(async (c: PendingCommit) => {
      sent.push(c.seq);
      if (failures-- > 0) throw busy();
      return { saved: true };
    });
    const q = new CommitQueue(send);
    const statuses: boolean[] = [];
    q.subscribe((s) => statuses.push(s.pending));
    q.push(commit(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(q.status).toMatchObject({ pending: true, lastError: { code: 'DB_BUSY' } });
    // Kept in localStorage too: a crash of the window now still loses nothing.
    expect(JSON.parse(localStorage.getItem('leerpad:pending:7')!).seq).toBe(1);

    q.push(commit(2));
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(2000);
    await vi.advanceTimersByTimeAsync(4000);
    expect(q.status.pending).toBe(false);
    expect(sent[sent.length - 1]).toBe(2);
    expect(localStorage.getItem('leerpad:pending:7')).toBeNull();
    expect(statuses).toContain(true);
  });

  it('retries at once when the learner asks', async () => {
    let fail = true;
    const send = vi.fn(async () => {
      if (fail) throw busy();
      return { saved: true };
    });
    const q = new CommitQueue(send);
    q.push(commit(1));
    await vi.advanceTimersByTimeAsync(0);
    fail = false;
    q.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(q.status.pending).toBe(false);
  });

  it('never replaces newer work with an older commit', async () => {
    const sent: number[] = [];
    const q = new CommitQueue(async (c) => {
      sent.push(c.seq);
      throw busy();
    });
    q.push(commit(5));
    q.push(commit(3));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([5]);
    expect(JSON.parse(localStorage.getItem('leerpad:pending:7')!).seq).toBe(5);
  });

  it('sends again what a crashed window left behind', async () => {
    localStorage.setItem('leerpad:pending:9', JSON.stringify({ ...commit(4, 9), session: '' }));
    const sent: PendingCommit[] = [];
    const q = new CommitQueue(async (c) => {
      sent.push(c);
      return { saved: true };
    });
    q.recover('new-session-token-xxxxxxxx', [9]);
    await vi.runAllTimersAsync();
    expect(sent).toEqual([{ ...commit(4, 9), session: 'new-session-token-xxxxxxxx' }]);
    expect(localStorage.getItem('leerpad:pending:9')).toBeNull();
  });

  it('stops retrying a commit core refuses for good, but keeps it and says so', async () => {
    const send = vi.fn(async () => {
      throw new CallError({ code: 'BAD_REQUEST', message: 'bad' });
    });
    const q = new CommitQueue(send);
    q.push(commit(1));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(q.status).toMatchObject({ pending: true, lastError: { code: 'BAD_REQUEST' } });
    expect(localStorage.getItem('leerpad:pending:7')).not.toBeNull();
  });
});
