import type { TRAINING_LIMITS } from '../../../../electron/core/contract';

/**
 * The contract's limits for the form's own checks (the renderer may import only types from core). Typed as the
 * contract's `as const` object, so a limit changed there fails tsc here until both say the same.
 */
export const LIMITS: typeof TRAINING_LIMITS = {
  participants: 200,
  modules: 50,
  title: 120,
  place: 120,
  trainer: 80,
  participantName: 80,
  noteCharacters: 20_000,
  tallyCount: 10_000,
};
