import { describe, expect, it } from 'vitest';
import { seededRandom, testSeed } from '../../helpers/seeded-random';

describe('seededRandom', () => {
  it('gives the same numbers in [0, 1) for the same seed, and others for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 20 }, seededRandom(seed));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(draw(7).every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('testSeed', () => {
  it('uses LEERPAD_TEST_SEED when set, the fixed seed otherwise, and refuses a seed that is not a whole number', () => {
    expect(testSeed(42, {})).toBe(42);
    expect(testSeed(42, { LEERPAD_TEST_SEED: '1234' })).toBe(1234);
    expect(() => testSeed(42, { LEERPAD_TEST_SEED: 'abc' })).toThrow(/LEERPAD_TEST_SEED must be a whole number, got 'abc'/);
  });
});
