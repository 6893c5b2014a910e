/** "Gevolgd in sessie" (issue 15): a module the learner followed with the team in a trainer's session. */
export const followedNlBE = {
  inSession: 'Gevolgd in sessie: {{title}} ({{date}})',
};
