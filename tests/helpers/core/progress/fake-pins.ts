import type { PinHash, PinHasher } from '../../../../electron/core/progress/pin';

const later = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A stand-in for scrypt that, like scrypt, answers on a later turn of the event loop. Rules about
 * sessions, locks and the teacher PIN do not depend on the hash (pin.test.ts tests the real one).
 */
export const fakePins: PinHasher = {
  hash: async (pin) => (await later(), `plain$${pin}` as PinHash),
  verify: async (pin, stored) => (await later(), stored === `plain$${pin}`),
};
