import { defineMessages } from '../define';

/** The course validator's texts (electron/core/course): media files, SVG and files outside the course. */
export const courseMediaMessages = defineMessages({
  'media.type-refused': {
    data: ['ext', 'refused'],
    en: {
      message: "'{{file}}' is not a kind of file a course may hold: only images, sound, video, captions and PDF ({{allowed}}), never pages or code",
      hint: 'convert it to one of these kinds ({{allowed}}), or remove it',
      hint_page: 'convert the page to PDF, or write its text in the module',
      hint_code: 'remove it: course files may not run code',
    },
    nl: {
      message: "'{{file}}' is geen soort bestand dat een cursus mag bevatten: enkel afbeeldingen, geluid, video, ondertitels en pdf ({{allowed}}), nooit pagina's of code",
      hint: 'zet het om naar een van deze soorten ({{allowed}}), of verwijder het',
      hint_page: 'zet de pagina om naar pdf, of schrijf haar tekst in de module',
      hint_code: 'verwijder het: cursusbestanden mogen geen code uitvoeren',
    },
  },
  'media.content-mismatch': {
    data: ['found'],
    en: {
      message: "'{{file}}' has the extension {{ext}}, but its content does not start like a {{ext}} file",
      message_markup: "'{{file}}' has the extension {{ext}}, but its content is markup (HTML, SVG or XML) that a browser could run",
      hint: 'save the file again as a real {{ext}} file (export it from the program that made it)',
    },
    nl: {
      message: "'{{file}}' heeft de extensie {{ext}}, maar de inhoud begint niet zoals een {{ext}}-bestand",
      message_markup: "'{{file}}' heeft de extensie {{ext}}, maar de inhoud is opmaakcode (HTML, SVG of XML) die een browser kan uitvoeren",
      hint: 'bewaar het bestand opnieuw als echt {{ext}}-bestand (exporteer het uit het programma waarmee het gemaakt is)',
    },
  },
  'media.wrong-kind': {
    en: {
      message: "{{what}} '{{url}}' is not a file of that kind and cannot be shown as one",
      message_image: "the image '{{url}}' is not an image and cannot be shown as one",
      message_video: "the video '{{url}}' is not a video or sound file and cannot be shown as one",
      hint: 'use a file of type {{allowed}}, or link the file as [text]({{file}})',
    },
    nl: {
      message: "{{what}} '{{url}}' is geen bestand van die soort en kan niet zo getoond worden",
      message_image: "de afbeelding '{{url}}' is geen afbeelding en kan niet zo getoond worden",
      message_video: "de video '{{url}}' is geen video- of geluidsbestand en kan niet zo getoond worden",
      hint: 'gebruik een bestand van het type {{allowed}}, of link het bestand als [tekst]({{file}})',
    },
  },
  'svg.invalid': {
    en: {
      message: "the SVG image '{{file}}' is not well-formed XML: {{reason}}",
      hint: 'save it again from the drawing program as plain SVG',
    },
    nl: {
      message: "de SVG-afbeelding '{{file}}' is geen geldige XML: {{reason}}",
      hint: 'bewaar haar opnieuw vanuit het tekenprogramma als gewone SVG',
    },
  },
  'svg.script': {
    data: ['rule'],
    en: {
      message: "the SVG image '{{file}}' contains {{name}}, which can run code or load a page",
      hint: 'remove it, or save the drawing as plain SVG or PNG without scripts, links or embedded pages',
    },
    nl: {
      message: "de SVG-afbeelding '{{file}}' bevat {{name}}, dat code kan uitvoeren of een pagina kan laden",
      hint: 'verwijder het, of bewaar de tekening als gewone SVG of PNG zonder scripts, links of ingebedde pagina’s',
    },
  },
  'file.outside-course': {
    en: {
      message: "'{{file}}' is a link to '{{target}}', outside the course folder",
      hint: 'copy the file itself into the course folder instead of linking to it',
    },
    nl: {
      message: "'{{file}}' is een koppeling naar '{{target}}', buiten de cursusmap",
      hint: 'kopieer het bestand zelf in de cursusmap in plaats van ernaar te koppelen',
    },
  },
  'file.dangling-link': {
    en: {
      message: "'{{file}}' is a link to '{{target}}', which does not exist; it is skipped",
      hint: 'remove the link (an editor may have left it behind) or restore its file',
    },
    nl: {
      message: "'{{file}}' is een koppeling naar '{{target}}', dat niet bestaat; ze wordt overgeslagen",
      hint: 'verwijder de koppeling (een editor kan ze achtergelaten hebben) of zet haar bestand terug',
    },
  },
  'file.unreadable': {
    data: ['handling'],
    en: {
      message: "'{{file}}' cannot be read ({{reason}})",
      hint: 'check that the file exists and that this user may read it',
      message_skipped: "'{{file}}' cannot be read ({{reason}}); it is skipped",
    },
    nl: {
      message: "'{{file}}' kan niet gelezen worden ({{reason}})",
      hint: 'controleer of het bestand bestaat en of deze gebruiker het mag lezen',
      message_skipped: "'{{file}}' kan niet gelezen worden ({{reason}}); het wordt overgeslagen",
    },
  },
});
