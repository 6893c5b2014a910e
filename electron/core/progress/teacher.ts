import crypto from 'node:crypto';
import { IDLE_MINUTES, type TeacherStatus, type TeacherUnlock } from '../contract';
import { AppError } from '../errors';
import type { PinGuard } from './pin-guard';
import type { PinHasher } from './pin';
import type { SettingsStore } from './settings';

const HASH_KEY = 'teacherPinHash';
const SUBJECT = 'teacher';
/** Lecturer mode closes after 10 idle minutes: a teacher who steps away leaves no open door to a class. */
export const TEACHER_IDLE_MS = 10 * 60_000;

const TEACHER_PIN_REQUIRED = {
  code: 'PIN_REQUIRED',
  message: 'Enter the current teacher PIN.',
  hint: 'The teacher PIN can only be changed or removed with the current one.',
} as const;

/**
 * The teacher PIN: optional, one per computer, stored only as a hash in `settings`. It opens
 * lecturer mode (a short-lived token) for managing other learners' profiles and for export.
 */
export function createTeacher(settings: SettingsStore, guard: PinGuard, hasher: PinHasher, now: () => number = Date.now) {
  const tokens = new Map<string, number>();
  const hash = () => settings.secret(HASH_KEY);

  function status(): TeacherStatus {
    return { hasPin: hash() !== null, idleMinutes: settings.get().idleMinutes, idleLimits: { min: IDLE_MINUTES.min, max: IDLE_MINUTES.max } };
  }

  function notSet(): AppError {
    return new AppError({
      code: 'TEACHER_PIN_NOT_SET',
      message: 'Managing other profiles needs a teacher PIN, and this computer has none.',
      hint: 'A teacher sets one under Leerkracht (Teacher) → Teacher PIN.',
    });
  }

  /** Lecturer mode is open: a teacher PIN is set and the token is live. Counts as activity. */
  function assertUnlocked(token: string | undefined) {
    if (hash() === null) throw notSet();
    const lastSeen = token ? tokens.get(token) : undefined;
    if (lastSeen === undefined || now() - lastSeen >= TEACHER_IDLE_MS) {
      if (token) tokens.delete(token);
      throw new AppError({
        code: 'TEACHER_REQUIRED',
        message: 'This needs lecturer mode.',
        hint: 'Open lecturer mode with the teacher PIN (Leerkracht).',
      });
    }
    tokens.set(token!, now());
  }

  return {
    status,
    assertUnlocked,
    /** Export and other lecturer tools: open to all until a teacher PIN is set, then lecturer mode only. */
    requireIfSet(token: string | undefined) {
      if (hash() !== null) assertUnlocked(token);
    },
    async setPin(currentPin: string | undefined, pin: string | null): Promise<TeacherStatus> {
      const before = hash();
      if (before !== null) await guard.check(SUBJECT, currentPin, before, TEACHER_PIN_REQUIRED);
      const next = pin ? await hasher.hash(pin) : null;
      // Two first-time settings at once: the second must not silently replace the first.
      if (hash() !== before) {
        throw new AppError({ code: 'BUSY', message: 'The teacher PIN was changed at the same moment.', hint: 'Try again.' });
      }
      settings.setSecret(HASH_KEY, next);
      guard.forget(SUBJECT);
      tokens.clear();
      return status();
    },
    async unlock(pin: string): Promise<TeacherUnlock> {
      const stored = hash();
      if (stored === null) throw notSet();
      await guard.check(SUBJECT, pin, stored, TEACHER_PIN_REQUIRED);
      const token = crypto.randomBytes(24).toString('base64url');
      tokens.set(token, now());
      return { teacher: token, expiresInSeconds: TEACHER_IDLE_MS / 1000 };
    },
    lock(token: string) {
      tokens.delete(token);
    },
    /** A forgotten teacher PIN, removed from the command line (cli/teacher-pin.ts says why that is safe). */
    clearForgotten() {
      settings.setSecret(HASH_KEY, null);
      guard.forget(SUBJECT);
      tokens.clear();
    },
  };
}

export type Teacher = ReturnType<typeof createTeacher>;
