/** Temporary folders of an import in progress start with this; the library never lists them. */
export const IMPORT_TEMP_PREFIX = '.import-';

/** A package moved aside while a replacement takes its place; put back if the swap fails. */
export const REPLACED_PREFIX = '.replaced-';

/** A package being removed: renamed first, so it leaves the library at once even if deleting its files stops halfway. */
export const REMOVED_PREFIX = '.removed-';

/** Folders only an import, a replace or a remove in progress has; one left behind is a crash's leftover. */
export const WORK_PREFIXES = [IMPORT_TEMP_PREFIX, REPLACED_PREFIX, REMOVED_PREFIX] as const;
