import { definePreflightMessages } from './define';

/**
 * The package preflight's texts about the files the manifest names (electron/core/scorm/preflight/rules-files.ts).
 * `_foreign` variants: a package Leerpad did not make, held only to what breaks in an LMS.
 */
export const preflightFileMessages = definePreflightMessages({
  'files.href-missing': {
    en: {
      message: `The resource '{{resource}}' launches '{{href}}', which is not in the zip: the student gets a "not found" page.`,
      hint: 'Export the package again; if you edited the zip yourself, put the file back or correct the href.',
    },
    nl: {
      message: "De resource '{{resource}}' start '{{href}}', maar dat bestand zit niet in de zip: de student krijgt een pagina 'niet gevonden'.",
      hint: 'Exporteer het pakket opnieuw; heb je de zip zelf aangepast, zet het bestand dan terug of verbeter de href.',
    },
  },
  'files.file-missing': {
    en: {
      message: "The resource '{{resource}}' lists '{{href}}', which is not in the zip.",
      hint: 'Export the package again; if you edited the zip yourself, put the file back or remove the <file> entry.',
      message_foreign: "The resource '{{resource}}' lists '{{href}}', which is not in the zip: Moodle does not check the list; a page that loads the file shows it missing.",
      hint_foreign: 'Nothing to do if the package plays well; otherwise ask its maker for a complete export.',
    },
    nl: {
      message: "De resource '{{resource}}' vermeldt '{{href}}', maar dat bestand zit niet in de zip.",
      hint: 'Exporteer het pakket opnieuw; heb je de zip zelf aangepast, zet het bestand dan terug of haal de regel <file> weg.',
      message_foreign: "De resource '{{resource}}' vermeldt '{{href}}', maar dat bestand zit niet in de zip: Moodle controleert de lijst niet; een pagina die het bestand laadt, mist het.",
      hint_foreign: 'Niets te doen als het pakket goed speelt; vraag anders de maker om een volledige export.',
    },
    data: ['maker'],
  },
  'files.dependency-missing': {
    en: {
      message: "The resource '{{resource}}' depends on '{{dependency}}', which the manifest does not have: the player's shared files are listed nowhere.",
      hint: "Add the resource '{{dependency}}' or remove the <dependency>.",
      message_foreign: "The resource '{{resource}}' depends on '{{dependency}}', which the manifest does not have: Moodle ignores dependencies, but an LMS that validates the manifest refuses it.",
      hint_foreign: 'Nothing to do if the package plays in your LMS; otherwise ask its maker to correct the manifest.',
    },
    nl: {
      message:
        "De resource '{{resource}}' hangt af van '{{dependency}}', maar die staat niet in het manifest: de gedeelde bestanden van de speler zijn nergens vermeld.",
      hint: "Voeg de resource '{{dependency}}' toe of haal de <dependency> weg.",
      message_foreign: "De resource '{{resource}}' hangt af van '{{dependency}}', maar die staat niet in het manifest: Moodle negeert afhankelijkheden, maar een LMS dat het manifest valideert, weigert het.",
      hint_foreign: 'Niets te doen als het pakket in je LMS speelt; vraag anders de maker om het manifest te verbeteren.',
    },
    data: ['maker'],
  },
  'files.unlisted': {
    en: {
      message: "'{{file}}' is in the folder of the SCO '{{resource}}' but not listed in its <resource>.",
      hint: `List it as <file href="{{file}}"/> in '{{resource}}' (a Leerpad export lists every file), or remove it from the zip.`,
      message_foreign: "'{{file}}' is in the folder of the SCO '{{resource}}' but no resource lists it: Moodle and most LMSs unpack the whole zip, so it still works.",
      hint_foreign: 'Nothing to do; an LMS that copies only the listed files would miss it.',
    },
    nl: {
      message: "'{{file}}' staat in de map van de SCO '{{resource}}', maar zijn <resource> vermeldt het niet.",
      hint: `Vermeld het als <file href="{{file}}"/> in '{{resource}}' (een export van Leerpad vermeldt elk bestand), of haal het uit de zip.`,
      message_foreign: "'{{file}}' staat in de map van de SCO '{{resource}}', maar geen enkele resource vermeldt het: Moodle en de meeste LMS-en pakken de hele zip uit, dus het werkt wel.",
      hint_foreign: 'Niets te doen; alleen een LMS dat enkel de vermelde bestanden kopieert, zou het missen.',
    },
    data: ['maker'],
  },
  'files.stray': {
    en: {
      message: "'{{file}}' is in the zip but no resource lists it: no SCO uses it, yet it counts against the course's storage limit.",
      hint: 'Remove it from the zip, or list it in the resource that uses it.',
      message_foreign: "'{{file}}' is in the zip but no resource lists it: Moodle stores it with the rest, and a page may still load it.",
      hint_foreign: 'Nothing to do.',
    },
    nl: {
      message:
        "'{{file}}' zit in de zip, maar geen enkele resource vermeldt het: geen SCO gebruikt het, maar het telt wel mee voor de opslaglimiet van de cursus.",
      hint: 'Haal het uit de zip, of vermeld het in de resource die het gebruikt.',
      message_foreign: "'{{file}}' zit in de zip, maar geen enkele resource vermeldt het: Moodle bewaart het met de rest, en een pagina kan het toch laden.",
      hint_foreign: 'Niets te doen.',
    },
    data: ['maker'],
  },
});
