import type { i18n as I18n } from 'i18next';
import type { ValidationIssue } from '../../../electron/core/contract';
import { nestByCode, templateText, variantValue, type Params, type Translator as TemplateTranslator } from './templates';

/**
 * UI texts for the course validator's issues (electron/core/course), by issue code. Templates
 * interpolate the issue's `params` ({{param}}); a test checks that they use only params the
 * validator fills in for that code, and that every code the validator can emit has a text.
 *
 * Some codes cover several situations. For those, VARIANT_PARAM names the param whose value picks
 * a refined text: `message_<value>` / `hint_<value>` (i18next context). Without a matching variant
 * the plain `message` / `hint` is used, so these must fit every situation of the code.
 */
export interface IssueTemplate {
  message: string;
  hint: string;
  [variant: `message_${string}` | `hint_${string}`]: string;
}

export const VARIANT_PARAM: Readonly<Record<string, string>> = {
  'directive.unknown': 'form',
  'directive.misplaced': 'rule',
  'directive.attribute-invalid': 'rule',
  'schema.invalid': 'rule',
  'question.no-options': 'name',
  'quiz.no-correct-answer': 'name',
  'media.type-refused': 'refused',
  'media.content-mismatch': 'found',
  'media.wrong-kind': 'what',
  'module.too-complex': 'rule',
};

/** Params that hold an English noun for a kind of thing ("section", "checklist statement"); shown via `kinds`. */
const KIND_PARAMS = ['kind', 'firstKind', 'inside', 'what'];

/** Params that hold a comma-separated list; shown as `'a', 'b' of 'c'`. */
const LIST_PARAMS: Readonly<Record<string, 'disjunction' | 'conjunction'>> = {
  valid: 'disjunction',
  allowed: 'disjunction',
  options: 'conjunction',
  others: 'conjunction',
};

