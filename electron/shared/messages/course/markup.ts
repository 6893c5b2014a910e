import { defineMessages } from '../define';

/** The course validator's texts (electron/core/course): directives and sections. */
export const courseMarkupMessages = defineMessages({
  'directive.unknown': {
    data: ['name', 'form'],
    en: {
      message: "unknown directive '{{written}}'",
      hint: '{{guess}}valid here: {{valid}}',
      message_text: "'{{written}}' in the text is read as a directive, but there is no such directive",
      hint_text: '{{guess}}for a colon followed by text, write a space after the colon or \\:',
    },
    nl: {
      message: "onbekend blok '{{written}}'",
      hint: '{{guess}}toegelaten blokken hier: {{valid}}',
      message_text: "'{{written}}' in de tekst wordt gelezen als een blok, maar dat blok bestaat niet",
      hint_text: '{{guess}}bedoel je een gewone dubbelpunt gevolgd door tekst? Zet dan een spatie na de dubbelpunt, of schrijf \\:',
    },
  },
  'directive.form': {
    en: {
      message: "'{{written}}' is not how '{{name}}' is written",
      hint: 'write {{example}}',
    },
    nl: {
      message: "'{{written}}' is niet de juiste schrijfwijze voor '{{name}}'",
      hint: 'schrijf {{example}}',
    },
  },
  'directive.misplaced': {
    data: ['rule'],
    en: {
      message: "the block '{{name}}' cannot stand here",
      hint: 'see courses/README.md for where this block belongs',
      'message_outside-quiz': "the question '{{name}}' is not inside a quiz",
      'hint_outside-quiz': 'put questions inside a ::::quiz block',
      'message_inside-quiz': "the block '{{name}}' cannot stand inside a quiz",
      'hint_inside-quiz': 'a quiz holds only questions: move this block before or after the quiz',
      'message_outside-scenario': "the block '{{name}}' is not inside a scenario",
      'hint_outside-scenario': 'a :::step is the second step of a scenario: put it inside a ::::scenario block, after the choices of the first step',
      message_nested: "the block '{{name}}' cannot stand inside {{inside}}",
      hint_nested: 'close {{inside}} with its ::: line before this line',
    },
    nl: {
      message: "het blok '{{name}}' mag hier niet staan",
      hint: 'kijk in courses/README.md waar dit blok hoort',
      'message_outside-quiz': "de vraag '{{name}}' staat niet in een toets",
      'hint_outside-quiz': 'zet vragen binnen een ::::quiz-blok',
      'message_inside-quiz': "het blok '{{name}}' mag niet in een toets staan",
      'hint_inside-quiz': 'een toets bevat alleen vragen: zet dit blok vóór of na de toets',
      'message_outside-scenario': "het blok '{{name}}' staat niet in een scenario",
      'hint_outside-scenario': 'een :::step is de tweede stap van een scenario: zet hem binnen een ::::scenario-blok, na de keuzes van de eerste stap',
      message_nested: "het blok '{{name}}' mag niet binnen {{inside}} staan",
      hint_nested: 'sluit {{inside}} eerst af met een regel ::: vóór deze regel',
    },
  },
  'directive.attribute-unknown': {
    en: {
      message: "unknown attribute '{{attribute}}' on the block '{{name}}'",
      hint: '{{guess}}valid attributes: {{valid}}',
    },
    nl: {
      message: "onbekend attribuut '{{attribute}}' bij het blok '{{name}}'",
      hint: '{{guess}}geldige attributen: {{valid}}',
    },
  },
  'directive.attribute-missing': {
    en: {
      message: "the block '{{name}}' has no '{{attribute}}' attribute",
      hint: 'add {{attribute}}="…" to its opening line, e.g. {{example}}',
    },
    nl: {
      message: "het blok '{{name}}' mist het attribuut '{{attribute}}'",
      hint: 'voeg {{attribute}}="…" toe op de openingsregel, bv. {{example}}',
    },
  },
  'directive.attribute-invalid': {
    data: ['rule', 'question'],
    en: {
      message: "the attribute '{{attribute}}' has an invalid value",
      hint: 'see courses/README.md for how to write it',
      message_range: "'{{attribute}}' must be a whole number from {{min}} to {{max}}, not '{{value}}'",
      hint_range: 'write for example {{attribute}}={{example}}',
      'message_no-value': '\'{{attribute}}\' takes no value (found {{attribute}}="{{value}}")',
      'hint_no-value': 'write {{attribute}} on its own, without = and a value, or leave it out',
      message_empty: "the attribute '{{attribute}}' is empty",
      hint_empty: 'fill in a value between the quotes: {{attribute}}="…"',
      'message_one-of': "'{{value}}' is not a valid value for '{{attribute}}'",
      'hint_one-of': 'write {{allowed}}',
    },
    nl: {
      message: "het attribuut '{{attribute}}' heeft geen geldige waarde",
      hint: 'kijk in courses/README.md hoe je het schrijft',
      message_range: "'{{attribute}}' moet een geheel getal van {{min}} tot {{max}} zijn, niet '{{value}}'",
      hint_range: 'schrijf bijvoorbeeld {{attribute}}={{example}}',
      'message_no-value': '\'{{attribute}}\' krijgt geen waarde (er staat {{attribute}}="{{value}}")',
      'hint_no-value': 'schrijf alleen {{attribute}}, zonder = en waarde, of laat het weg',
      message_empty: "het attribuut '{{attribute}}' is leeg",
      hint_empty: 'vul een waarde in tussen de aanhalingstekens: {{attribute}}="…"',
      'message_one-of': "'{{value}}' is geen geldige waarde voor '{{attribute}}'",
      'hint_one-of': 'kies {{allowed}}',
    },
  },
  'directive.label-unexpected': {
    en: {
      message: "the block '{{name}}' takes no [title]",
      hint: 'remove the text between [ ]; a quiz, video or checklist gets its title with title="…"',
    },
    nl: {
      message: "het blok '{{name}}' krijgt geen [titel]",
      hint: 'haal de tekst tussen [ ] weg; een toets, video of kijkwijzer krijgt zijn titel met title="…"',
    },
  },
  'section.before-first': {
    en: {
      message: 'there is content before the first section',
      hint: 'start the module body with a line ::section[Title]{#id}, or move this text into a section',
    },
    nl: {
      message: 'er staat inhoud vóór de eerste sectie',
      hint: 'begin de inhoud van de module met een regel ::section[Titel]{#id}, of zet deze tekst in een sectie',
    },
  },
  'section.no-title': {
    en: {
      message: 'this section has no title',
      hint: 'put the title between square brackets: ::section[Title]{#id}',
    },
    nl: {
      message: 'deze sectie heeft geen titel',
      hint: 'zet de titel tussen vierkante haken: ::section[Titel]{#id}',
    },
  },
  'section.empty': {
    en: {
      message: "section '{{section}}' is empty",
      hint: 'write content under the ::section line, or remove the section',
    },
    nl: {
      message: "sectie '{{section}}' is leeg",
      hint: 'schrijf inhoud onder de regel ::section, of verwijder de sectie',
    },
  },
});
