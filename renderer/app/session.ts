import type { LearnerSummary } from '../../electron/core/contract';
import { call } from './client';

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
  const opened = await call('learner/open', { id: learner.id, pin });
  sessionStorage.setItem(KEY, JSON.stringify({ token: opened.session, learnerId: learner.id }));
  return opened;
}

export function forgetSession() {
  const s = storedSession();
  sessionStorage.removeItem(KEY);
  if (s) void call('learner/close', { session: s.token }).catch(() => undefined);
}
