/**
 * Every SCORM value the SCO writes, formatted here and nowhere else, each named after its type in
 * the spec (the data types of the SCORM 1.2 RTE and of the SCORM 2004 4th edition RTE). The one
 * value the app's own LMS writes (`cmi.total_time`, electron/core/progress/durations.ts: core may
 * not import the renderer) is held to `timeinterval`'s output by a test. Where the
 * spec allows more than a real LMS accepts, the narrower rule wins: Moodle's datamodels
 * (mod/scorm/datamodels/scorm_12.js, scorm_13.js) refuse with error 405/406 what they do not match.
 *
 * Policy: a formatter never throws. It runs inside the commit, and a throw there would lose the
 * whole commit (status, suspend data, everything the learner did). So:
 * - a duration that is negative or NaN is 0 (a clock set back while the SCO ran), and one that is
 *   too long (or infinite) is the longest the type can carry;
 * - a score is clamped to its range; a NaN score has no valid form and is not written (undefined);
 * - an instant the time type cannot express (NaN, before 1970, after 2038) is not written (undefined).
 * Callers leave an element out when its formatter answers undefined: every such element is optional.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const CENTIS_PER_SECOND = 100;
const CENTIS_PER_MINUTE = 60 * CENTIS_PER_SECOND;
const CENTIS_PER_HOUR = 60 * CENTIS_PER_MINUTE;

/**
 * 1.2 CMITimespan writes hours with at most four digits ("HHHH:MM:SS.SS"; Moodle:
 * `[0-9]{2,4}`), so 9999:59:59.99 (about 416 days) is the longest duration SCORM 1.2 can carry. No
 * session lasts that long: only a broken clock gets there. Both editions share the cap so that one
 * learner's time reads the same in either.
 */
const MAX_DURATION_CENTIS = 9999 * CENTIS_PER_HOUR + 59 * CENTIS_PER_MINUTE + 59 * CENTIS_PER_SECOND + 99;

interface Duration {
  hours: number;
  minutes: number;
  seconds: number;
  centis: number;
}

/**
 * The duration rounded ONCE to the types' resolution (0.01 s) and only then split: rounding the
 * seconds on their own turns 59.999 s into "60.00" instead of the next minute.
 */
function splitDuration(ms: number): Duration {
  const total = ms > 0 ? Math.min(Math.round(ms / 10), MAX_DURATION_CENTIS) : 0;
  return {
    hours: Math.floor(total / CENTIS_PER_HOUR),
    minutes: Math.floor(total / CENTIS_PER_MINUTE) % 60,
    seconds: Math.floor(total / CENTIS_PER_SECOND) % 60,
    centis: total % CENTIS_PER_SECOND,
  };
}

/** SCORM 1.2 CMITimespan, e.g. `cmi.core.session_time`: `HHHH:MM:SS.SS`. */
export function cmiTimespan(ms: number): string {
  const d = splitDuration(ms);
  return `${pad(d.hours, 4)}:${pad(d.minutes)}:${pad(d.seconds)}.${pad(d.centis)}`;
}

/**
 * SCORM 2004 timeinterval (second,10,2), e.g. `cmi.session_time`: an ISO 8601
 * duration `PT1H2M3.5S` with at most two decimals of seconds. Only H, M and S are written: years,
 * months and days have no fixed length, and Moodle accepts hours and minutes without decimals only.
 */
export function timeinterval(ms: number): string {
  const d = splitDuration(ms);
  let out = 'PT';
  if (d.hours) out += `${d.hours}H`;
  if (d.minutes) out += `${d.minutes}M`;
  // At least one designator and value after P: zero is written as "PT0S".
  if (d.seconds || d.centis || out === 'PT') out += `${d.seconds}${d.centis ? `.${pad(d.centis).replace(/0$/, '')}` : ''}S`;
  return out;
}

/**
 * SCORM 1.2 CMITime, e.g. `cmi.interactions.n.time`: the learner's local time of
 * day, `HH:MM:SS`. Whole seconds: the fraction is optional in the spec, and some 1.2 runtimes
 * (older scorm-again among them) refuse it.
 */
