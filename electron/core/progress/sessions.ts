import crypto from 'node:crypto';
import { AppError } from '../errors';
import type { LearnerStore } from './learners';
import { verifyPin } from './pin';

const MAX_WRONG = 5;
const LOCK_MS = 60_000;

/**
 * Open profiles, in memory only: a restart closes every profile, so a PIN is asked again.
 * On a shared school computer this is what keeps one learner out of another's reflections.
 */
export function createSessions(learners: LearnerStore, now: () => number = Date.now) {
  const sessions = new Map<string, { learnerId: string }>();
  const wrong = new Map<string, { count: number; lockedUntil: number }>();

  function checkPin(learnerId: string, pin: string | undefined) {
    const row = learners.row(learnerId);
    if (!row.pin_hash) return;
    const w = wrong.get(learnerId);
    if (w && w.lockedUntil > now()) {
      throw new AppError({
        code: 'PIN_LOCKED',
        message: 'Too many wrong PINs for this profile.',
        hint: 'Wait a minute and try again.',
        params: { seconds: Math.ceil((w.lockedUntil - now()) / 1000) },
      });
    }
    if (!pin) throw new AppError({ code: 'PIN_REQUIRED', message: 'This profile is protected with a PIN.', hint: 'Enter the PIN.' });
    if (!verifyPin(pin, row.pin_hash)) {
      const count = (w?.count ?? 0) + 1;
      wrong.set(learnerId, { count: count >= MAX_WRONG ? 0 : count, lockedUntil: count >= MAX_WRONG ? now() + LOCK_MS : 0 });
      throw new AppError({ code: 'PIN_WRONG', message: 'That PIN is not right.', hint: 'Try again.' });
    }
    wrong.delete(learnerId);
  }

  return {
    open(learnerId: string, pin?: string): string {
      checkPin(learnerId, pin);
      const token = crypto.randomBytes(24).toString('base64url');
      sessions.set(token, { learnerId });
      learners.touch(learnerId);
      return token;
    },
    /** The learner a session belongs to, or SESSION_REQUIRED. */
    learnerOf(token: string): string {
      const s = sessions.get(token);
      if (!s) {
        throw new AppError({
          code: 'SESSION_REQUIRED',
          message: 'This profile is not open (or Leerpad was restarted).',
          hint: 'Choose your profile again.',
        });
      }
      return s.learnerId;
    },
    close(token: string) {
      sessions.delete(token);
    },
    closeAllOf(learnerId: string) {
      for (const [t, s] of sessions) if (s.learnerId === learnerId) sessions.delete(t);
    },
    /** Guards changes to a protected profile: its own open session, or its PIN. */
    authorize(learnerId: string, token: string | undefined, pin: string | undefined) {
      if (token && sessions.get(token)?.learnerId === learnerId) return;
      checkPin(learnerId, pin);
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
