import crypto from 'node:crypto';
import { AppError } from '../errors';

// scrypt with N=2^15, r=8: ~100 ms per guess on a school laptop, so a 4-digit PIN
// cannot be brute-forced from the database file in a lesson's time.
const N = 1 << 15;
const R = 8;
const P = 1;
const KEYLEN = 32;
const MAXMEM = 64 * 1024 * 1024;

/** A stored scrypt hash; branded so a raw PIN can never be passed where a hash is stored. */
export type PinHash = string & { readonly __pinHash: unique symbol };

export interface PinHasherOptions {
  /** Hashes running at once: each holds 32 MB and a libuv thread; the server keeps the other threads. */
  concurrent?: number;
  /** Hashes waiting beyond that; more are refused with BUSY instead of queueing without end. */
  queue?: number;
}

function scrypt(pin: string, salt: Buffer, keylen: number, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    crypto.scrypt(pin, salt, keylen, { N: n, r, p, maxmem: MAXMEM }, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/**
 * PIN hashing off the event loop (crypto.scrypt runs on libuv's thread pool) behind a small
 * semaphore: 20 unauthenticated `learner/create` calls with a PIN must not freeze the server
 * (synchronous scrypt blocked every other request for ~0.5 s each).
 */
export function createPinHasher({ concurrent = 2, queue = 8 }: PinHasherOptions = {}) {
  let running = 0;
  const waiting: (() => void)[] = [];

  async function limited<T>(work: () => Promise<T>): Promise<T> {
    if (running >= concurrent) {
      if (waiting.length >= queue) {
        throw new AppError({
          code: 'BUSY',
          message: 'Leerpad is checking too many PINs at once.',
          hint: 'Wait a moment and try again.',
        });
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    } else {
      running++;
    }
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next waiter, so `running` never drops below the queue's need.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  }

  return {
    hash: (pin: string): Promise<PinHash> =>
      limited(async () => {
        const salt = crypto.randomBytes(16);
        const key = await scrypt(pin, salt, KEYLEN, N, R, P);
        return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$') as PinHash;
      }),
    verify: (pin: string, stored: string): Promise<boolean> =>
      limited(async () => {
        const [scheme, n, r, p, saltB64, hashB64] = stored.split('$');
        if (scheme !== 'scrypt' || !saltB64 || !hashB64) return false;
        const expected = Buffer.from(hashB64, 'base64');
        const actual = await scrypt(pin, Buffer.from(saltB64, 'base64'), expected.length, Number(n), Number(r), Number(p));
        return crypto.timingSafeEqual(actual, expected);
      }),
  };
}

export type PinHasher = ReturnType<typeof createPinHasher>;
