import { definePreflightMessages } from './define';

/** The package preflight's texts (electron/core/scorm/preflight): mastery scores, identifiers kept across updates, size and what field reports say about each LMS. */
export const preflightLmsMessages = definePreflightMessages({
  'mastery.without-quiz': {
    en: {
      message:
        `The item '{{item}}' (module '{{module}}') has a mastery score ({{written}}) but the module has no scored quiz: with Moodle's "Mastery score overrides status" students who finish it are marked failed.`,
      hint: "Remove the mastery score of '{{item}}' from the manifest.",
      hint_scorm12: "Remove <adlcp:masteryscore> from '{{item}}' (Leerpad writes one only for modules with a quiz).",
      hint_scorm2004: "Remove satisfiedByMeasure and minNormalizedMeasure from the primary objective of '{{item}}'.",
    },
    nl: {
      message:
        "Het item '{{item}}' (module '{{module}}') heeft een beheersingsscore ({{written}}), maar de module heeft geen toets met punten: met de Moodle-instelling 'Beheersingsscore overschrijft status' krijgen studenten die de module afwerken 'niet geslaagd'.",
      hint: "Haal de beheersingsscore van '{{item}}' weg uit het manifest.",
      hint_scorm12: "Haal <adlcp:masteryscore> weg bij '{{item}}' (Leerpad schrijft er alleen een voor modules met een toets).",
      hint_scorm2004: "Haal satisfiedByMeasure en minNormalizedMeasure weg uit de primaire doelstelling (primaryObjective) van '{{item}}'.",
    },
    data: ['edition'],
  },
  'mastery.invalid': {
    en: {
      message: "The mastery score of '{{item}}' ({{written}}) is not a score from 0 to 100.",
      hint: "Export again with a pass mark from 0 to 100, or write the quiz's pass mark ({{pass}}).",
    },
    nl: {
      message: "De beheersingsscore van '{{item}}' ({{written}}) is geen score van 0 tot 100.",
      hint: 'Exporteer opnieuw met een slaagcijfer van 0 tot 100, of schrijf het slaagcijfer van de toets ({{pass}}).',
    },
    cli: {
      hint: "Export again with --mastery 0-100, or write the quiz's pass mark ({{pass}}).",
    },
  },
  'mastery.differs': {
    en: {
      message:
        "The item '{{item}}' sets a mastery score of {{mastery}} but the quiz of '{{module}}' passes at {{pass}}: the LMS and the student's screen would disagree about passing.",
      hint: "Export again ('Pass mark' changes both together) instead of editing the manifest.",
    },
    nl: {
      message:
        "Het item '{{item}}' legt de beheersingsscore op {{mastery}}, maar de toets van '{{module}}' is geslaagd vanaf {{pass}}: het LMS en het scherm van de student zijn het dan oneens over wie geslaagd is.",
      hint: "Exporteer opnieuw (met 'Slaagcijfer' verander je beide tegelijk) in plaats van het manifest aan te passen.",
    },
    cli: {
      hint: 'Export again (--mastery changes both together) instead of editing the manifest.',
    },
  },
  'mastery.course-sco': {
    en: {
      message:
        "The course package '{{item}}' has a mastery score ({{written}}), but its score is the average over all modules, with 0 for those not finished yet: with Moodle's 'Mastery score overrides status' a student halfway through the course is marked failed.",
      hint: 'Export the package again with Leerpad: it gives a course package no mastery score. Do not edit the manifest by hand.',
    },
    nl: {
      message:
        "Het cursuspakket '{{item}}' heeft een beheersingsscore ({{written}}), maar zijn score is het gemiddelde over alle modules, met 0 voor wat nog niet af is: met de Moodle-instelling 'Beheersingsscore overschrijft status' krijgt een student halverwege de cursus 'niet geslaagd'.",
      hint: 'Exporteer het pakket opnieuw met Leerpad: het geeft een cursuspakket geen beheersingsscore. Pas het manifest niet met de hand aan.',
    },
    data: ['edition'],
  },
  'identifiers.previous': {
    en: {
      message: 'The previous package cannot be read ({{reason}}), so the identifiers cannot be compared.',
      hint: 'Give the zip that is in the LMS now with --previous.',
      'message_no-manifest': 'The previous package has no imsmanifest.xml at its root, so the identifiers cannot be compared.',
    },
    nl: {
      message: "Het vorige pakket kan niet gelezen worden, dus de id's kunnen niet vergeleken worden.",
      hint: 'Geef met --previous het zipbestand dat nu in het LMS staat.',
      'message_no-manifest': "Het vorige pakket heeft geen imsmanifest.xml in de hoofdmap, dus de id's kunnen niet vergeleken worden.",
    },
    data: ['problem'],
  },
  'identifiers.changed': {
    en: {
      message: "The identifier '{{identifier}}' became '{{successor}}': when you update the package, Moodle loses the students' progress in it.",
      hint: "Keep the identifier '{{identifier}}': export from the same course and module ids (Leerpad derives identifiers from them only).",
      message_organization:
        "The organization identifier '{{identifier}}' became '{{successor}}': when you update the package, Moodle loses the students' progress in it.",
      message_item: "The item identifier '{{identifier}}' became '{{successor}}': when you update the package, Moodle loses the students' progress in it.",
      message_resource:
        "The resource identifier '{{identifier}}' became '{{successor}}': when you update the package, Moodle loses the students' progress in it.",
    },
    nl: {
      message: "De id '{{identifier}}' is nu '{{successor}}': als je het pakket in Moodle bijwerkt, verliest Moodle de voortgang die studenten daarin hadden.",
      hint: "Behoud de id '{{identifier}}': exporteer vanuit dezelfde cursus- en module-id's (Leerpad leidt de id's alleen daarvan af).",
      message_organization:
        "De organisatie '{{identifier}}' heet nu '{{successor}}': als je het pakket in Moodle bijwerkt, verliest Moodle de voortgang die studenten daarin hadden.",
      message_item:
        "Het item '{{identifier}}' heet nu '{{successor}}': als je het pakket in Moodle bijwerkt, verliest Moodle de voortgang die studenten daarin hadden.",
      message_resource:
        "De resource '{{identifier}}' heet nu '{{successor}}': als je het pakket in Moodle bijwerkt, verliest Moodle de voortgang die studenten daarin hadden.",
    },
    data: ['kind'],
  },
  'identifiers.removed': {
    en: {
      message: "'{{identifier}}' of the previous package is gone: when you update the package, Moodle loses the students' progress in it.",
      hint: 'Export the module again (tick it under the modules), or add this package as a new activity instead of updating the old one.',
      message_organization:
        "The organization '{{identifier}}' of the previous package is gone: when you update the package, Moodle loses the students' progress in it.",
      message_item: "The item '{{identifier}}' of the previous package is gone: when you update the package, Moodle loses the students' progress in it.",
      message_resource:
        "The resource '{{identifier}}' of the previous package is gone: when you update the package, Moodle loses the students' progress in it.",
    },
    nl: {
      message:
        "'{{identifier}}' uit het vorige pakket is verdwenen: als je het pakket in Moodle bijwerkt, verliest Moodle de voortgang die studenten daarin hadden.",
      hint: 'Exporteer de module opnieuw mee (vink ze aan bij de modules), of voeg dit pakket toe als nieuwe activiteit in plaats van de oude bij te werken.',
      message_organization:
        "De organisatie '{{identifier}}' uit het vorige pakket is verdwenen: als je het pakket in Moodle bijwerkt, verliest Moodle de voortgang die studenten daarin hadden.",
      message_item:
        "Het item '{{identifier}}' uit het vorige pakket is verdwenen: als je het pakket in Moodle bijwerkt, verliest Moodle de voortgang die studenten daarin hadden.",
      message_resource:
        "De resource '{{identifier}}' uit het vorige pakket is verdwenen: als je het pakket in Moodle bijwerkt, verliest Moodle de voortgang die studenten daarin hadden.",
    },
    data: ['kind'],
    cli: {
      hint: 'Export the module again (a --modules subset leaves it out), or add this package as a new activity instead of updating the old one.',
    },
  },
  'size.quota': {
    en: {
      message:
        "The package is {{size, number}} MB and unpacks to {{unpacked, number}} MB; the LMS keeps both, about {{needed, number}} MB, more than the course's storage limit ({{quota, number}} MB).",
      hint: 'Export fewer modules per package, use smaller media, or ask the LMS administrator for a higher storage limit.',
    },
    nl: {
      message:
        'Het pakket is {{size, number}} MB en pakt uit tot {{unpacked, number}} MB; het LMS bewaart beide, samen ongeveer {{needed, number}} MB, meer dan de opslaglimiet van de cursus ({{quota, number}} MB).',
      hint: 'Exporteer minder modules per pakket, gebruik kleinere media of vraag de beheerder van het LMS om een hogere opslaglimiet.',
    },
    cli: {
      hint: 'Export fewer modules per package (--modules), use smaller media, or ask the LMS administrator for a higher storage limit.',
    },
  },
});
