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

export function secondsToIsoDuration(seconds: number): string {
  const total = Math.max(0, seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = Math.round((total % 60) * 100) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}
