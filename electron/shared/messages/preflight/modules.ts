import { definePreflightMessages } from './define';

/** The package preflight's texts (electron/core/scorm/preflight): the files, the SCOs, their resume state and interactions, and the course and finding summaries. */
export const preflightModuleMessages = definePreflightMessages({
  'findings.more': {
    en: {
      message: "… and {{more, number}} more findings of '{{ruleId}}'.",
      hint: 'Fix the findings above first; the rest are usually of the same kind.',
    },
    nl: {
      message: "… en nog {{more, number}} bevindingen van '{{ruleId}}'.",
      hint: 'Los eerst de bevindingen hierboven op; de rest is meestal van dezelfde soort.',
    },
  },
  'course.invalid': {
    en: {
      message: 'The course has {{errors}} error(s), so it cannot be exported.',
      hint: 'See the errors with the course in the Leerpad library (or run `npm run leerpad -- validate {{dir}}`) and fix them.',
    },
    nl: {
      message: 'De cursus bevat {{errors}} fout(en) en kan daarom niet geëxporteerd worden.',
      hint: 'Bekijk de fouten bij de cursus in de bibliotheek van Leerpad (of voer `npm run leerpad -- validate {{dir}}` uit) en los ze op.',
    },
    data: ['first'],
  },
  'sco.module-json': {
    en: {
      message: "The SCO '{{resource}}' cannot start: {{file}} is unreadable ({{reason}}).",
      hint: 'Export the package again with Leerpad; {{file}} must not be edited by hand.',
    },
    nl: {
      message: "De SCO '{{resource}}' kan niet starten: {{file}} is onleesbaar.",
      hint: 'Exporteer het pakket opnieuw met Leerpad; {{file}} mag je niet met de hand aanpassen.',
    },
  },
  'sco.not-leerpad': {
    en: {
      message: "The SCO '{{resource}}' has no {{file}}: it was not made by Leerpad, so its progress and interactions were not checked.",
      hint: "Nothing to do for other makers' SCOs; test them in the LMS.",
      message_foreign:
        "This package was not made by Leerpad: what its {{scos}} SCO(s) store and report was not checked, only what an LMS reads from the manifest and the zip.",
    },
    nl: {
      message: "De SCO '{{resource}}' heeft geen {{file}}: hij is niet met Leerpad gemaakt, dus de voortgang en de interacties werden niet gecontroleerd.",
      hint: "Niets te doen voor SCO's van anderen; test ze in het LMS.",
      message_foreign:
        "Dit pakket is niet met Leerpad gemaakt: wat zijn {{scos}} SCO('s) bewaren en doorgeven, werd niet gecontroleerd, alleen wat een LMS uit het manifest en de zip leest.",
    },
    data: ['maker'],
  },
  'sco.edition': {
    en: {
      message: "The SCO '{{module}}' was built for {{built}} but the package is {{packaged}}: it looks for the wrong API and records nothing.",
      hint: 'Export the package again in one SCORM version; do not mix module folders from different exports.',
    },
    nl: {
      message: "De SCO '{{module}}' werd gemaakt voor {{built}}, maar het pakket is {{packaged}}: hij zoekt de verkeerde API en registreert niets.",
      hint: 'Exporteer het pakket opnieuw in één SCORM-versie; meng geen modulemappen uit verschillende exports.',
    },
  },
  'state.suspend-data': {
    en: {
      message:
        "The module '{{module}}' can need {{worst}} characters of progress data; {{where}} keeps {{limit}}. A student could lose their place in the module and their answers.",
      hint: "Split the module in {{file}}, or lower the maximum length of the checklists' notes and of the reflections.",
      message_reflection:
        "The module '{{module}}' can need {{worst}} characters of progress data when reflections go to the LMS ({{reflections}}); {{where}} keeps {{limit}}. A student who writes that much loses their place and answers on the next visit.",
      hint_reflection: `Lower max= of reflection '{{reflection}}' in {{file}} to at most {{fits}}, or choose 'Keep private' under "Students' reflections".`,
      message_reflections:
        "The module '{{module}}' can need {{worst}} characters of progress data when reflections go to the LMS ({{reflections}}); {{where}} keeps {{limit}}. A student who writes that much loses their place and answers on the next visit.",
      hint_reflections: `Lower max= of the reflections {{reflections}} in {{file}}, or choose 'Keep private' under "Students' reflections".`,
      'hint_module-scorm12':
        "Split the module in {{file}}, lower the maximum length of the checklists' notes and of the reflections, or export SCORM 2004 (64000 characters).",
    },
    nl: {
      message:
        "De module '{{module}}' kan tot {{worst}} tekens aan voortgangsgegevens nodig hebben; {{where}} bewaart er maar {{limit}}. Een student kan zo de plaats in de module en de antwoorden kwijtraken.",
      hint: 'Splits de module in {{file}}, of verlaag de maximale lengte van de notities bij kijkwijzers en van de reflecties.',
      message_reflection:
        "De module '{{module}}' kan tot {{worst}} tekens aan voortgangsgegevens nodig hebben als de reflecties naar het LMS gaan ({{reflections}}); {{where}} bewaart er maar {{limit}}. Een student die zoveel schrijft, raakt bij het volgende bezoek de plaats in de module en de antwoorden kwijt.",
      hint_reflection:
        "Verlaag max= van reflectie '{{reflection}}' in {{file}} tot hoogstens {{fits}}, of kies bij 'Reflecties van studenten' voor 'Privé houden'.",
      message_reflections:
        "De module '{{module}}' kan tot {{worst}} tekens aan voortgangsgegevens nodig hebben als de reflecties naar het LMS gaan ({{reflections}}); {{where}} bewaart er maar {{limit}}. Een student die zoveel schrijft, raakt bij het volgende bezoek de plaats in de module en de antwoorden kwijt.",
      hint_reflections: "Verlaag max= van de reflecties {{reflections}} in {{file}}, of kies bij 'Reflecties van studenten' voor 'Privé houden'.",
      'hint_module-scorm12':
        'Splits de module in {{file}}, verlaag de maximale lengte van de notities bij kijkwijzers en van de reflecties, of exporteer SCORM 2004 (64000 tekens).',
    },
    data: ['problem'],
    cli: {
      hint_reflection: "Lower max= of reflection '{{reflection}}' in {{file}} to at most {{fits}}, or export with --reflections private.",
      hint_reflections: 'Lower max= of the reflections {{reflections}} in {{file}}, or export with --reflections private.',
    },
  },
  'state.course-suspend-data': {
    en: {
      message:
        'The {{modules}} modules of this course package can need {{worst}} characters of saved progress together; {{where}} keeps {{limit}} for the whole course. A student could lose their place in the course and their answers.',
      hint:
        "Under 'How should the package be laid out?' choose 'A separate package per module' (each module then gets {{limit}} characters of its own), choose fewer modules, keep reflections private or choose SCORM 2004.",
    },
    nl: {
      message:
        'De {{modules}} modules van dit cursuspakket kunnen samen tot {{worst}} tekens aan voortgangsgegevens nodig hebben; {{where}} bewaart er maar {{limit}} voor de hele cursus. Een student kan zo de plaats in de cursus en de antwoorden kwijtraken.',
      hint:
        "Kies bij 'Hoe moet het pakket eruitzien?' voor 'Een apart pakket per module' (elke module krijgt dan zelf {{limit}} tekens), kies minder modules, houd de reflecties privé of kies SCORM 2004.",
    },
    data: ['problem', 'course'],
    cli: {
      hint: 'Export with --packaging package-per-module (each module gets its own {{limit}} characters), choose fewer modules (--modules), keep reflections private (--reflections private) or export SCORM 2004 (64000 characters).',
    },
  },
  'interactions.duplicate-id': {
    en: {
      message: "The module '{{module}}' reports two interactions with the id '{{id}}': some LMSs reject the second, others mix up their answers.",
      hint: 'Give every question and every reflection in {{file}} an id of its own.',
    },
    nl: {
      message: "De module '{{module}}' meldt twee interacties met de id '{{id}}': sommige LMS-en weigeren de tweede, andere halen de antwoorden door elkaar.",
      hint: 'Geef elke vraag en elke reflectie in {{file}} een eigen id.',
    },
  },
  'interactions.id-format': {
    en: {
      message: "The id '{{id}}' in '{{module}}' is not a valid {{type}} (no spaces, printable ASCII, at most {{max}} characters): the LMS refuses it.",
      hint: 'Use an id of lowercase letters, digits and hyphens in {{file}}.',
    },
    nl: {
      message:
        "De id '{{id}}' in '{{module}}' is geen geldige {{type}} (geen spaties, alleen gewone ASCII-tekens, hoogstens {{max}} tekens): het LMS weigert hem.",
      hint: 'Gebruik in {{file}} een id met kleine letters, cijfers en koppeltekens.',
    },
    data: ['edition'],
  },
  'interactions.description-long': {
    en: {
      message: `The text of '{{id}}' in '{{module}}' has {{length}} characters; the LMS keeps {{max}} as its description, so reports show it cut off with "…".`,
      hint: 'Shorten the text in {{file}} to at most {{max}} characters if you want to see it whole in reports.',
      message_question:
        `The question '{{id}}' in '{{module}}' has {{length}} characters; the LMS keeps {{max}} as its description, so reports show it cut off with "…".`,
      hint_question: 'Shorten the question in {{file}} to at most {{max}} characters if you want to see it whole in reports.',
      message_reflection:
        `The prompt of reflection '{{id}}' in '{{module}}' has {{length}} characters; the LMS keeps {{max}} as its description, so reports show it cut off with "…".`,
      hint_reflection: 'Shorten the reflection prompt in {{file}} to at most {{max}} characters if you want to see it whole in reports.',
    },
    nl: {
      message:
        "De tekst van '{{id}}' in '{{module}}' telt {{length}} tekens; het LMS bewaart er maar {{max}} als beschrijving, dus de rapporten tonen hem afgekapt met '…'.",
      hint: 'Maak de tekst in {{file}} korter (hoogstens {{max}} tekens) als je hem volledig in de rapporten wil zien.',
      message_question:
        "De vraag '{{id}}' in '{{module}}' telt {{length}} tekens; het LMS bewaart er maar {{max}} als beschrijving, dus de rapporten tonen ze afgekapt met '…'.",
      hint_question: 'Maak de vraag in {{file}} korter (hoogstens {{max}} tekens) als je ze volledig in de rapporten wil zien.',
      message_reflection:
        "De opdracht van reflectie '{{id}}' in '{{module}}' telt {{length}} tekens; het LMS bewaart er maar {{max}} als beschrijving, dus de rapporten tonen ze afgekapt met '…'.",
      hint_reflection: 'Maak de opdracht van de reflectie in {{file}} korter (hoogstens {{max}} tekens) als je ze volledig in de rapporten wil zien.',
    },
    data: ['kind'],
  },
  'interactions.reflection-truncated': {
    en: {
      message:
        "In SCORM 1.2 the LMS keeps only the first {{kept}} characters of reflection '{{reflection}}' (max. {{max}} characters) as its answer; the full text stays in the student's progress.",
      hint: 'Nothing to do if that is enough; export SCORM 2004 to see whole reflections in the reports.',
    },
    nl: {
      message:
        "In SCORM 1.2 bewaart het LMS van reflectie '{{reflection}}' (max. {{max}} tekens) alleen de eerste {{kept}} tekens als antwoord; de volledige tekst blijft in de voortgang van de student.",
      hint: 'Niets te doen als dat volstaat; exporteer SCORM 2004 om volledige reflecties in de rapporten te zien.',
    },
  },
});
