/**
 * A small seeded generator (mulberry32), so a randomised test that fails can be run again with the same
 * choices: the test prints its seed, and `LEERPAD_TEST_SEED=<seed>` replays it.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed from LEERPAD_TEST_SEED, else the given fixed one; refuses a value that is not a whole number. */
export function testSeed(fixed: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.LEERPAD_TEST_SEED;
  if (raw === undefined || raw === '') return fixed;
  if (!/^\d+$/.test(raw)) throw new Error(`LEERPAD_TEST_SEED must be a whole number, got '${raw}'`);
  return Number(raw);
}
