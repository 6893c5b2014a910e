import { useTranslation } from 'react-i18next';

/** Dates in the UI's language: "4 dec 2026" in Dutch, "4 Dec 2026" in English. */
export function useDateFormat() {
  const { i18n } = useTranslation();
  return {
    date: (iso: string) => new Date(iso).toLocaleDateString(i18n.language, { dateStyle: 'medium' }),
    /** A `YYYY-MM-DD` local date, short: "30 nov". */
    dayShort: (ymd: string) => localDay(ymd).toLocaleDateString(i18n.language, { day: 'numeric', month: 'short' }),
    dayLong: (ymd: string) => localDay(ymd).toLocaleDateString(i18n.language, { dateStyle: 'medium' }),
  };
}

function localDay(ymd: string): Date {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}
