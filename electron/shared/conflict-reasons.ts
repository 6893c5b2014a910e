/**
 * What a CONFLICT collided with (params.reason): one code serves a taken profile name, a save from a window another
 * one overtook, and a closed trainer session, and each needs its own words in the UI.
 */
export const CONFLICT_REASONS = ['name-taken', 'newer-save', 'training-closed'] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];
