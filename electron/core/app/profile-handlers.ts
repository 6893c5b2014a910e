import type { CallName } from '../contract';
import type { Handlers } from './handler-types';
import { exportLearner } from '../progress/learner-export';
import type { Core } from './services';

// Moving a learner between computers has its own handlers (transfer-handlers.ts).
type ProfileCall = Exclude<Extract<CallName, `learner/${string}` | `teacher/${string}` | `settings/${string}`>, `learner/transfer-${string}`>;

/**
 * Profiles on a shared school computer: a learner manages only their own profile (with its
 * session); other profiles can only be listed, unless lecturer mode (the teacher PIN) is open.
 */
export function createProfileHandlers(core: Core): Pick<Handlers, ProfileCall> {
  const { learners, settings, sessions, teacher, pins, pinGuard, catalog } = core;

  /** 'own' with the learner's live session for this profile, else lecturer mode or an error saying which is missing. */
  function authorize(id: string, session: string | undefined, teacherToken: string | undefined): 'own' | 'teacher' {
    if (session) {
      let mine = false;
      try {
        mine = sessions.learnerOf(session) === id;
      } catch (e) {
        // An expired learner session does not matter when lecturer mode is open.
        if (!teacherToken) throw e;
      }
      if (mine) return 'own';
    }
    teacher.assertUnlocked(teacherToken);
    return 'teacher';
  }

  function ended(id: string, keep?: string) {
    sessions.closeAllOf(id, keep);
    pinGuard.forget(id);
  }

  return {
    'settings/get': () => settings.get(),
    'settings/set': (args) => settings.set(args),

    'learner/list': () => learners.list(),
    'learner/create': async ({ name, pin }) => {
      learners.assertNameFree(name);
      const hash = pin ? await pins.hash(pin) : null;
      const created = learners.create(name, hash);
      // Its creator just chose the PIN: signing in at once spares typing it again.
      return { session: sessions.start(created.id), learner: learners.get(created.id) };
    },
    'learner/open': async ({ id, pin }) => {
      const session = await sessions.open(id, pin);
      return { session, learner: learners.get(id) };
    },
    'learner/close': ({ session }) => {
      sessions.close(session);
      return { closed: true as const };
    },
    'learner/session': ({ session, peek }) => {
      const { learnerId, idleSeconds } = sessions.status(session, peek);
      return { learner: learners.get(learnerId), idleSeconds, idleMinutes: settings.get().idleMinutes };
    },
    'learner/rename': ({ id, name, session, teacher: token }) => {
      authorize(id, session, token);
      return learners.rename(id, name);
    },
    'learner/delete': async ({ id, session, pin, teacher: token }) => {
      // The own protected profile asks its PIN once more: a session left open must not be enough to erase it.
      if (authorize(id, session, token) === 'own') await sessions.checkPin(id, pin);
      learners.remove(id);
      ended(id);
      if (settings.get().lastLearnerId === id) settings.set({ lastLearnerId: null });
      return { deleted: true as const };
    },
    'learner/set-pin': async ({ session, currentPin, pin }) => {
      const id = sessions.learnerOf(session);
      await sessions.checkPin(id, currentPin);
      learners.setPin(id, pin ? await pins.hash(pin) : null);
      // Whoever knew the old PIN and still has a window open loses it now.
      ended(id, session);
      return learners.get(id);
    },
    'learner/export': ({ session }) => {
      const id = sessions.learnerOf(session);
      const courses = catalog
        .list()
        .filter((c) => c.status === 'ok')
        .map((c) => catalog.open(c.id));
      return exportLearner(core.db, learners.get(id), courses, (courseId, itemId) => core.packages.titlesOf(courseId, itemId));
    },

    'teacher/status': () => teacher.status(),
    'teacher/set-pin': ({ currentPin, pin }) => teacher.setPin(currentPin, pin),
    'teacher/unlock': ({ pin }) => teacher.unlock(pin),
    'teacher/lock': ({ teacher: token }) => {
      teacher.lock(token);
      return { locked: true as const };
    },
    'teacher/reset-learner-pin': async ({ teacher: token, id, pin }) => {
      teacher.assertUnlocked(token);
      learners.get(id);
      learners.setPin(id, pin ? await pins.hash(pin) : null);
      ended(id);
      return learners.get(id);
    },
    'teacher/settings': ({ teacher: token, idleMinutes }) => {
      teacher.requireIfSet(token);
      settings.set({ idleMinutes });
      return teacher.status();
    },
  };
}
