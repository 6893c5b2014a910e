import { definePreflightMessages } from './define';

/**
 * The package preflight's texts about one LMS's known behaviour (electron/core/scorm/preflight/rules-lms.ts,
 * docs/scorm-field-notes.md). `_foreign` variants: a package Leerpad did not make, whose fix is not an export choice.
 */
export const preflightLmsQuirkMessages = definePreflightMessages({
  'lms.canvas-scorm12': {
    en: {
      message: "Field reports show SCORM 1.2 packages blank in Canvas's SCORM tool where the 2004 version of the same content worked.",
      hint: 'Export a SCORM 2004 package too and try that one first in Canvas.',
      hint_foreign: "Try it in Canvas before students depend on it; if it stays blank, ask its maker for a SCORM 2004 export.",
    },
    nl: {
      message: 'Uit de praktijk blijkt dat SCORM 1.2-pakketten in Canvas soms leeg blijven, terwijl de 2004-versie van dezelfde inhoud wel werkt.',
      hint: 'Exporteer ook een SCORM 2004-pakket en probeer dat eerst in Canvas.',
      hint_foreign: 'Probeer het in Canvas voor studenten ervan afhangen; blijft het leeg, vraag de maker dan om een SCORM 2004-export.',
    },
    data: ['maker'],
    cli: {
      hint: 'Export SCORM 2004 too (--format scorm2004) and try that one first in Canvas.',
    },
  },
  'lms.moodle-scorm2004': {
    en: {
      message: "Moodle's SCORM 2004 support is partial (talking to the LMS works, sequencing does not); SCORM 1.2 is the safest choice for Moodle.",
      hint: 'Choose the SCORM 1.2 export for Moodle unless you need something from SCORM 2004.',
      hint_foreign: 'Try it in Moodle before students depend on it; if its navigation misbehaves, ask its maker for a SCORM 1.2 export.',
    },
    nl: {
      message:
        'Moodle ondersteunt SCORM 2004 maar gedeeltelijk (de communicatie met het LMS werkt, de sequencing niet); SCORM 1.2 is voor Moodle de veiligste keuze.',
      hint: 'Kies voor Moodle de SCORM 1.2-export, tenzij je iets uit SCORM 2004 nodig hebt.',
      hint_foreign: 'Probeer het in Moodle voor studenten ervan afhangen; loopt de navigatie mis, vraag de maker dan om een SCORM 1.2-export.',
    },
    data: ['maker'],
  },
  'lms.moodle-multi-sco-2004': {
    en: {
      message:
        'This SCORM 2004 package has {{scos}} SCOs: Moodle keeps only the first module a student opens per visit (the others get error 104), so the work in every other module is lost.',
      hint: "Under 'How should the package be laid out?' choose 'One SCO for the whole course, with its own module menu' or 'A separate package per module'.",
      message_foreign: 'This SCORM 2004 package has {{scos}} SCOs: Moodle keeps only the first SCO a student opens per visit (the others get error 104), so the work in every other SCO is lost.',
      hint_foreign: 'Use an LMS with full SCORM 2004 support (Leerpad plays it offline), or ask its maker for a SCORM 1.2 export or one package per SCO.',
    },
    nl: {
      message:
        "Dit SCORM 2004-pakket heeft {{scos}} SCO's: Moodle bewaart per bezoek alleen de eerste module die een student opent (de andere krijgen fout 104), dus het werk in elke andere module gaat verloren.",
      hint: "Kies bij 'Hoe moet het pakket eruitzien?' voor 'Eén SCO voor de hele cursus, met een eigen modulemenu' of 'Een apart pakket per module'.",
      message_foreign: "Dit SCORM 2004-pakket heeft {{scos}} SCO's: Moodle bewaart per bezoek alleen de eerste SCO die een student opent (de andere krijgen fout 104), dus het werk in elke andere SCO gaat verloren.",
      hint_foreign: 'Gebruik een LMS dat SCORM 2004 volledig ondersteunt (Leerpad speelt het offline af), of vraag de maker om een SCORM 1.2-export of een pakket per SCO.',
    },
    data: ['maker'],
    cli: {
      hint: 'Export with --packaging course-sco (one SCO with its own module menu) or --packaging package-per-module (one activity per module).',
    },
  },
  'lms.moodle-multi-sco-12': {
    en: {
      message:
        'This SCORM 1.2 package has {{scos}} SCOs: when a student opens a module again in the same visit, Moodle fails to start it and that session is not stored.',
      hint: "Under 'How should the package be laid out?' choose 'One SCO for the whole course, with its own module menu' or 'A separate package per module'.",
      message_foreign: 'This SCORM 1.2 package has {{scos}} SCOs: when a student opens a SCO again in the same visit after it reported answers, Moodle fails to start it and that session is not stored.',
      hint_foreign: 'Tell students to open each SCO once per visit, or ask its maker for one package per SCO.',
    },
    nl: {
      message:
        "Dit SCORM 1.2-pakket heeft {{scos}} SCO's: opent een student in hetzelfde bezoek een module opnieuw, dan loopt het starten in Moodle mis en wordt die sessie niet bewaard.",
      hint: "Kies bij 'Hoe moet het pakket eruitzien?' voor 'Eén SCO voor de hele cursus, met een eigen modulemenu' of 'Een apart pakket per module'.",
      message_foreign: "Dit SCORM 1.2-pakket heeft {{scos}} SCO's: opent een student in hetzelfde bezoek een SCO opnieuw nadat die antwoorden doorgaf, dan loopt het starten in Moodle mis en wordt die sessie niet bewaard.",
      hint_foreign: 'Vraag studenten om elke SCO één keer per bezoek te openen, of vraag de maker om een pakket per SCO.',
    },
    data: ['maker'],
    cli: {
      hint: 'Export with --packaging course-sco (one SCO with its own module menu) or --packaging package-per-module (one activity per module).',
    },
  },
});
