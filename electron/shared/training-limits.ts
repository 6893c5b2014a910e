/**
 * A trainer's session's limits (issue 15): the contract checks them in core, the form checks them at the field
 * before a call, so both read them here.
 */
export const TRAINING_LIMITS = {
  participants: 200,
  modules: 50,
  title: 120,
  place: 120,
  trainer: 80,
  participantName: 80,
  noteCharacters: 20_000,
  tallyCount: 10_000,
} as const;
