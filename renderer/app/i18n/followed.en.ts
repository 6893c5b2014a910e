import type { followedNlBE } from './followed.nl-BE';

/** "Followed in a session" (issue 15): a module the learner followed with the team in a trainer's session. */
export const followedEn: typeof followedNlBE = {
  inSession: 'Followed in a session: {{title}} ({{date}})',
};
