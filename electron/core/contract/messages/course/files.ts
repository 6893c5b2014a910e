import { defineMessages } from '../define';

/** The course validator's texts (electron/core/course): course.yaml, the module list, YAML, the schema and ids. */
export const courseFileMessages = defineMessages({
  'course.not-found': {
    en: {
      message: "the course folder '{{dir}}' does not exist",
      hint: 'check the path of the course folder',
    },
    nl: {
      message: "de cursusmap '{{dir}}' bestaat niet",
      hint: 'controleer het pad van de cursusmap',
    },
  },
  'course.yaml-missing': {
    en: {
      message: "there is no course.yaml in '{{dir}}'",
      hint: 'create course.yaml as described in courses/README.md',
    },
    nl: {
      message: "er staat geen course.yaml in '{{dir}}'",
      hint: 'maak course.yaml aan zoals beschreven in courses/README.md',
    },
  },
  'course.id-folder': {
    en: {
      message: "the course id '{{id}}' differs from its folder name '{{folder}}'",
      hint: 'give the folder the same name as the course id',
    },
    nl: {
      message: "de cursus-id '{{id}}' verschilt van de mapnaam '{{folder}}'",
      hint: 'geef de map dezelfde naam als de cursus-id',
    },
  },
  'course.unreadable': {
    en: {
      message: "the course folder '{{dir}}' cannot be read ({{reason}})",
      hint: 'check that the folder and its files exist and that this user may read them',
    },
    nl: {
      message: "de cursusmap '{{dir}}' kan niet gelezen worden ({{reason}})",
      hint: 'controleer of de map en haar bestanden bestaan en of deze gebruiker ze mag lezen',
    },
  },
  'course.duplicate-id': {
    en: {
      message: "the course id '{{id}}' is also used by {{others}}; only the folder named '{{id}}' may use it",
      hint: 'give every course its own id in course.yaml, and its folder the same name',
    },
    nl: {
      message: "de cursus-id '{{id}}' wordt ook gebruikt door {{others}}; alleen de map met de naam '{{id}}' mag hem gebruiken",
      hint: 'geef elke cursus een eigen id in course.yaml, en haar map dezelfde naam',
    },
  },
  'module.outside-course': {
    en: {
      message: "the module '{{file}}' is outside the course folder",
      hint: 'put the file in modules/ and list it as modules/<name>.md',
    },
    nl: {
      message: "de module '{{file}}' staat buiten de cursusmap",
      hint: 'zet het bestand in modules/ en vermeld het als modules/<naam>.md',
    },
  },
  'module.duplicate': {
    en: {
      message: "the module '{{file}}' is listed twice (first on line {{firstLine}})",
      hint: 'list every module once',
    },
    nl: {
      message: "de module '{{file}}' staat twee keer in de lijst (de eerste keer op regel {{firstLine}})",
      hint: 'vermeld elke module maar één keer',
    },
  },
  'module.missing': {
    en: {
      message: "the module file '{{file}}' does not exist",
      hint: "create {{file}} or remove it from 'modules:'",
    },
    nl: {
      message: "het modulebestand '{{file}}' bestaat niet",
      hint: "maak {{file}} aan of haal het weg uit 'modules:'",
    },
  },
  'module.not-markdown': {
    en: {
      message: "the module '{{file}}' is not a Markdown (.md) file",
      hint: 'list the .md file of the module',
    },
    nl: {
      message: "de module '{{file}}' is geen Markdown-bestand (.md)",
      hint: 'vermeld het .md-bestand van de module',
    },
  },
  'module.too-complex': {
    data: ['rule'],
    en: {
      message: 'this module is too large or nested too deeply to read (limit: {{limit}})',
      message_size: 'this module is {{value}} KB; a module may be at most {{limit}} KB',
      message_nesting: 'this line nests lists or quotes more than {{limit}} levels deep',
      message_directives: 'this block is opened inside {{value}} other open blocks; at most {{limit}} may be open at once',
      hint: 'make the module smaller or less deeply nested',
      hint_size: 'split it into several modules',
      hint_nesting: 'write the text with fewer levels of lists and quotes',
      hint_directives: 'close each block with ::: before the next one starts',
    },
    nl: {
      message: 'deze module is te groot of te diep genest om te lezen (grens: {{limit}})',
      message_size: 'deze module is {{value}} KB; een module mag hoogstens {{limit}} KB zijn',
      message_nesting: 'deze regel nest lijstjes of citaten meer dan {{limit}} niveaus diep',
      message_directives: 'dit blok staat binnen {{value}} andere open blokken; er mogen er hoogstens {{limit}} tegelijk open zijn',
      hint: 'maak de module kleiner of minder diep genest',
      hint_size: 'verdeel haar over meerdere modules',
      hint_nesting: 'schrijf de tekst met minder niveaus van lijstjes en citaten',
      hint_directives: 'sluit elk blok af met ::: voor het volgende begint',
    },
  },
  'module.unlisted': {
    en: {
      message: "the module file '{{file}}' is not listed in course.yaml",
      hint: "add it to 'modules:' in course.yaml, or delete it",
    },
    nl: {
      message: "het modulebestand '{{file}}' staat niet in course.yaml",
      hint: "zet het onder 'modules:' in course.yaml, of verwijder het",
    },
  },
  'yaml.syntax': {
    en: {
      message: 'YAML syntax error: this line cannot be read',
      hint: 'check the indentation and the colons on this line and the one above; put a value that contains ": " in quotes, e.g. title: "Hefboom 1: onderzoeken"',
    },
    nl: {
      message: 'YAML-fout: deze regel kan niet gelezen worden',
      hint: 'controleer het inspringen en de dubbelpunten op deze regel en op de regel erboven; bevat een waarde ": ", zet ze dan tussen aanhalingstekens, bv. title: "Hefboom 1: onderzoeken"',
    },
  },
  'yaml.duplicate-key': {
    en: {
      message: 'YAML has a key twice here',
      hint: 'keep one of the two keys',
    },
    nl: {
      message: 'YAML-fout: een sleutel staat hier twee keer',
      hint: 'houd één van de twee sleutels over',
    },
  },
  'yaml.warning': {
    en: {
      message: 'YAML warning on this line',
      hint: 'check this line: it may be read differently from what you meant',
    },
    nl: {
      message: 'YAML-waarschuwing op deze regel',
      hint: 'controleer deze regel: hij wordt misschien anders gelezen dan je bedoelt',
    },
  },
  'schema.unknown-key': {
    en: {
      message: "unknown key '{{key}}'",
      hint: 'check the spelling; valid keys are {{valid}}',
    },
    nl: {
      message: "onbekende sleutel '{{key}}'",
      hint: 'controleer de spelling; geldige sleutels zijn {{valid}}',
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
      hint: 'put an id on its opening line, e.g. {#my-id}',
    },
    nl: {
      message: "het blok '{{name}}' heeft geen id",
      hint: 'zet een id op de openingsregel, bv. {#mijn-id}',
    },
  },
});
