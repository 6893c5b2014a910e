import crypto from 'node:crypto';
import { AppError } from '../errors';
import type { LearnerStore } from './learners';
import type { PinGuard } from './pin-guard';

/** Open sessions per learner (windows, tabs); opening more closes the oldest, so a loop of opens cannot fill memory. */
export const MAX_SESSIONS_PER_LEARNER = 16;

export const PIN_REQUIRED = {
  code: 'PIN_REQUIRED',
  message: 'This profile is protected with a PIN.',
  hint: 'Enter the PIN.',
} as const;

/**
 * Open profiles, in memory only: a restart closes every profile, so the picker (and a PIN) is
 * asked again on every start. On a shared school computer this is what keeps one learner out of
 * another's reflections; a session left alone for the idle time closes by itself for the same reason.
 */
export function createSessions(learners: LearnerStore, guard: PinGuard, idleMs: () => number, now: () => number = Date.now) {
  const sessions = new Map<string, { learnerId: string; lastSeen: number }>();

  function live(token: string) {
    const s = sessions.get(token);
    if (s && now() - s.lastSeen >= idleMs()) {
      sessions.delete(token);
      throw new AppError({
        code: 'SESSION_REQUIRED',
        message: 'This profile was closed after a while without activity.',
        hint: 'Choose your profile again.',
        params: { reason: 'idle' },
      });
    }
    if (!s) {
      throw new AppError({
        code: 'SESSION_REQUIRED',
        message: 'This profile is not open (or Leerpad was restarted).',
        hint: 'Choose your profile again.',
      });
    }
    return s;
  }

  function sweep() {
    for (const [token, s] of sessions) if (now() - s.lastSeen >= idleMs()) sessions.delete(token);
  }

  function start(learnerId: string): string {
    sweep();
    const mine = [...sessions].filter(([, s]) => s.learnerId === learnerId).sort(([, a], [, b]) => a.lastSeen - b.lastSeen);
    for (const [old] of mine.slice(0, Math.max(0, mine.length - MAX_SESSIONS_PER_LEARNER + 1))) sessions.delete(old);
    const token = crypto.randomBytes(24).toString('base64url');
    sessions.set(token, { learnerId, lastSeen: now() });
    learners.touch(learnerId);
    return token;
  }

  /** The learner's own PIN, when the profile has one (guarded against guessing like `open`). */
  async function checkPin(learnerId: string, pin: string | undefined) {
    const row = learners.row(learnerId);
    if (row.pin_hash) await guard.check(learnerId, pin, row.pin_hash, PIN_REQUIRED);
  }

  return {
    /** Opens a session without a PIN check: for a profile its creator just made. */
    start,
    checkPin,
    async open(learnerId: string, pin?: string): Promise<string> {
      await checkPin(learnerId, pin);
      return start(learnerId);
    },
    /** The learner a session belongs to, or SESSION_REQUIRED; counts as activity. */
    learnerOf(token: string): string {
      const s = live(token);
      s.lastSeen = now();
      return s.learnerId;
    },
    /** Whether the session is open; `peek` leaves its idle time running (the UI's idle check). */
    status(token: string, peek = false): { learnerId: string; idleSeconds: number } {
      const s = live(token);
      const idleSeconds = Math.floor((now() - s.lastSeen) / 1000);
      if (!peek) s.lastSeen = now();
      return { learnerId: s.learnerId, idleSeconds: peek ? idleSeconds : 0 };
    },
    close(token: string) {
      sessions.delete(token);
    },
    /** Ends the learner's sessions (profile deleted, PIN changed or reset), except `keep`. */
    closeAllOf(learnerId: string, keep?: string) {
      for (const [t, s] of sessions) if (s.learnerId === learnerId && t !== keep) sessions.delete(t);
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
