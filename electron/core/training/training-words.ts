/**
 * The words of the files a training exports (attendance list, certificates, notes). Dutch as spoken in
 * Flanders only: the files are made for a Flemish school's in-service day ("pedagogische studiedag").
 */
export const TRAINING_WORDS = {
  session: 'Sessie',
  date: 'Datum',
  place: 'Plaats',
  trainer: 'Trainer',
  name: 'Naam',
  profile: 'Gekoppeld profiel',
  present: 'Aanwezig',
  signature: 'Handtekening',
  number: 'Nr.',
  yes: 'ja',
  no: 'nee',
  modules: 'Behandelde modules',
  total: 'Totaal',
  attendanceTitle: 'Aanwezigheidslijst',
  attendanceCount: (present: number, total: number) => `${present} van ${total} deelnemers aanwezig`,
  certificateTitle: 'Attest van deelname',
  certificateLead: 'Hierbij bevestigen we dat',
  certificateBody: 'heeft deelgenomen aan de sessie',
  certificateCourse: (course: string) => `uit de cursus ${course}`,
  certificateFooter: 'Gemaakt met Leerpad. De uren zijn de geschatte studietijd van de modules.',
  notesTitle: 'Notities van de sessie',
  noNotes: 'Er zijn geen notities genoteerd.',
  discussion: 'Gespreksvraag',
  scenario: 'Casus',
  groupQuiz: 'Groepsquiz',
  answered: (n: number) => (n === 1 ? '1 keer gekozen' : `${n} keer gekozen`),
  correctAnswer: 'juist antwoord',
  scenarioChoices: 'Keuzes bij de casus',
  bestChoice: 'beste keuze',
  optionWords: { true: 'Juist', false: 'Fout', correct: 'Goed beantwoord', incorrect: 'Fout beantwoord' } as Record<string, string>,
  page: (page: string, pages: string) => `Pagina ${page} van ${pages}`,
} as const;

const NL = 'nl-BE';

/** 90 → "1,5 uur", 25 → "0,42 uur": the certificate's hours, at most two decimals with a decimal comma. */
export function hoursText(minutes: number): string {
  return `${new Intl.NumberFormat(NL, { maximumFractionDigits: 2 }).format(minutes / 60)} uur`;
}

/** "2026-12-04" → "4 december 2026" (the day as written, no time zone shift). */
export function longDate(isoDay: string): string {
  return new Intl.DateTimeFormat(NL, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDay}T00:00:00Z`));
}
