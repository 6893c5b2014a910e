import { describe, expect, it } from 'vitest';
import { shuffledIndexes } from '../../../../../renderer/sco/state/shuffle';

describe('shuffle', () => {
  it('is the same for the same question id, different between ids, and never the authored order', () => {
    expect(shuffledIndexes(6, 'q-a')).toEqual(shuffledIndexes(6, 'q-a'));
    expect(shuffledIndexes(6, 'q-a').sort()).toEqual([0, 1, 2, 3, 4, 5]);
    const orders = new Set(['q-a', 'q-b', 'q-c', 'q-d'].map((id) => shuffledIndexes(6, id).join()));
    expect(orders.size).toBeGreaterThan(1);
    for (let n = 2; n < 8; n++) {
      for (const id of ['x', 'y', 'z', 'q-onderzoeken-waterbak']) expect(shuffledIndexes(n, id)).not.toEqual([...Array(n).keys()]);
    }
  });
});
