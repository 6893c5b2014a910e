/** SCORM 2004 timeinterval (ISO 8601 duration, RTE 4.1.7) ↔ seconds. */
const ISO = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export function isoDurationToSeconds(value: unknown): number {
  if (typeof value !== 'string') return 0;
  const m = ISO.exec(value.trim());
  if (!m) return 0;
  const [, y, mo, d, h, mi, s] = m.map((v) => (v ? Number(v) : 0));
  // Years and months have no fixed length; SCOs never send them for a session, so approximate.
  return (y ?? 0) * 31_536_000 + (mo ?? 0) * 2_592_000 + (d ?? 0) * 86_400 + (h ?? 0) * 3600 + (mi ?? 0) * 60 + (s ?? 0);
}

/**
 * `cmi.total_time` as the app's LMS hands it to the SCO. Rounded to the type's 0.01 s once and
 * only then split: rounding the seconds alone wrote 119.999 s as "PT1M60S". The SCO writes the
 * same type with renderer/sco/lms/data-types.ts `timeinterval` (core may not import it); a test
 * holds the two to the same output.
 */
export function secondsToIsoDuration(seconds: number): string {
  const centis = Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 100) : 0;
  const h = Math.floor(centis / 360_000);
  const m = Math.floor(centis / 6000) % 60;
  const s = (centis % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}
