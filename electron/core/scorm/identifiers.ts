/**
 * Manifest identifiers, derived only from the course's and modules' own ids (never from titles,
 * positions or dates): Moodle keeps a learner's tracks across a package update only for items whose
 * identifier is unchanged (mod/scorm scorm_parse_scorm matches old and new rows by identifier).
 */

/** xsd:ID is an NCName: a letter or "_" first, then letters, digits, ".", "-", "_" (XML Schema 2, 3.3.8). */
const NCNAME_SAFE = /[^A-Za-z0-9._-]/g;

function part(id: string): string {
  return id.replace(NCNAME_SAFE, '-');
}

export const RUNTIME_RESOURCE_ID = 'RES-leerpad-runtime';

export function manifestId(courseId: string): string {
  return `LEERPAD-${part(courseId)}`;
}

export function organizationId(courseId: string): string {
  return `ORG-${part(courseId)}`;
}

export function rootItemId(courseId: string): string {
  return `ITEM-${part(courseId)}`;
}

export function itemId(moduleId: string): string {
  return `ITEM-${part(moduleId)}`;
}

export function resourceId(moduleId: string): string {
  return `RES-${part(moduleId)}`;
}

/** Whether a string is a valid xsd:ID as the manifest schemas require for every identifier. */
export function isXmlId(id: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9._-]*$/.test(id);
}

/**
 * The one launchable item of a `course-sco` package. It does not depend on which modules were
 * chosen: a lecturer who updates the activity's package (say, one module added) keeps every
 * learner's attempt, and the resume state inside it is keyed by module id, so nothing a learner
 * did is lost. A package of another selection is meant to be a new activity; Moodle keeps the two
 * apart by activity, not by identifier.
 */
export function courseScoItemId(courseId: string): string {
  return `ITEM-${part(courseId)}-course`;
}

export function courseScoResourceId(courseId: string): string {
  return `RES-${part(courseId)}-course`;
}
