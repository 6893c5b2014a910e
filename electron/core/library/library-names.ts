/** Temporary folders of an import in progress start with this; the library never lists them. */
export const IMPORT_TEMP_PREFIX = '.import-';

/** A package moved aside while a replacement takes its place; put back if the swap fails. */
export const REPLACED_PREFIX = '.replaced-';
