/*
 * The grammars SCORM values must match, written from the RTE books and narrowed where Moodle's
 * datamodels (mod/scorm/datamodels/scorm_12.js, scorm_13.js) are stricter: a value that matches
 * here is stored by a strict LMS, one that does not is refused with 405/406.
 */

/** SCORM 1.2 CMITimespan: hours of 2–4 digits (Moodle `[0-9]{2,4}`), at most two decimals. */
export const CMI_TIMESPAN = /^(\d{2,4}):([0-5]\d):([0-5]\d)(\.\d{1,2})?$/;
/** SCORM 1.2 CMITime: a time of day. */
export const CMI_TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
/** SCORM 2004 timeinterval (second,10,2): P[yY][mM][dD][T[hH][mM][s[.s]S]], at most two decimals, something after P. */
export const TIMEINTERVAL = /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;
/** SCORM 2004 time (second,10,0), years 1970–2038, a zone only after fractional seconds (at most two). */
export const TIME = /^(19[7-9]\d|20[0-2]\d|203[0-8])(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3])(:[0-5]\d(:[0-5]\d(\.\d{1,2}(Z|[+-]([01]\d|2[0-3])(:[0-5]\d)?)?)?)?)?)?)?)?$/;
/** SCORM 1.2 CMIDecimal as Moodle checks a score: plain notation, at most three integer digits. */
export const DECIMAL_12 = /^-?\d{0,3}(\.\d+)?$/;
/** SCORM 2004 real (10,7) as written: plain notation, at most seven decimals. */
export const REAL_10_7 = /^-?\d{1,5}(\.\d{1,7})?$/;
/** SCORM 1.2 CMIIdentifier: printable ASCII, no white space. */
export const CMI_IDENTIFIER = /^[\u0021-\u007E]{1,255}$/;
/** SCORM 2004 long_identifier_type: no white space; "urn:" only as a URN. */
export const LONG_IDENTIFIER = /^(?:(?!urn:)\S{1,4000}|urn:[A-Za-z0-9-]{1,31}:\S{1,4000})$/i;

/** A 2004 localized string as Moodle checks it: `.` (no line breaks), not starting with "{", at most `max` UTF-16 units. */
export function isLocalizedString(value: string, max: number): boolean {
  const text = value.replace(/^\{lang=([a-zA-Z]{2,3}|i|x)(-[a-zA-Z0-9-]{2,8})?\}/, '');
  return text.length <= max && !/[\n\r\u2028\u2029]/.test(text) && !text.startsWith('{');
}
