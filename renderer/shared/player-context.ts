import type { Language } from '../../electron/shared/enums';

/**
 * What the app tells a SCO it launches, in the SCO's launch query: the chrome language, that it
 * plays inside Leerpad's own player (the app's bar shows the module title, so the SCO does not
 * repeat it), and the title of the module that comes next. An LMS launches an exported SCO without
 * these, so there the SCO shows its own title and offers no next module it cannot open.
 */
export interface PlayerContext {
  inApp: boolean;
  /** The next module's title, when the player can open it. */
  next: string | null;
  /** Open the module at a new attempt of its quiz (the course page's "Toets opnieuw"). */
  startQuiz: boolean;
}

const PARAM = { lang: 'lang', player: 'player', next: 'next', start: 'start' } as const;
const START_QUIZ = 'quiz';
const IN_APP = 'leerpad';
/** A module title is short; anything longer did not come from the app. */
const MAX_TITLE = 300;

export function playerQuery(language: Language, next: string | null, startQuiz = false): string {
  const query = new URLSearchParams();
  if (language === 'en') query.set(PARAM.lang, 'en');
  query.set(PARAM.player, IN_APP);
  if (next) query.set(PARAM.next, next);
  if (startQuiz) query.set(PARAM.start, START_QUIZ);
  return `?${query.toString()}`;
}

export function readPlayerContext(search: string): PlayerContext {
  const query = new URLSearchParams(search);
  const inApp = query.get(PARAM.player) === IN_APP;
  const next = query.get(PARAM.next)?.trim() ?? '';
  return { inApp, next: inApp && next && next.length <= MAX_TITLE ? next : null, startQuiz: inApp && query.get(PARAM.start) === START_QUIZ };
}
