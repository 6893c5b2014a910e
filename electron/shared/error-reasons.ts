/*
 * Causes of one error code that need their own words in the UI (params.reason picks errors.<CODE>_<reason>,
 * renderer/app/components/ErrorNotice.tsx): one code, several situations a learner or trainer must tell apart.
 */

/** A taken profile name, a save from a window another one overtook, a closed trainer session. */
export const CONFLICT_REASONS = ['name-taken', 'newer-save', 'training-closed'] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

/** A chosen file past the upload cap (a package, a backup), as opposed to a request body such as a very long reflection. */
export const TOO_LARGE_REASONS = ['file'] as const;
export type TooLargeReason = (typeof TOO_LARGE_REASONS)[number];
