import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/progress/database';
import { createPinGuard, MAX_WRONG } from '../../../../electron/core/progress/pin-guard';
import { tempDir } from '../../../helpers/temp';
import { fakePins as pins } from '../../../helpers/core/progress/fake-pins';

const missing = { code: 'PIN_REQUIRED', message: 'Enter the PIN.' } as const;

async function setup(dir = tempDir()) {
  const clock = { now: 1_000_000 };
  const guard = createPinGuard(openDatabase(dir).db, pins, () => clock.now);
  return { dir, clock, guard, pins, hash: await pins.hash('2468') };
}

async function wrongTimes(guard: ReturnType<typeof createPinGuard>, hash: string, n: number) {
  for (let i = 0; i < n; i++) await expect(guard.check('noor', '0000', hash, missing)).rejects.toMatchObject({ code: 'PIN_WRONG' });
}

describe('the wrong-PIN guard', () => {
  it('asks for a missing PIN without counting it as a guess', async () => {
    const { guard, hash } = await setup();
    for (let i = 0; i < MAX_WRONG + 1; i++) await expect(guard.check('noor', undefined, hash, missing)).rejects.toMatchObject({ code: 'PIN_REQUIRED' });
    await expect(guard.check('noor', '2468', hash, missing)).resolves.toBeUndefined();
  });

  it('locks after five wrong PINs, even against the right one, and says for how long', async () => {
    const { guard, hash } = await setup();
    await wrongTimes(guard, hash, MAX_WRONG);
    await expect(guard.check('noor', '2468', hash, missing)).rejects.toMatchObject({ code: 'PIN_LOCKED', params: { seconds: 60 } });
  });

  it('keeps the lock across a restart of Leerpad', async () => {
    const first = await setup();
    await wrongTimes(first.guard, first.hash, MAX_WRONG);
    const second = createPinGuard(openDatabase(first.dir).db, first.pins, () => first.clock.now + 1000);
    await expect(second.check('noor', '2468', first.hash, missing)).rejects.toMatchObject({ code: 'PIN_LOCKED', params: { seconds: 59 } });
  });

  it('lifts the lock after its time, and doubles the next one', async () => {
    const { guard, hash, clock } = await setup();
    await wrongTimes(guard, hash, MAX_WRONG);
    clock.now += 60_000;
    await wrongTimes(guard, hash, MAX_WRONG);
    await expect(guard.check('noor', '2468', hash, missing)).rejects.toMatchObject({ code: 'PIN_LOCKED', params: { seconds: 120 } });
  });

  it('starts counting again after the right PIN', async () => {
    const { guard, hash } = await setup();
    await wrongTimes(guard, hash, MAX_WRONG - 1);
    await guard.check('noor', '2468', hash, missing);
    await wrongTimes(guard, hash, MAX_WRONG - 1);
    await expect(guard.check('noor', '2468', hash, missing)).resolves.toBeUndefined();
  });

  it('tells guesses sent in parallel nothing once an earlier one locked the profile', async () => {
    const { guard, hash } = await setup();
    const guesses = ['0001', '0002', '0003', '0004', '0005', '2468', '0007'].map((pin) => guard.check('noor', pin, hash, missing));
    const outcomes = await Promise.allSettled(guesses);
    const codes = outcomes.map((o) => (o.status === 'rejected' ? (o.reason as { code: string }).code : 'OPENED'));
    // Hashes finish in any order; whichever finish after the fifth wrong one are refused, the right PIN too.
    expect(codes.filter((c) => c === 'PIN_WRONG')).toHaveLength(MAX_WRONG);
    expect(codes.filter((c) => c === 'OPENED').length + codes.filter((c) => c === 'PIN_LOCKED').length).toBe(2);
  });

  it('counts each subject apart: a locked learner does not lock the teacher', async () => {
    const { guard, hash } = await setup();
    await wrongTimes(guard, hash, MAX_WRONG);
    await expect(guard.check('teacher', '2468', hash, missing)).resolves.toBeUndefined();
  });

  it('forgets the count when a new PIN is set', async () => {
    const { guard, hash } = await setup();
    await wrongTimes(guard, hash, MAX_WRONG);
    guard.forget('noor');
    await expect(guard.check('noor', '2468', hash, missing)).resolves.toBeUndefined();
  });
});
