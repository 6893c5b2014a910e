import { defineMessages } from '../define';

/** The course validator's texts (electron/core/course): YAML, the schema of course.yaml and front matter, levers and ids. */
export const courseSourceMessages = defineMessages({
  // {{detail}} is the YAML parser's own (English) first sentence: the most precise account there is.
  'yaml.syntax': {
    data: ['cause', 'yamlCode'],
    en: {
      message: 'YAML syntax error: this line cannot be read ({{detail}})',
      hint: 'check the indentation and the colons on this line and the one above; put a value that contains ": " in quotes, e.g. title: "Hefboom 1: onderzoeken"',
      hint_colon: 'put a value that contains ": " in quotes, e.g. title: "Hefboom 1: onderzoeken"',
      hint_quote: 'close the quotes on the same value',
      hint_indentation: 'check the indentation and the colons on this line and the one above',
    },
    nl: {
      message: 'YAML-fout: deze regel kan niet gelezen worden ({{detail}})',
      hint: 'controleer het inspringen en de dubbelpunten op deze regel en op de regel erboven; bevat een waarde ": ", zet ze dan tussen aanhalingstekens, bv. title: "Hefboom 1: onderzoeken"',
      hint_colon: 'bevat een waarde ": ", zet ze dan tussen aanhalingstekens, bv. title: "Hefboom 1: onderzoeken"',
      hint_quote: 'sluit de aanhalingstekens op dezelfde waarde',
      hint_indentation: 'controleer het inspringen en de dubbelpunten op deze regel en op de regel erboven',
    },
  },
  'yaml.duplicate-key': {
    data: ['yamlCode'],
    en: {
      message: 'YAML has a key twice here ({{detail}})',
      hint: 'keep one of the two keys',
    },
    nl: {
      message: 'YAML-fout: een sleutel staat hier twee keer ({{detail}})',
      hint: 'houd één van de twee sleutels over',
    },
  },
  'yaml.warning': {
    en: {
      message: 'YAML warning on this line ({{detail}})',
      hint: 'check this line: it may be read differently from what you meant',
    },
    nl: {
      message: 'YAML-waarschuwing op deze regel ({{detail}})',
      hint: 'controleer deze regel: hij wordt misschien anders gelezen dan je bedoelt',
    },
  },
  'schema.unknown-key': {
    en: {
      message: "unknown key '{{key}}'",
      hint: '{{guess}}check the spelling; valid keys are {{valid}}',
    },
    nl: {
      message: "onbekende sleutel '{{key}}'",
      hint: '{{guess}}controleer de spelling; geldige sleutels zijn {{valid}}',
    },
  },
  'schema.missing-key': {
    en: {
      message: '{{path}} is missing',
      hint: "add the key '{{key}}'",
    },
    nl: {
      message: '{{path}} ontbreekt',
      hint: "voeg de sleutel '{{key}}' toe",
    },
  },
  'schema.invalid': {
    data: ['rule'],
    en: {
      message: '{{key}} is not valid',
      hint: 'write it as in courses/README.md',
      message_root: 'the file must be a group of keys, such as id: … and title: …',
      'message_type-string': '{{key}} must be a text',
      'hint_type-string': 'put the text in quotes: "…"',
      'message_type-number': '{{key}} must be a number',
      'hint_type-number': 'write a number without quotes',
      'message_type-int': '{{key}} must be a whole number',
      'hint_type-int': 'write a whole number without quotes',
      'message_type-array': '{{key}} must be a list (lines starting with "- ")',
      'hint_type-array': 'write one item per line, starting with "- "',
      'message_type-object': '{{key}} must be a group of keys',
      'hint_type-object': 'write its keys below it, each on its own indented line, as in courses/README.md',
      'message_min-items': '{{key}} must have at least {{limit}} item(s)',
      'hint_min-items': 'write one item per line, starting with "- "',
      'message_not-empty': '{{key}} must not be empty',
      'hint_not-empty': 'fill in a text',
      'message_more-than': '{{key}} must be more than {{limit}}',
      'hint_more-than': 'write a positive whole number',
    },
    nl: {
      message: '{{key}} heeft geen geldige waarde',
      hint: 'schrijf het zoals in courses/README.md',
      message_root: 'het bestand moet bestaan uit sleutels met een waarde, zoals id: … en title: …',
      'message_type-string': '{{key}} moet een tekst zijn',
      'hint_type-string': 'zet de tekst tussen aanhalingstekens: "…"',
      'message_type-number': '{{key}} moet een getal zijn',
      'hint_type-number': 'schrijf een getal zonder aanhalingstekens',
      'message_type-int': '{{key}} moet een geheel getal zijn',
      'hint_type-int': 'schrijf een geheel getal zonder aanhalingstekens',
      'message_type-array': '{{key}} moet een lijst zijn (regels die beginnen met "- ")',
      'hint_type-array': 'schrijf elk element op een eigen regel die begint met "- "',
      'message_type-object': '{{key}} moet een groep sleutels zijn',
      'hint_type-object': 'schrijf de sleutels eronder, elk op een eigen, ingesprongen regel, zoals in courses/README.md',
      'message_min-items': '{{key}} moet minstens {{limit}} element(en) bevatten',
      'hint_min-items': 'schrijf elk element op een eigen regel die begint met "- "',
      'message_not-empty': '{{key}} mag niet leeg zijn',
      'hint_not-empty': 'vul een tekst in',
      'message_more-than': '{{key}} moet groter zijn dan {{limit}}',
      'hint_more-than': 'schrijf een positief geheel getal',
    },
  },
  'frontmatter.missing': {
    en: {
      message: 'the module does not start with front matter',
      hint: 'start the file with a block between two --- lines holding id, title, levers, minutes and goals',
    },
    nl: {
      message: 'de module begint niet met front matter',
      hint: 'begin het bestand met een blok tussen twee regels --- met daarin id, title, levers, minutes en goals',
    },
  },
  'lever.unknown': {
    en: {
      message: "'{{lever}}' is not a lever in the framework of course.yaml",
      hint: 'use {{valid}}',
    },
    nl: {
      message: "'{{lever}}' is geen hefboom uit het kader in course.yaml",
      hint: 'gebruik {{valid}}',
    },
  },
  'id.format': {
    data: ['kind'],
    en: {
      message: "'{{id}}' is not a valid id",
      hint: "use lowercase letters, digits and hyphens, start with a letter, at most 64 characters, e.g. '{{suggestion}}'",
    },
    nl: {
      message: "'{{id}}' is geen geldige id",
      hint: "gebruik kleine letters, cijfers en koppeltekens, begin met een letter en blijf onder 65 tekens, bv. '{{suggestion}}'",
    },
  },
  'id.duplicate': {
    en: {
      message: "the id '{{id}}' of {{kind}} is already used by {{firstKind}} in {{firstFile}}, line {{firstLine}}",
      hint: '{{kind}} needs an id of its own: ids must be unique in the whole course',
    },
    nl: {
      message: "de id '{{id}}' van {{kind}} is al in gebruik door {{firstKind}} in {{firstFile}}, regel {{firstLine}}",
      hint: '{{kind}} heeft een eigen id nodig: elke id komt maar één keer voor in de hele cursus',
    },
  },
  'id.missing': {
    en: {
      message: "the block '{{name}}' has no id",
      hint: 'put an id on its opening line, e.g. {{example}}',
    },
    nl: {
      message: "het blok '{{name}}' heeft geen id",
      hint: 'zet een id op de openingsregel, bv. {{example}}',
    },
  },
});
