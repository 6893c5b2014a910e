import type { AppErrorData } from '../contract';
import { AppError } from '../errors';
import type { Db } from './database';
import type { PinHasher } from './pin';

/** Wrong PINs in a row before a lock; a 4-digit PIN then needs ~2000 locks to guess. */
export const MAX_WRONG = 5;
const FIRST_LOCK_MS = 60_000;
/** Each further lock doubles, up to this; the teacher can reset a learner's PIN (and its lock). */
const MAX_LOCK_MS = 15 * 60_000;

interface GuardRow {
  wrong_count: number;
  locked_until_ms: number;
}

/**
 * Wrong-PIN counting in the database (migration 3): a restart of Leerpad does not reset the
 * count or lift a lock, so guessing cannot be sped up by restarting the app.
 * Subjects are learner ids and 'teacher'.
 */
export function createPinGuard(db: Db, hasher: PinHasher, now: () => number = Date.now) {
  const read = db.prepare<[string], GuardRow>('SELECT wrong_count, locked_until_ms FROM pin_guard WHERE subject = ?');
  const write = db.prepare(
    `INSERT INTO pin_guard (subject, wrong_count, locked_until_ms) VALUES (?, ?, ?)
     ON CONFLICT(subject) DO UPDATE SET wrong_count = excluded.wrong_count, locked_until_ms = excluded.locked_until_ms`,
  );
  const clear = db.prepare('DELETE FROM pin_guard WHERE subject = ?');

  function assertOpen(subject: string) {
    const row = read.get(subject);
    const left = row ? row.locked_until_ms - now() : 0;
    // A lock further away than the longest lock means the clock was set back: honour only the maximum.
    if (row && left > MAX_LOCK_MS) write.run(subject, row.wrong_count, now() + MAX_LOCK_MS);
    if (left > 0) {
      const seconds = Math.ceil(Math.min(left, MAX_LOCK_MS) / 1000);
      throw new AppError({
        code: 'PIN_LOCKED',
        message: `Too many wrong PINs. Try again in ${seconds} seconds.`,
        hint: 'Wait and try again. A teacher can reset a forgotten learner PIN.',
        params: { seconds },
      });
    }
  }

  /** Counts a wrong PIN; every MAX_WRONG-th in a row locks, each lock twice as long as the last. */
  function wrong(subject: string) {
    const count = (read.get(subject)?.wrong_count ?? 0) + 1;
    const locks = Math.floor(count / MAX_WRONG);
    const lockMs = count % MAX_WRONG === 0 ? Math.min(FIRST_LOCK_MS * 2 ** (locks - 1), MAX_LOCK_MS) : 0;
    write.run(subject, count, lockMs ? now() + lockMs : 0);
  }

  return {
    assertOpen,
    /**
     * Checks a PIN against its hash, counting wrong ones. The lock is checked again after the
     * (slow, concurrent) hash: guesses sent in parallel learn nothing once an earlier one locked.
     */
    async check(subject: string, pin: string | undefined, hash: string, missing: AppErrorData) {
      assertOpen(subject);
      if (!pin) throw new AppError(missing);
      const right = await hasher.verify(pin, hash);
      assertOpen(subject);
      if (!right) {
        wrong(subject);
        throw new AppError({ code: 'PIN_WRONG', message: 'That PIN is not right.', hint: 'Try again.' });
      }
      clear.run(subject);
    },
    /** A new PIN (set by the learner or reset by the teacher) starts with a clean slate. */
    forget(subject: string) {
      clear.run(subject);
    },
  };
}

export type PinGuard = ReturnType<typeof createPinGuard>;
