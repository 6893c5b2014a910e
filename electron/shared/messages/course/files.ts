import { defineMessages } from '../define';

/** The course validator's texts (electron/core/course): course.yaml and the module list. */
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
});