export const validationNl = {
  // course.yaml and the module list
  'course.not-found': {
    message: "de cursusmap '{{dir}}' bestaat niet",
    hint: 'controleer het pad van de cursusmap',
  },
  'course.yaml-missing': {
    message: "er staat geen course.yaml in '{{dir}}'",
    hint: 'maak course.yaml aan zoals beschreven in courses/README.md',
  },
  'course.id-folder': {
    message: "de cursus-id '{{id}}' verschilt van de mapnaam '{{folder}}'",
    hint: 'geef de map dezelfde naam als de cursus-id',
  },
  'course.unreadable': {
    message: "de cursusmap '{{dir}}' kan niet gelezen worden ({{reason}})",
    hint: 'controleer of de map en haar bestanden bestaan en of deze gebruiker ze mag lezen',
  },
  'course.duplicate-id': {
    message: "de cursus-id '{{id}}' wordt ook gebruikt door {{others}}; alleen de map met de naam '{{id}}' mag hem gebruiken",
    hint: 'geef elke cursus een eigen id in course.yaml, en haar map dezelfde naam',
  },
  'module.outside-course': {
    message: "de module '{{file}}' staat buiten de cursusmap",
    hint: 'zet het bestand in modules/ en vermeld het als modules/<naam>.md',
  },
  'module.duplicate': {
    message: "de module '{{file}}' staat twee keer in de lijst (de eerste keer op regel {{firstLine}})",
    hint: 'vermeld elke module maar één keer',
  },
  'module.missing': {
    message: "het modulebestand '{{file}}' bestaat niet",
    hint: "maak {{file}} aan of haal het weg uit 'modules:'",
  },
  'module.not-markdown': {
    message: "de module '{{file}}' is geen Markdown-bestand (.md)",
    hint: 'vermeld het .md-bestand van de module',
  },
  'module.too-complex': {
    message: 'deze module is te groot of te diep genest om te lezen (grens: {{limit}})',
    message_size: 'deze module is {{value}} KB; een module mag hoogstens {{limit}} KB zijn',
    message_nesting: 'deze regel nest lijstjes of citaten meer dan {{limit}} niveaus diep',
    message_directives: 'dit blok staat binnen {{value}} andere open blokken; er mogen er hoogstens {{limit}} tegelijk open zijn',
    hint: 'maak de module kleiner of minder diep genest',
    hint_size: 'verdeel haar over meerdere modules',
    hint_nesting: 'schrijf de tekst met minder niveaus van lijstjes en citaten',
    hint_directives: 'sluit elk blok af met ::: voor het volgende begint',
  },
  'module.unlisted': {
    message: "het modulebestand '{{file}}' staat niet in course.yaml",
    hint: "zet het onder 'modules:' in course.yaml, of verwijder het",
  },

  // YAML: course.yaml and front matter
  'yaml.syntax': {
    message: 'YAML-fout: deze regel kan niet gelezen worden',
    hint: 'controleer het inspringen en de dubbelpunten op deze regel en op de regel erboven; bevat een waarde ": ", zet ze dan tussen aanhalingstekens, bv. title: "Hefboom 1: onderzoeken"',
  },
  'yaml.duplicate-key': {
    message: 'YAML-fout: een sleutel staat hier twee keer',
    hint: 'houd één van de twee sleutels over',
  },
  'yaml.warning': {
    message: 'YAML-waarschuwing op deze regel',
    hint: 'controleer deze regel: hij wordt misschien anders gelezen dan je bedoelt',
  },
  'schema.unknown-key': {
    message: "onbekende sleutel '{{key}}'",
    hint: 'controleer de spelling; geldige sleutels zijn {{valid}}',
  },
  'schema.missing-key': {
    message: '{{path}} ontbreekt',
    hint: "voeg de sleutel '{{key}}' toe",
  },
  'schema.invalid': {
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
  'frontmatter.missing': {
    message: 'de module begint niet met front matter',
    hint: 'begin het bestand met een blok tussen twee regels --- met daarin id, title, levers, minutes en goals',
  },
  'lever.unknown': {
    message: "'{{lever}}' is geen hefboom uit het kader in course.yaml",
    hint: 'gebruik {{valid}}',
  },

  // ids
  'id.format': {
    message: "'{{id}}' is geen geldige id",
    hint: "gebruik kleine letters, cijfers en koppeltekens, begin met een letter en blijf onder 65 tekens, bv. '{{suggestion}}'",
  },
  'id.duplicate': {
    message: "de id '{{id}}' van {{kind}} is al in gebruik door {{firstKind}} in {{firstFile}}, regel {{firstLine}}",
    hint: '{{kind}} heeft een eigen id nodig: elke id komt maar één keer voor in de hele cursus',
  },
  'id.missing': {
    message: "het blok '{{name}}' heeft geen id",
    hint: 'zet een id op de openingsregel, bv. {#mijn-id}',
  },

  // directives (blocks)
  'directive.unknown': {
    message: "onbekend blok '{{written}}'",
    hint: 'toegelaten blokken hier: {{valid}}',
    message_text: "'{{written}}' in de tekst wordt gelezen als een blok, maar dat blok bestaat niet",
    hint_text: 'bedoel je een gewone dubbelpunt gevolgd door tekst? Zet dan een spatie na de dubbelpunt, of schrijf \\:',
  },
  'directive.form': {
    message: "'{{written}}' is niet de juiste schrijfwijze voor '{{name}}'",
    hint: 'schrijf {{example}}',
  },
  'directive.misplaced': {
    message: "het blok '{{name}}' mag hier niet staan",
    hint: 'kijk in courses/README.md waar dit blok hoort',
    'message_outside-quiz': "de vraag '{{name}}' staat niet in een toets",
    'hint_outside-quiz': 'zet vragen binnen een ::::quiz-blok',
    'message_inside-quiz': "het blok '{{name}}' mag niet in een toets staan",
    'hint_inside-quiz': 'een toets bevat alleen vragen: zet dit blok vóór of na de toets',
    message_nested: "het blok '{{name}}' mag niet binnen {{inside}} staan",
    hint_nested: 'sluit {{inside}} eerst af met een regel ::: vóór deze regel',
  },
  'directive.attribute-unknown': {
    message: "onbekend attribuut '{{attribute}}' bij het blok '{{name}}'",
    hint: 'geldige attributen: {{valid}}',
  },
  'directive.attribute-missing': {
    message: "het blok '{{name}}' mist het attribuut '{{attribute}}'",
    hint: 'voeg {{attribute}}="…" toe op de openingsregel',
  },
  'directive.attribute-invalid': {
    message: "het attribuut '{{attribute}}' heeft geen geldige waarde",
    hint: 'kijk in courses/README.md hoe je het schrijft',
    message_range: "'{{attribute}}' moet een geheel getal van {{min}} tot {{max}} zijn, niet '{{value}}'",
    hint_range: 'schrijf bijvoorbeeld {{attribute}}={{example}}',
    'message_no-value': "'{{attribute}}' krijgt geen waarde (er staat {{attribute}}=\"{{value}}\")",
    'hint_no-value': 'schrijf alleen {{attribute}}, zonder = en waarde, of laat het weg',
    message_empty: "het attribuut '{{attribute}}' is leeg",
    hint_empty: 'vul een waarde in tussen de aanhalingstekens: {{attribute}}="…"',
    'message_one-of': "'{{value}}' is geen geldige waarde voor '{{attribute}}'",
    'hint_one-of': 'kies {{allowed}}',
  },
  'directive.label-unexpected': {
    message: "het blok '{{name}}' krijgt geen [titel]",
    hint: 'haal de tekst tussen [ ] weg; een toets, video of kijkwijzer krijgt zijn titel met title="…"',
  },

  // sections and content
  'section.before-first': {
    message: 'er staat inhoud vóór de eerste sectie',
    hint: 'begin de inhoud van de module met een regel ::section[Titel]{#id}, of zet deze tekst in een sectie',
  },
  'section.no-title': {
    message: 'deze sectie heeft geen titel',
    hint: 'zet de titel tussen vierkante haken: ::section[Titel]{#id}',
  },
  'section.empty': {
    message: "sectie '{{section}}' is leeg",
    hint: 'schrijf inhoud onder de regel ::section, of verwijder de sectie',
  },
  'html.dropped': {
    message: "de HTML-code '{{html}}' wordt niet getoond aan lerenden",
    hint: 'schrijf het in Markdown (**vet**, *cursief*, lijstjes, links) of als blok',
  },
  'image.no-alt': {
    message: "de afbeelding '{{url}}' heeft geen alternatieve tekst",
    hint: 'beschrijf tussen de vierkante haken wat er op de afbeelding te zien is: ![wat je ziet](media/…)',
  },
  'link.external': {
    message: "{{what}} '{{url}}' is geen bestand in de cursus",
    hint: 'zet het bestand in media/ en schrijf media/<naam>; lerenden zijn misschien offline',
  },
  'link.protocol': {
    message: "{{what}} '{{url}}' gebruikt een soort adres dat niet toegelaten is",
    hint: 'gebruik een https://-adres of een bestand in media/',
  },
  'link.outside-course': {
    message: "{{what}} '{{url}}' verwijst naar een plaats buiten de cursusmap",
    hint: 'schrijf het pad vanaf de cursusmap, bv. media/{{fileName}}',
  },
  'link.broken': {
    message: "{{what}} '{{url}}' verwijst naar een bestand dat niet bestaat",
    hint: "controleer de bestandsnaam '{{path}}', ook hoofdletters en extensie",
  },
  // Course files: content, never code (media allow-list, symlinks)
  'media.type-refused': {
    message: "'{{file}}' is geen soort bestand dat een cursus mag bevatten: enkel afbeeldingen, geluid, video, ondertitels en pdf ({{allowed}}), nooit pagina's of code",
    hint: 'zet het om naar een van deze soorten ({{allowed}}), of verwijder het',
    hint_page: 'zet de pagina om naar pdf, of schrijf haar tekst in de module',
    hint_code: 'verwijder het: cursusbestanden mogen geen code uitvoeren',
  },
  'media.content-mismatch': {
    message: "'{{file}}' heeft de extensie {{ext}}, maar de inhoud begint niet zoals een {{ext}}-bestand",
    message_markup: "'{{file}}' heeft de extensie {{ext}}, maar de inhoud is opmaakcode (HTML, SVG of XML) die een browser kan uitvoeren",
    hint: 'bewaar het bestand opnieuw als echt {{ext}}-bestand (exporteer het uit het programma waarmee het gemaakt is)',
  },
  'media.wrong-kind': {
    message: "{{what}} '{{url}}' is geen bestand van die soort en kan niet zo getoond worden",
    message_image: "de afbeelding '{{url}}' is geen afbeelding en kan niet zo getoond worden",
    message_video: "de video '{{url}}' is geen video- of geluidsbestand en kan niet zo getoond worden",
    hint: 'gebruik een bestand van het type {{allowed}}, of link het bestand als [tekst]({{file}})',
  },
  'svg.invalid': {
    message: "de SVG-afbeelding '{{file}}' is geen geldige XML: {{reason}}",
    hint: 'bewaar haar opnieuw vanuit het tekenprogramma als gewone SVG',
  },
  'svg.script': {
    message: "de SVG-afbeelding '{{file}}' bevat {{name}}, dat code kan uitvoeren of een pagina kan laden",
    hint: 'verwijder het, of bewaar de tekening als gewone SVG of PNG zonder scripts, links of ingebedde pagina’s',
  },
  'file.outside-course': {
    message: "'{{file}}' is een koppeling naar '{{target}}', buiten de cursusmap",
    hint: 'kopieer het bestand zelf in de cursusmap in plaats van ernaar te koppelen',
  },
  'file.dangling-link': {
    message: "'{{file}}' is een koppeling naar '{{target}}', dat niet bestaat; ze wordt overgeslagen",
    hint: 'verwijder de koppeling (een editor kan ze achtergelaten hebben) of zet haar bestand terug',
  },
  'file.unreadable': {
    message: "'{{file}}' kan niet gelezen worden ({{reason}})",
    hint: 'controleer of het bestand bestaat en of deze gebruiker het mag lezen',
  },
  'quote.empty': {
    message: 'dit citaat heeft geen tekst',
    hint: 'schrijf de geciteerde woorden tussen de regel :::quote en de afsluitende :::',
  },
  'callout.empty': {
    message: 'dit kader heeft geen tekst',
    hint: 'schrijf de tekst tussen de regel :::callout en de afsluitende :::',
  },
  'video.no-transcript': {
    message: "de video '{{src}}' heeft geen uitgeschreven tekst",
    hint: 'schrijf tussen de regel :::video en de afsluitende ::: alles wat er gezegd en getoond wordt, voor wie de video niet kan horen of zien',
  },

  // quizzes and questions
  'quiz.too-many': {
    message: 'deze module heeft een tweede toets (de eerste begint op regel {{firstLine}})',
    hint: 'houd het bij één toets per module: zet deze vragen in de eerste toets',
  },
  'quiz.unexpected-content': {
    message: "toets '{{quiz}}' bevat tekst buiten de vragen",
    hint: 'zet die tekst in een vraag (:::single … :::) of vóór de regel ::::quiz',
  },
  'quiz.no-questions': {
    message: "toets '{{quiz}}' heeft geen vragen",
    hint: 'zet vragen zoals :::single{#q-…} … ::: tussen ::::quiz en ::::',
  },
  'quiz.no-correct-answer': {
    message: "vraag '{{question}}' van toets '{{quiz}}' heeft geen juist antwoord",
    hint: 'markeer de juiste optie(s) met [x]',
    hint_single: 'markeer één optie met [x]',
    hint_multiple: 'markeer de juiste opties met [x]',
  },
  'quiz.single-multiple-correct': {
    message: "vraag '{{question}}' is een :::single-vraag maar heeft {{count}} juiste antwoorden",
    hint: 'markeer precies één optie met [x], of maak er een :::multiple-vraag van',
  },
  'question.no-prompt': {
    message: "vraag '{{question}}' heeft geen vraagtekst",
    hint: 'schrijf de vraag op de regel na de openingsregel',
  },
  'question.no-options': {
    message: "vraag '{{question}}' heeft geen antwoorden",
    hint: 'schrijf de antwoorden als lijst onder de vraag',
    hint_single: 'schrijf de opties als regels "- [ ] …" en markeer het juiste antwoord met "- [x] …"',
    hint_multiple: 'schrijf de opties als regels "- [ ] …" en markeer de juiste antwoorden met "- [x] …"',
    message_matching: "koppelvraag '{{question}}' heeft geen paren",
    hint_matching: 'schrijf één paar per regel: "- links -> rechts"',
    message_ordering: "volgordevraag '{{question}}' heeft geen items",
    hint_ordering: 'schrijf de items als genummerde lijst in de juiste volgorde: "1. …"',
  },
  'question.unexpected-content': {
    message: "vraag '{{question}}' heeft na de lijst tekst die geen feedback is",
    hint: 'begin feedbackregels met "> "; zet de vraagtekst boven de lijst',
  },
  'question.option-unmarked': {
    message: "optie {{option}} van vraag '{{question}}' is niet als juist of fout gemarkeerd",
    hint: 'begin de optie met "- [ ] " (fout) of "- [x] " (juist)',
  },
  'question.too-few-options': {
    message: "vraag '{{question}}' heeft te weinig opties ({{count}})",
    hint: 'geef minstens twee opties',
  },
  'question.too-many-options': {
    message: "vraag '{{question}}' heeft {{count}} opties",
    hint: 'beperk je tot hoogstens 26 opties',
  },
  'question.no-feedback': {
    message: "vraag '{{question}}' van toets '{{quiz}}' mist feedback",
    hint: 'zet na de antwoorden een regel "> …" die het juiste antwoord uitlegt; bij een keuzevraag mag ook een regel "> …" onder elke optie',
  },
  'matching.unequal': {
    message: "paar {{pair}} van koppelvraag '{{question}}' is niet goed geschreven",
    hint: 'schrijf precies één \'->\' met tekst aan beide kanten: "- links -> rechts"',
  },
  'matching.too-few': {
    message: "koppelvraag '{{question}}' heeft te weinig paren ({{count}})",
    hint: 'geef minstens twee paren',
  },
  'matching.too-many': {
    message: "koppelvraag '{{question}}' heeft {{count}} paren",
    hint: 'beperk je tot hoogstens {{max}} paren',
  },
  'ordering.not-numbered': {
    message: "de items van volgordevraag '{{question}}' zijn niet genummerd",
    hint: 'schrijf ze als genummerde lijst in de juiste volgorde: "1. …", "2. …"',
  },
  'ordering.too-few': {
    message: "volgordevraag '{{question}}' heeft te weinig items ({{count}})",
    hint: 'geef minstens twee items om te ordenen',
  },
  'ordering.too-many': {
    message: "volgordevraag '{{question}}' heeft {{count}} items",
    hint: 'beperk je tot hoogstens {{max}} items',
  },

  // reflections and checklists
  'reflection.empty': {
    message: "reflectie '{{reflection}}' heeft geen opdracht",
    hint: "schrijf de opdracht als een of meer alinea's in het blok; een lijstje eronder geeft hulpvragen",
  },
  'reflection.length': {
    message: "reflectie '{{reflection}}' vraagt minstens {{min}} maar hoogstens {{max}} tekens",
    hint: 'maak min kleiner dan max',
  },
  'checklist.empty': {
    message: "kijkwijzer '{{checklist}}' heeft geen uitspraken",
    hint: 'schrijf de uitspraken als lijst: "- Uitspraak. {#k-…}"',
  },
  'checklist.unexpected-content': {
    message: "kijkwijzer '{{checklist}}' heeft tekst na de lijst met uitspraken",
    hint: 'zet de inleiding boven de lijst, of sluit de kijkwijzer eerst af met :::',
  },
  'checklist.scale': {
    message: "de schaal van kijkwijzer '{{checklist}}' moet {{min}} tot {{max}} niet-lege labels hebben (er staat '{{scale}}')",
    hint: 'scheid de labels met |, bv. scale="Nog niet|Soms|Vaak|Altijd"',
  },
  'checklist.item-id-missing': {
    message: "uitspraak {{item}} van kijkwijzer '{{checklist}}' heeft geen id",
    hint: 'sluit de uitspraak af met haar id, bv. {#{{checklist}}-{{item}}}',
  },
} satisfies Record<string, IssueTemplate>;

export type IssueCode = keyof typeof validationNl;

export const validationEn: Record<IssueCode, IssueTemplate> = {
  'course.not-found': {
    message: "the course folder '{{dir}}' does not exist",
    hint: 'check the path of the course folder',
  },
  'course.yaml-missing': {
    message: "there is no course.yaml in '{{dir}}'",
    hint: 'create course.yaml as described in courses/README.md',
  },
  'course.id-folder': {
    message: "the course id '{{id}}' differs from its folder name '{{folder}}'",
    hint: 'give the folder the same name as the course id',
  },
  'course.unreadable': {
    message: "the course folder '{{dir}}' cannot be read ({{reason}})",
    hint: 'check that the folder and its files exist and that this user may read them',
  },
  'course.duplicate-id': {
    message: "the course id '{{id}}' is also used by {{others}}; only the folder named '{{id}}' may use it",
    hint: 'give every course its own id in course.yaml, and its folder the same name',
  },
  'module.outside-course': {
    message: "the module '{{file}}' is outside the course folder",
    hint: 'put the file in modules/ and list it as modules/<name>.md',
  },
  'module.duplicate': {
    message: "the module '{{file}}' is listed twice (first on line {{firstLine}})",
    hint: 'list every module once',
  },
  'module.missing': {
    message: "the module file '{{file}}' does not exist",
    hint: "create {{file}} or remove it from 'modules:'",
  },
  'module.not-markdown': {
    message: "the module '{{file}}' is not a Markdown (.md) file",
    hint: 'list the .md file of the module',
  },
  'module.too-complex': {
    message: 'this module is too large or nested too deeply to read (limit: {{limit}})',
    message_size: 'this module is {{value}} KB; a module may be at most {{limit}} KB',
    message_nesting: 'this line nests lists or quotes more than {{limit}} levels deep',
    message_directives: 'this block is opened inside {{value}} other open blocks; at most {{limit}} may be open at once',
    hint: 'make the module smaller or less deeply nested',
    hint_size: 'split it into several modules',
    hint_nesting: 'write the text with fewer levels of lists and quotes',
    hint_directives: 'close each block with ::: before the next one starts',
  },
  'module.unlisted': {
    message: "the module file '{{file}}' is not listed in course.yaml",
    hint: "add it to 'modules:' in course.yaml, or delete it",
  },
  'yaml.syntax': {
    message: 'YAML syntax error: this line cannot be read',
    hint: 'check the indentation and the colons on this line and the one above; put a value that contains ": " in quotes, e.g. title: "Hefboom 1: onderzoeken"',
  },
  'yaml.duplicate-key': {
    message: 'YAML has a key twice here',
    hint: 'keep one of the two keys',
  },
  'yaml.warning': {
    message: 'YAML warning on this line',
    hint: 'check this line: it may be read differently from what you meant',
  },
  'schema.unknown-key': {
    message: "unknown key '{{key}}'",
    hint: 'check the spelling; valid keys are {{valid}}',
  },
  'schema.missing-key': {
    message: '{{path}} is missing',
    hint: "add the key '{{key}}'",
  },
  'schema.invalid': {
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
  'frontmatter.missing': {
    message: 'the module does not start with front matter',
    hint: 'start the file with a block between two --- lines holding id, title, levers, minutes and goals',
  },
  'lever.unknown': {
    message: "'{{lever}}' is not a lever in the framework of course.yaml",
    hint: 'use {{valid}}',
  },
  'id.format': {
    message: "'{{id}}' is not a valid id",
    hint: "use lowercase letters, digits and hyphens, start with a letter, at most 64 characters, e.g. '{{suggestion}}'",
  },
  'id.duplicate': {
    message: "the id '{{id}}' of {{kind}} is already used by {{firstKind}} in {{firstFile}}, line {{firstLine}}",
    hint: '{{kind}} needs an id of its own: ids must be unique in the whole course',
  },
  'id.missing': {
    message: "the block '{{name}}' has no id",
    hint: 'put an id on its opening line, e.g. {#my-id}',
  },
  'directive.unknown': {
    message: "unknown directive '{{written}}'",
    hint: 'valid here: {{valid}}',
    message_text: "'{{written}}' in the text is read as a directive, but there is no such directive",
    hint_text: 'for a colon followed by text, write a space after the colon or \\:',
  },
  'directive.form': {
    message: "'{{written}}' is not how '{{name}}' is written",
    hint: 'write {{example}}',
  },
  'directive.misplaced': {
    message: "the block '{{name}}' cannot stand here",
    hint: 'see courses/README.md for where this block belongs',
    'message_outside-quiz': "the question '{{name}}' is not inside a quiz",
    'hint_outside-quiz': 'put questions inside a ::::quiz block',
    'message_inside-quiz': "the block '{{name}}' cannot stand inside a quiz",
    'hint_inside-quiz': 'a quiz holds only questions: move this block before or after the quiz',
    message_nested: "the block '{{name}}' cannot stand inside {{inside}}",
    hint_nested: 'close {{inside}} with its ::: line before this line',
  },
  'directive.attribute-unknown': {
    message: "unknown attribute '{{attribute}}' on the block '{{name}}'",
    hint: 'valid attributes: {{valid}}',
  },
  'directive.attribute-missing': {
    message: "the block '{{name}}' has no '{{attribute}}' attribute",
    hint: 'add {{attribute}}="…" to its opening line',
  },
  'directive.attribute-invalid': {
    message: "the attribute '{{attribute}}' has an invalid value",
    hint: 'see courses/README.md for how to write it',
    message_range: "'{{attribute}}' must be a whole number from {{min}} to {{max}}, not '{{value}}'",
    hint_range: 'write for example {{attribute}}={{example}}',
    'message_no-value': "'{{attribute}}' takes no value (found {{attribute}}=\"{{value}}\")",
    'hint_no-value': 'write {{attribute}} on its own, without = and a value, or leave it out',
    message_empty: "the attribute '{{attribute}}' is empty",
    hint_empty: 'fill in a value between the quotes: {{attribute}}="…"',
    'message_one-of': "'{{value}}' is not a valid value for '{{attribute}}'",
    'hint_one-of': 'write {{allowed}}',
  },
  'directive.label-unexpected': {
    message: "the block '{{name}}' takes no [title]",
    hint: 'remove the text between [ ]; a quiz, video or checklist gets its title with title="…"',
  },
  'section.before-first': {
    message: 'there is content before the first section',
    hint: 'start the module body with a line ::section[Title]{#id}, or move this text into a section',
  },
  'section.no-title': {
    message: 'this section has no title',
    hint: 'put the title between square brackets: ::section[Title]{#id}',
  },
  'section.empty': {
    message: "section '{{section}}' is empty",
    hint: 'write content under the ::section line, or remove the section',
  },
  'html.dropped': {
    message: "raw HTML '{{html}}' is not shown to learners",
    hint: 'write it in Markdown (**bold**, *italic*, lists, links) or as a directive',
  },
  'image.no-alt': {
    message: "the image '{{url}}' has no alternative text",
    hint: 'describe what the image shows between the brackets: ![what you see](media/…)',
  },
  'link.external': {
    message: "{{what}} '{{url}}' is not a file in the course",
    hint: 'put the file in media/ and write media/<name>; learners may be offline',
  },
  'link.protocol': {
    message: "{{what}} '{{url}}' uses a kind of address that is not allowed",
    hint: 'use an https:// address or a file in media/',
  },
  'link.outside-course': {
    message: "{{what}} '{{url}}' points outside the course folder",
    hint: 'write the path from the course folder, e.g. media/{{fileName}}',
  },
  'link.broken': {
    message: "{{what}} '{{url}}' points to a file that does not exist",
    hint: "check the file name '{{path}}', including capitals and extension",
  },
  // Course files: content, never code (media allow-list, symlinks)
  'media.type-refused': {
    message: "'{{file}}' is not a kind of file a course may hold: only images, sound, video, captions and PDF ({{allowed}}), never pages or code",
    hint: 'convert it to one of these kinds ({{allowed}}), or remove it',
    hint_page: 'convert the page to PDF, or write its text in the module',
    hint_code: 'remove it: course files may not run code',
  },
  'media.content-mismatch': {
    message: "'{{file}}' has the extension {{ext}}, but its content does not start like a {{ext}} file",
    message_markup: "'{{file}}' has the extension {{ext}}, but its content is markup (HTML, SVG or XML) that a browser could run",
    hint: 'save the file again as a real {{ext}} file (export it from the program that made it)',
  },
  'media.wrong-kind': {
    message: "{{what}} '{{url}}' is not a file of that kind and cannot be shown as one",
    message_image: "the image '{{url}}' is not an image and cannot be shown as one",
    message_video: "the video '{{url}}' is not a video or sound file and cannot be shown as one",
    hint: 'use a file of type {{allowed}}, or link the file as [text]({{file}})',
  },
  'svg.invalid': {
    message: "the SVG image '{{file}}' is not well-formed XML: {{reason}}",
    hint: 'save it again from the drawing program as plain SVG',
  },
  'svg.script': {
    message: "the SVG image '{{file}}' contains {{name}}, which can run code or load a page",
    hint: 'remove it, or save the drawing as plain SVG or PNG without scripts, links or embedded pages',
  },
  'file.outside-course': {
    message: "'{{file}}' is a link to '{{target}}', outside the course folder",
    hint: 'copy the file itself into the course folder instead of linking to it',
  },
  'file.dangling-link': {
    message: "'{{file}}' is a link to '{{target}}', which does not exist; it is skipped",
    hint: 'remove the link (an editor may have left it behind) or restore its file',
  },
  'file.unreadable': {
    message: "'{{file}}' cannot be read ({{reason}})",
    hint: 'check that the file exists and that this user may read it',
  },
  'quote.empty': {
    message: 'this quote has no text',
    hint: 'write the quoted words between the :::quote line and the closing :::',
  },
  'callout.empty': {
    message: 'this callout has no text',
    hint: 'write the text between the :::callout line and the closing :::',
  },
  'video.no-transcript': {
    message: "the video '{{src}}' has no transcript",
    hint: 'write everything that is said and shown between the :::video line and the closing :::, for learners who cannot hear or see it',
  },
  'quiz.too-many': {
    message: 'this module has a second quiz (the first starts at line {{firstLine}})',
    hint: 'keep one quiz per module: move these questions into the first quiz',
  },
  'quiz.unexpected-content': {
    message: "quiz '{{quiz}}' holds text outside its questions",
    hint: 'put it inside a question (:::single … :::) or before the ::::quiz line',
  },
  'quiz.no-questions': {
    message: "quiz '{{quiz}}' has no questions",
    hint: 'add questions such as :::single{#q-…} … ::: between ::::quiz and ::::',
  },
  'quiz.no-correct-answer': {
    message: "question '{{question}}' of quiz '{{quiz}}' has no correct answer",
    hint: 'mark the right option(s) with [x]',
    hint_single: 'mark one option with [x]',
    hint_multiple: 'mark the right options with [x]',
  },
  'quiz.single-multiple-correct': {
    message: "single-choice question '{{question}}' has {{count}} correct answers",
    hint: 'mark exactly one option with [x], or make it a :::multiple question',
  },
  'question.no-prompt': {
    message: "question '{{question}}' has no question text",
    hint: 'write the question on the line after the opening line',
  },
  'question.no-options': {
    message: "question '{{question}}' has no options",
    hint: 'write the answers as a list below the question',
    hint_single: 'write the options as "- [ ] …" lines and mark the right one "- [x] …"',
    hint_multiple: 'write the options as "- [ ] …" lines and mark the right ones "- [x] …"',
    message_matching: "question '{{question}}' has no pairs",
    hint_matching: 'write one pair per line: "- left -> right"',
    message_ordering: "question '{{question}}' has no items",
    hint_ordering: 'write the items as a numbered list in the right order: "1. …"',
  },
  'question.unexpected-content': {
    message: "question '{{question}}' has text after its list that is not feedback",
    hint: 'start feedback lines with "> "; put the question text above the list',
  },
  'question.option-unmarked': {
    message: "option {{option}} of question '{{question}}' is not marked right or wrong",
    hint: 'start the option with "- [ ] " (wrong) or "- [x] " (right)',
  },
  'question.too-few-options': {
    message: "question '{{question}}' has too few options ({{count}})",
    hint: 'give at least two options',
  },
  'question.too-many-options': {
    message: "question '{{question}}' has {{count}} options",
    hint: 'keep it to 26 options or fewer',
  },
  'question.no-feedback': {
    message: "question '{{question}}' of quiz '{{quiz}}' lacks feedback",
    hint: 'add a "> …" line after the answers that explains the right answer; a choice question may instead have a "> …" line under every option',
  },
  'matching.unequal': {
    message: "pair {{pair}} of matching question '{{question}}' is not written correctly",
    hint: 'write exactly one \'->\' with text on both sides: "- left -> right"',
  },
  'matching.too-few': {
    message: "matching question '{{question}}' has too few pairs ({{count}})",
    hint: 'give at least two pairs',
  },
  'matching.too-many': {
    message: "matching question '{{question}}' has {{count}} pairs",
    hint: 'keep it to {{max}} pairs or fewer',
  },
  'ordering.not-numbered': {
    message: "the items of ordering question '{{question}}' are not numbered",
    hint: 'write them as a numbered list in the right order: "1. …", "2. …"',
  },
  'ordering.too-few': {
    message: "ordering question '{{question}}' has too few items ({{count}})",
    hint: 'give at least two items to put in order',
  },
  'ordering.too-many': {
    message: "ordering question '{{question}}' has {{count}} items",
    hint: 'keep it to {{max}} items or fewer',
  },
  'reflection.empty': {
    message: "reflection '{{reflection}}' has no assignment",
    hint: 'write the assignment as one or more paragraphs inside the block; a list below it gives guiding questions',
  },
  'reflection.length': {
    message: "reflection '{{reflection}}' asks for at least {{min}} but at most {{max}} characters",
    hint: 'make min smaller than max',
  },
  'checklist.empty': {
    message: "checklist '{{checklist}}' has no statements",
    hint: 'write the statements as a list: "- Statement. {#k-…}"',
  },
  'checklist.unexpected-content': {
    message: "checklist '{{checklist}}' has text after its list of statements",
    hint: 'put the introduction above the list, or close the checklist with ::: first',
  },
  'checklist.scale': {
    message: "the scale of checklist '{{checklist}}' must have {{min}} to {{max}} non-empty labels (found '{{scale}}')",
    hint: 'separate the labels with |, e.g. scale="Nog niet|Soms|Vaak|Altijd"',
  },
  'checklist.item-id-missing': {
    message: "statement {{item}} of checklist '{{checklist}}' has no id",
    hint: 'end the statement with its id, e.g. {#{{checklist}}-{{item}}}',
  },
};

/** The things `kind`, `firstKind`, `inside` and `what` name, with their article, as they read inside a sentence. */
export const kindsNl = {
  theme: 'het kernthema',
  lever: 'de hefboom',
  umbrella: 'het overkoepelende kader',
  module: 'de module',
  section: 'de sectie',
  quote: 'het citaat',
  callout: 'het kader',
  video: 'de video',
  image: 'de afbeelding',
  link: 'de link',
  quiz: 'de toets',
  question: 'de vraag',
  reflection: 'de reflectie',
  checklist: 'de kijkwijzer',
  'checklist statement': 'de uitspraak',
} satisfies Record<string, string>;

export const kindsEn: Record<keyof typeof kindsNl, string> = {
  theme: 'the theme',
  lever: 'the lever',
  umbrella: 'the umbrella',
  module: 'the module',
  section: 'the section',
  quote: 'the quote',
  callout: 'the callout',
  video: 'the video',
  image: 'the image',
  link: 'the link',
  quiz: 'the quiz',
  question: 'the question',
  reflection: 'the reflection',
  checklist: 'the checklist',
  'checklist statement': 'the checklist statement',
};

/**
 * The i18next resource under `validation`: codes are dotted (`quiz.no-correct-answer`), so they
 * nest like any other key (`validation.quiz.no-correct-answer.message`).
 */
export function validationResource(templates: Record<string, IssueTemplate>, kinds: Record<string, string>) {
  const tree: Record<string, Record<string, unknown>> = { kinds };
  return nestByCode(templates, tree);
}

/** The param value that picks a variant of the issue's text, if its code has variants. */
export function variantOf(issue: Pick<ValidationIssue, 'code' | 'params'>): string | undefined {
  return variantValue(VARIANT_PARAM[issue.code], issue.params);
}

type Translator = TemplateTranslator & Pick<I18n, 'language'>;

/** Params as they read in the UI language: kind nouns translated, lists quoted and joined. */
function displayParams(i18n: Translator, params: Params): Params {
  const out: Params = {};
  for (const [name, value] of Object.entries(params)) {
    const list = LIST_PARAMS[name];
    if (KIND_PARAMS.includes(name) && i18n.exists(`validation.kinds.${value}`)) out[name] = i18n.t(`validation.kinds.${value}`);
    else if (list && typeof value === 'string' && value !== '') {
      const items = value.split(',').map((v) => `'${v}'`);
      out[name] = new Intl.ListFormat(i18n.language, { type: list }).format(items);
    } else out[name] = value;
  }
  return out;
}

/**
 * An issue's message and hint in the UI language. Falls back to the validator's own (English)
 * message and hint when there is no text for the code, e.g. a code from a newer core.
 */
export function issueText(i18n: Translator, issue: ValidationIssue): { message: string; hint?: string } {
  const own = { message: issue.message, hint: issue.hint };
  return templateText(i18n, `validation.${issue.code}`, own, displayParams(i18n, issue.params ?? {}), variantOf(issue));
}