export function cmiTime(unixMs: number): string | undefined {
  if (!Number.isFinite(unixMs)) return undefined;
  const d = new Date(Math.round(unixMs / 1000) * 1000);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** Years `time (second,10,0)` can express (1970 ≤ YYYY ≤ 2038; Moodle: `203[0-8]`). */
const TIME_FIRST_MS = Date.UTC(1970, 0, 1);
const TIME_END_MS = Date.UTC(2039, 0, 1);

/**
 * SCORM 2004 time (second,10,0), e.g. `cmi.interactions.n.timestamp`, in UTC:
 * `2026-12-03T17:18:57.00Z`. Exactly two decimals: a zone designator is only valid after
 * fractional seconds (RTE-A-16: "hh:mm:ss.s shall also be defined"), and the SCORM binding allows
 * at most two (Moodle refuses `toISOString()`'s three with error 406). Rounded to the hundredth
 * as a whole instant, so 59.999 s carries into the next minute, hour, day and year.
 */
export function time(unixMs: number): string | undefined {
  if (!Number.isFinite(unixMs)) return undefined;
  const centis = Math.round(unixMs / 10);
  const at = centis * 10;
  if (at < TIME_FIRST_MS || at >= TIME_END_MS) return undefined;
  const d = new Date(at);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return `${date}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(centis % 100)}Z`;
}

/**
 * A finite number in plain decimal notation with at most `decimals` decimals: never an exponent
 * ("1e-7"), never "-0", no trailing zeros. Both editions' CMIDecimal/real grammars are
 * `-?digits(.digits)?`; the callers clamp first, so `toFixed` never meets 1e21.
 */
function plainDecimal(value: number, decimals: number): string {
  const fixed = value.toFixed(decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Decimals kept in a raw score: a percentage needs no more, and the gradebook shows fewer. */
const RAW_SCORE_DECIMALS = 2;

/** real (10,7): seven digits of precision, so at most seven after the point in [-1, 1]. */
const REAL_DECIMALS = 7;

const roundedPercent = (percent: number) => Number(plainDecimal(clamp(percent, 0, 100), RAW_SCORE_DECIMALS));

/**
 * A score in percent as SCORM 1.2 CMIDecimal or SCORM 2004 real (10,7)
 * `score.raw`. 1.2 limits `score.raw` to 0–100 (Moodle `score_range 0#100`, at most
 * three integer digits), and Leerpad reports min 0 and max 100 in both editions, so both clamp to
 * it. NaN has no valid form: no score (undefined).
 */
export function scoreDecimal(percent: number): string | undefined {
  if (Number.isNaN(percent)) return undefined;
  return plainDecimal(clamp(percent, 0, 100), RAW_SCORE_DECIMALS);
}

/**
 * SCORM 2004 real (10,7) in [-1, 1] (`score.scaled`): the written raw score divided
 * by 100, so raw and scaled always agree, with at most seven decimals: `String(66.67 / 100)` is
 * "0.6667000000000001", which a real (10,7) does not hold. NaN: undefined.
 */
export function scaledScore(percent: number): string | undefined {
  if (Number.isNaN(percent)) return undefined;
  return plainDecimal(roundedPercent(percent) / 100, REAL_DECIMALS);
}

/**
 * Limits of the character string types Leerpad writes (suspend_data's are SUSPEND_DATA_LIMIT in
 * the contract: the build measures against them too).
 */
export const LENGTHS = {
  /** SCORM 1.2 CMIString255: `lesson_location`, `student_response`. */
  cmiString255: 255,
  /** SCORM 1.2 CMIIdentifier: interaction and objective ids. */
  cmiIdentifier: 255,
  /** SCORM 2004 characterstring SPM 1000: `cmi.location`. */
  location2004: 1000,
  /** SCORM 2004 long_identifier_type SPM 4000: interaction and objective ids. */
  longIdentifier: 4000,
  /** SCORM 2004 localized_string_type SPM 250: `cmi.interactions.n.description`. */
  description: 250,
  /** SCORM 2004 `long-fill-in` response: localized_string_type SPM 4000. */
  longFillIn: 4000,
} as const;

/**
 * The longest start of `text` that is at most `max` UTF-16 units long, cut between code points.
 * The spec counts characters, but LMSs check with JavaScript regexes (`.{0,250}`, scorm-again's
 * `[\s\S]{0,255}`) that count UTF-16 units: within `max` units is within both, and an emoji is
 * never cut in half into a lone surrogate.
 */
export function characterstring(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/**
 * Text on one line: the 2004 string types are checked with `.`, which matches no line break (\n,
 * \r, U+2028, U+2029), so Moodle refuses text that holds one.
 */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();
}

/** SCORM 2004 language_type: ISO 639 code ("nl"), optional subcodes ("nl-BE"); Moodle allows 2–3 letters. */
const LANGUAGE = /^([a-zA-Z]{2,3}|i|x)(-[a-zA-Z0-9-]{2,8})?$/;

/**
 * SCORM 2004 localized_string_type: one line of at most `max` characters, with an
 * optional `{lang=…}` delimiter. A string that starts with "{" would be read as a delimiter (Moodle
 * refuses it), so such text starts with a space. `ellipsis`: a cut string ends in "…", so a report
 * shows it was shortened.
 */
export function localizedString(text: string, max: number, options: { lang?: string; ellipsis?: boolean } = {}): string {
  let line = oneLine(text);
  if (line.startsWith('{')) line = ` ${line}`;
  let cut = characterstring(line, max);
  if (cut !== line && options.ellipsis) cut = `${characterstring(line, max - 1).trimEnd()}…`;
  return options.lang && LANGUAGE.test(options.lang) ? `{lang=${options.lang}}${cut}` : cut;
}

/**
 * An id as SCORM 1.2 CMIIdentifier (no white space or unprintable characters; Moodle: printable
 * ASCII `[\u0021-\u007E]{0,255}`) or SCORM 2004 long_identifier_type (no white space, SPM 4000;
 * a value starting "urn:" must be a URN `urn:NID:…`). Course ids are already narrower
 * (course/ids.ts); anything else is made valid, never refused, so one odd id cannot cost the
 * commit: characters outside the type become "_".
 */
export function identifier(id: string, edition: 'scorm12' | 'scorm2004'): string {
  if (edition === 'scorm12') return (id.replace(/[^\u0021-\u007E]/g, '_') || '_').slice(0, LENGTHS.cmiIdentifier);
  let out = characterstring(id.replace(/\s/g, '_'), LENGTHS.longIdentifier) || '_';
  if (/^urn:/i.test(out) && !/^urn:[A-Za-z0-9-]{1,31}:\S+$/i.test(out)) out = `_${out.slice(1)}`;
  return out;
}
