import { describe, expect, it, vi } from 'vitest';
import type { AppErrorData, TrainingTally } from '../../../../../../electron/core/contract';
import { TallyBook } from '../../../../../../renderer/app/screens/training/tally-book';

const toError = (e: unknown) => e as AppErrorData;

function heldCore() {
  const held: { count: number; resolve: () => void; reject: (e: unknown) => void }[] = [];
  const save = vi.fn(
    ({ moduleId, questionId, optionId, count }: Omit<TrainingTally, never>) =>
      new Promise<TrainingTally>((resolve, reject) => held.push({ count, resolve: () => resolve({ moduleId, questionId, optionId, count }), reject })),
  );
  return { held, save };
}

describe('the group quiz tally', () => {
  it('starts from the counts core kept and never goes below zero', () => {
    const book = new TallyBook({ trainingId: 't', tallies: [{ moduleId: 'm', questionId: 'q', optionId: 'a', count: 3 }], save: vi.fn(async (a) => a), toError });
    expect(book.get('m', 'q', 'a').count).toBe(3);
    expect(book.get('m', 'q', 'b').count).toBe(0);
    book.change('m', 'q', 'b', -1);
    expect(book.get('m', 'q', 'b').count).toBe(0);
  });

  it('sends the whole count, one save at a time, and ends with the count on screen after quick clicks', async () => {
    const core = heldCore();
    const book = new TallyBook({ trainingId: 't', tallies: [], save: core.save, toError });
    book.change('m', 'q', 'a', 1);
    book.change('m', 'q', 'a', 1);
    book.change('m', 'q', 'a', 1);
    expect(core.save).toHaveBeenCalledTimes(1);
    expect(core.held[0]!.count).toBe(1);

    core.held[0]!.resolve();
    await vi.waitFor(() => expect(core.save).toHaveBeenCalledTimes(2));
    expect(core.held[1]!.count).toBe(3);
    core.held[1]!.resolve();
    await Promise.resolve();
    await Promise.resolve();
    expect(core.save).toHaveBeenCalledTimes(2);
    expect(book.get('m', 'q', 'a').count).toBe(3);
  });

  it('shows why a count was not saved, and saves it with the next click', async () => {
    const core = heldCore();
    const book = new TallyBook({ trainingId: 't', tallies: [], save: core.save, toError });
    book.change('m', 'q', 'true', 1);
    core.held[0]!.reject({ code: 'IO', message: 'Leerpad is not reachable.' });
    await vi.waitFor(() => expect(book.get('m', 'q', 'true').error?.code).toBe('IO'));
    expect(book.get('m', 'q', 'true').count).toBe(1);

    book.change('m', 'q', 'true', 1);
    expect(book.get('m', 'q', 'true').error).toBeNull();
    expect(core.held[1]!.count).toBe(2);
  });
});
