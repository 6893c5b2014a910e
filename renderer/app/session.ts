import type { LearnerSummary, OpenedLearner } from '../../electron/core/contract';
import { call } from './client';
import { commitQueue } from './player/commit-queue';
import { forgetOlderVersionsTraces } from './player/page-traces';

const KEY = 'leerpad:session';

/**
 * The open profile's session token. Kept per tab (sessionStorage): a reload keeps the profile
 * open, a restart of Leerpad does not (core forgets sessions, so a PIN is asked again).
 */
export function storedSession(): { token: string; learnerId: string } | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as { token: string; learnerId: string }) : null;
  } catch {
    return null;
  }
}

export async function openLearner(learner: LearnerSummary, pin?: string) {
  forgetOlderVersionsTraces();
  return rememberSession(await call('learner/open', { id: learner.id, pin }));
}

/** Keeps an opened profile's session for this tab (also a new profile, which core signs in at once). */
export function rememberSession(opened: OpenedLearner): OpenedLearner {
  sessionStorage.setItem(KEY, JSON.stringify({ token: opened.session, learnerId: opened.learner.id }));
  return opened;
}

/**
 * Closes the profile and leaves nothing of the learner on the page for the next one: their last
 * commits (the player's final one arrives just after its frame is gone) are sent with their own
 * session first, then the queue forgets them and core closes the session.
 */
export function forgetSession() {
  const s = storedSession();
  sessionStorage.removeItem(KEY);
  forgetOlderVersionsTraces();
  if (!s) return;
  void commitQueue.drain().finally(() => {
    commitQueue.forget(s.token);
    void call('learner/close', { session: s.token }).catch(() => undefined);
  });
}
