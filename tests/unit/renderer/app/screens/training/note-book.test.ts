import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppErrorData, TrainingNoteSaved } from '../../../../../../electron/core/contract';
import { NoteBook } from '../../../../../../renderer/app/screens/training/note-book';

type Saved = { seq: number; text: string };

/** Core's rule for training/note: the highest save number wins; a lower one is answered with what is stored. */
function fakeCore() {
  const stored = new Map<string, Saved>();
  const calls: { promptId: string; seq: number; text: string }[] = [];
  const pending: (() => void)[] = [];
  let hold = false;
  let fail: AppErrorData | null = null;
  const answer = (promptId: string, seq: number, text: string): TrainingNoteSaved => {
    const now = stored.get(promptId);
    const saved = !now || seq > now.seq;
    if (saved) stored.set(promptId, { seq, text });
    const s = stored.get(promptId)!;
    return { saved, note: { moduleId: 'm5', promptId, text: s.text, seq: s.seq, updatedAt: '2026-12-04T10:00:00Z' } };
  };
  return {
    stored,
    calls,
    hold: (on: boolean) => (hold = on),
    failWith: (e: AppErrorData | null) => (fail = e),
    /** Lets the held saves arrive, in the order given (indexes into the held list). */
    release: async (order: number[]) => {
      const list = pending.splice(0);
      for (const i of order) list[i]!();
      await Promise.resolve();
    },
    save: vi.fn(({ promptId, seq, text }: { promptId: string; seq: number; text: string }) => {
      calls.push({ promptId, seq, text });
      if (fail) return Promise.reject(fail);
      if (!hold) return Promise.resolve(answer(promptId, seq, text));
      return new Promise<TrainingNoteSaved>((resolve) => pending.push(() => resolve(answer(promptId, seq, text))));
    }),
  };
}

