import type { Language, ModuleStatus } from '../contract';

/**
 * The words of a report file, in the language asked for. They are the app's own words for the same
 * things (renderer/app/i18n: status.*), written here because the files are made in core, also by the CLI.
 */
export const REPORT_WORDS = {
  'nl-BE': {
    moduleSheet: 'Modules',
    leverSheet: 'Hefbomen',
    modules: ['Naam', 'Cursus', 'Module-id', 'Module', 'Status', 'Geslaagd', 'Beste score (%)', 'Tijd (min)', 'Laatst gestudeerd', 'Gevolgd in sessie'],
    levers: ['Cursus', 'Soort', 'Id', 'Kernthema of hefboom', 'Alles afgerond', 'Profielen', 'Gemiddeld afgerond (%)'],
    status: { 'not-started': 'Niet begonnen', 'in-progress': 'Bezig', 'quiz-not-passed': 'Toets nog niet geslaagd', finished: 'Afgerond' },
    yes: 'ja',
    no: 'nee',
    none: '—',
    theme: 'kernthema',
    lever: 'hefboom',
  },
  en: {
    moduleSheet: 'Modules',
    leverSheet: 'Levers',
    modules: ['Name', 'Course', 'Module id', 'Module', 'Status', 'Passed', 'Best score (%)', 'Time (min)', 'Last studied', 'Followed in a session'],
    levers: ['Course', 'Kind', 'Id', 'Core theme or lever', 'All finished', 'Profiles', 'Average finished (%)'],
    status: { 'not-started': 'Not started', 'in-progress': 'In progress', 'quiz-not-passed': 'Quiz not passed yet', finished: 'Finished' },
    yes: 'yes',
    no: 'no',
    none: '—',
    theme: 'core theme',
    lever: 'lever',
  },
} satisfies Record<Language, { status: Record<ModuleStatus, string>; [k: string]: unknown }>;
