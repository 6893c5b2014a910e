import { describe, expect, it } from 'vitest';
import { createPinHasher } from '../../../../electron/core/progress/pin';

describe('PIN hashing', () => {
  it('verifies the right PIN and refuses a wrong one or a damaged hash', async () => {
    const pins = createPinHasher();
    const hash = await pins.hash('4821');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain('4821');
    expect(await pins.verify('4821', hash)).toBe(true);
    expect(await pins.verify('4822', hash)).toBe(false);
    expect(await pins.verify('4821', 'bcrypt$whatever')).toBe(false);
  });

  it('salts every hash, so two learners with the same PIN do not share a hash', async () => {
    const pins = createPinHasher();
    expect(await pins.hash('1234')).not.toBe(await pins.hash('1234'));
  });

  it('leaves the event loop free while hashing, so other requests are answered meanwhile', async () => {
    const pins = createPinHasher();
    const order: string[] = [];
    const hashing = pins.hash('2468').then(() => order.push('hash'));
    await new Promise<void>((resolve) => setImmediate(resolve));
    order.push('other request');
    await hashing;
    expect(order).toEqual(['other request', 'hash']);
  });

  it('answers BUSY beyond its queue instead of piling up work, and serves the queued ones', async () => {
    const pins = createPinHasher({ concurrent: 1, queue: 1 });
    const results = await Promise.allSettled([pins.hash('1111'), pins.hash('2222'), pins.hash('3333')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect((results[2] as PromiseRejectedResult).reason).toMatchObject({ code: 'BUSY' });
    // The slots are given back: later work runs again.
    expect(await pins.verify('1111', (results[0] as PromiseFulfilledResult<string>).value)).toBe(true);
  });
});