function memoryStorage() {
  const m = new Map<string, string>();
  return {
    m,
    get length() {
      return m.size;
    },
    key: (i: number) => [...m.keys()][i] ?? null,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}

const toError = (e: unknown) => e as AppErrorData;

describe('group notes in the presenter view', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves what the trainer types once typing pauses, and says so', async () => {
    const core = fakeCore();
    const book = new NoteBook({ trainingId: 't', notes: [], save: core.save, toError, storage: memoryStorage() });
    book.edit('m5', 'r-1', 'De groep');
    book.edit('m5', 'r-1', 'De groep vindt');
    expect(book.get('m5', 'r-1')).toMatchObject({ text: 'De groep vindt', status: 'waiting' });
    expect(core.save).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(800);
    expect(core.calls).toEqual([{ promptId: 'r-1', seq: 1, text: 'De groep vindt' }]);
    expect(book.get('m5', 'r-1').status).toBe('saved');
  });

  it('never lets a slow older save replace newer text', async () => {
    const core = fakeCore();
    const book = new NoteBook({ trainingId: 't', notes: [{ moduleId: 'm5', promptId: 'r-1', text: 'oud', seq: 4, updatedAt: '' }], save: core.save, toError, storage: memoryStorage() });
    core.hold(true);
    book.edit('m5', 'r-1', 'eerste versie');
    await vi.advanceTimersByTimeAsync(800);
    book.edit('m5', 'r-1', 'tweede versie');
    await vi.advanceTimersByTimeAsync(800);
    expect(core.calls.map((c) => c.seq)).toEqual([5, 6]);

    await core.release([1, 0]);
    await vi.advanceTimersByTimeAsync(0);
    expect(core.stored.get('r-1')).toEqual({ seq: 6, text: 'tweede versie' });
    expect(book.get('m5', 'r-1')).toMatchObject({ text: 'tweede versie', status: 'saved' });
  });

  it('keeps the text on screen and in storage when a save fails, and saves it on retry', async () => {
    const core = fakeCore();
    const storage = memoryStorage();
    const book = new NoteBook({ trainingId: 't', notes: [], save: core.save, toError, storage });
    core.failWith({ code: 'TEACHER_REQUIRED', message: 'Open lecturer mode first.' });
    book.edit('m5', 'r-1', 'Wat Sofie zei');
    await vi.advanceTimersByTimeAsync(800);
    expect(book.get('m5', 'r-1')).toMatchObject({ text: 'Wat Sofie zei', status: 'failed', error: { code: 'TEACHER_REQUIRED' } });
    expect([...storage.m.values()]).toEqual(['Wat Sofie zei']);

    core.failWith(null);
    await book.flush('m5', 'r-1');
    expect(book.get('m5', 'r-1').status).toBe('saved');
    expect(core.stored.get('r-1')?.text).toBe('Wat Sofie zei');
    expect(storage.m.size).toBe(0);
  });

  it('brings back text typed before a reload that was never saved, and saves it', async () => {
    const core = fakeCore();
    const storage = memoryStorage();
    core.failWith({ code: 'IO', message: 'Leerpad is not reachable.' });
    const before = new NoteBook({ trainingId: 't', notes: [], save: core.save, toError, storage });
    before.edit('m5', 's-glijbaan', 'Iedereen koos de eerste keuze');
    await vi.advanceTimersByTimeAsync(800);

    core.failWith(null);
    const after = new NoteBook({ trainingId: 't', notes: [{ moduleId: 'm5', promptId: 's-glijbaan', text: '', seq: 0, updatedAt: '' }], save: core.save, toError, storage });
    expect(after.get('m5', 's-glijbaan').text).toBe('Iedereen koos de eerste keuze');
    await vi.advanceTimersByTimeAsync(0);
    expect(core.stored.get('s-glijbaan')?.text).toBe('Iedereen koos de eerste keuze');
    expect(after.get('m5', 's-glijbaan').status).toBe('saved');
    // Another session's notes are its own.
    expect(new NoteBook({ trainingId: 'other', notes: [], save: core.save, toError, storage }).get('m5', 's-glijbaan').text).toBe('');
  });

  it('saves text left unsaved last time at once, also for a slide the trainer does not open again', async () => {
    const core = fakeCore();
    const storage = memoryStorage();
    core.failWith({ code: 'TEACHER_REQUIRED', message: 'Open lecturer mode first.' });
    const before = new NoteBook({ trainingId: 't', notes: [], save: core.save, toError, storage });
    before.edit('m5', 'r-1', 'Eerste gespreksvraag');
    before.edit('m6', 's-2', 'Tweede module');
    await vi.advanceTimersByTimeAsync(800);
    storage.setItem('iets-anders', 'x');

    core.failWith(null);
    new NoteBook({ trainingId: 't', notes: [], save: core.save, toError, storage });
    await vi.advanceTimersByTimeAsync(0);
    expect(core.stored.get('r-1')?.text).toBe('Eerste gespreksvraag');
    expect(core.stored.get('s-2')?.text).toBe('Tweede module');
    expect([...storage.m.keys()]).toEqual(['iets-anders']);
  });

  it("shows a later save from another window instead of overwriting it, and stops waiting", async () => {
    const core = fakeCore();
    const book = new NoteBook({ trainingId: 't', notes: [{ moduleId: 'm5', promptId: 'r-1', text: 'a', seq: 1, updatedAt: '' }], save: core.save, toError, storage: memoryStorage() });
    core.stored.set('r-1', { seq: 9, text: 'uit het andere venster' });
    book.edit('m5', 'r-1', 'hier getypt');
    await vi.advanceTimersByTimeAsync(800);
    expect(book.get('m5', 'r-1')).toMatchObject({ text: 'uit het andere venster', status: 'newer' });
    book.edit('m5', 'r-1', 'en verder');
    await vi.advanceTimersByTimeAsync(800);
    expect(core.calls.at(-1)).toMatchObject({ seq: 10, text: 'en verder' });
    expect(book.get('m5', 'r-1').status).toBe('saved');
  });

  it('saves at once what waits when the trainer leaves the slide', async () => {
    const core = fakeCore();
    const book = new NoteBook({ trainingId: 't', notes: [], save: core.save, toError, storage: memoryStorage() });
    book.edit('m5', 'r-1', 'snel verder');
    await book.flushAll();
    expect(core.stored.get('r-1')?.text).toBe('snel verder');
    await vi.advanceTimersByTimeAsync(5000);
    expect(core.calls).toHaveLength(1);
  });
});
