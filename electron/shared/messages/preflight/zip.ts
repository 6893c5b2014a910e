import { definePreflightMessages } from './define';

/** The package preflight's texts (electron/core/scorm/preflight): a zip or manifest refused before any other rule could read it. */
export const preflightZipMessages = definePreflightMessages({
  'zip.unreadable': {
    en: {
      message: 'This file is not a readable zip: {{reason}}',
      hint: 'Export the package again: this zip is damaged or not a zip.',
    },
    nl: {
      message: 'Dit bestand is geen leesbare zip.',
      hint: 'Exporteer het pakket opnieuw: dit zipbestand is beschadigd of is geen zip.',
    },
  },
  'zip.path': {
    en: {
      message: "The zip entry '{{path}}' has an absolute path, a '..' segment or a backslash: an LMS refuses it or unpacks it where nothing finds it.",
      hint: 'Zip the package with forward-slash paths relative to its root; a Leerpad export does.',
      message_parent: "The zip entry '{{path}}' leaves the package folder ('..').",
      message_absolute: "The zip entry '{{path}}' has an absolute path.",
      message_drive: "The zip entry '{{path}}' starts with a drive letter.",
      message_backslash: "The zip entry '{{path}}' contains a backslash: Windows reads it as a folder separator, other systems as part of the name.",
      message_nul: "The zip entry '{{path}}' contains a NUL character, which no file system allows in a name.",
    },
    nl: {
      message:
        "Het zipbestand bevat '{{path}}', met een absoluut pad, een '..' of een backslash: een LMS weigert dat of pakt het uit op een plaats waar niets het terugvindt.",
      hint: 'Maak de zip met paden vanaf de hoofdmap en met gewone schuine strepen (/); een export van Leerpad doet dat.',
      message_parent: "'{{path}}' in de zip verwijst met '..' naar een plaats buiten de pakketmap.",
      message_absolute: "'{{path}}' in de zip heeft een absoluut pad.",
      message_drive: "'{{path}}' in de zip begint met een stationsletter.",
      message_backslash: "De naam '{{path}}' in de zip bevat een backslash: Windows leest die als mapscheiding, andere systemen als deel van de naam.",
      message_nul: "De naam '{{path}}' in de zip bevat een NUL-teken, dat geen enkel bestandssysteem in een naam toelaat.",
    },
    data: ['problem'],
  },
  'zip.damaged': {
    en: {
      message: "'{{entry}}' cannot be unpacked: the zip is damaged ({{reason}}).",
      hint: 'Zip the package folder again with a standard zip tool (or export it again), then retry.',
    },
    nl: {
      message: "'{{entry}}' kan niet uitgepakt worden: de zip is beschadigd.",
      hint: 'Maak de zip opnieuw met een gewoon zipprogramma (of exporteer het pakket opnieuw) en probeer nog eens.',
    },
    data: ['reason'],
  },
  'zip.crc': {
    en: {
      message: "'{{entry}}' is damaged: the checksum (CRC-32) of its content is {{actual}}, the zip says {{expected}}.",
      hint: 'Zip the package folder again with a standard zip tool (or export it again), then retry.',
    },
    nl: {
      message: "'{{entry}}' is beschadigd: de controlesom (CRC-32) van de inhoud is {{actual}}, de zip vermeldt {{expected}}.",
      hint: 'Maak de zip opnieuw met een gewoon zipprogramma (of exporteer het pakket opnieuw) en probeer nog eens.',
    },
  },
  'zip.entries': {
    en: {
      message: 'The zip has {{entries, number}} entries; at most {{limit, number}} are accepted.',
      hint: 'Split the package, or raise the limit if you trust it.',
    },
    nl: {
      message: 'De zip bevat {{entries, number}} items; er worden er hoogstens {{limit, number}} aanvaard.',
      hint: 'Splits het pakket op, of verhoog de limiet als je het pakket vertrouwt.',
    },
  },
  'zip.total-size': {
    en: {
      message: "The zip unpacks to more than {{limit, number}} MB (with '{{entry}}' it reaches {{unpacked, number}} MB).",
      hint: 'Split the package, or raise the limit if you trust it.',
    },
    nl: {
      message: "De zip pakt uit tot meer dan {{limit, number}} MB (met '{{entry}}' wordt het {{unpacked, number}} MB).",
      hint: 'Splits het pakket op, of verhoog de limiet als je het pakket vertrouwt.',
    },
  },
  'zip.entry-size': {
    en: {
      message: "'{{entry}}' unpacks to {{size, number}} MB, more than the {{limit, number}} MB accepted for one file.",
      hint: 'Use a smaller file, or raise the limit if you trust the package.',
    },
    nl: {
      message: "'{{entry}}' pakt uit tot {{size, number}} MB, meer dan de {{limit, number}} MB die voor één bestand aanvaard wordt.",
      hint: 'Gebruik een kleiner bestand, of verhoog de limiet als je het pakket vertrouwt.',
    },
  },
  'zip.ratio': {
    en: {
      message: "'{{entry}}' unpacks to {{ratio, number}} times its packed size, more than the {{limit, number}}:1 accepted: a zip bomb or a damaged zip.",
      hint: 'Do not use this package unless you trust its source; then raise the limit.',
    },
    nl: {
      message:
        "'{{entry}}' pakt uit tot {{ratio, number}} keer zijn gecomprimeerde grootte, meer dan de aanvaarde {{limit, number}}:1: een zipbom of een beschadigde zip.",
      hint: 'Gebruik dit pakket niet, tenzij je de bron vertrouwt; verhoog dan de limiet.',
    },
  },
  'zip.total-ratio': {
    en: {
      message: 'The zip unpacks to {{ratio, number}} times its own size, more than the {{limit, number}}:1 accepted: a zip bomb or a damaged zip.',
      hint: 'Do not use this package unless you trust its source; then raise the limit.',
    },
    nl: {
      message: 'De zip pakt uit tot {{ratio, number}} keer zijn eigen grootte, meer dan de aanvaarde {{limit, number}}:1: een zipbom of een beschadigde zip.',
      hint: 'Gebruik dit pakket niet, tenzij je de bron vertrouwt; verhoog dan de limiet.',
    },
  },
  'zip.reserved': {
    en: {
      message:
        "'{{entry}}' has a name Windows stores differently or not at all (a device name such as CON or AUX, a trailing dot or space, or an empty or '.' folder).",
      hint: 'Rename it (and the links to it), then zip again.',
    },
    nl: {
      message:
        "'{{entry}}' heeft een naam die Windows anders of helemaal niet bewaart (een apparaatnaam zoals CON of AUX, een punt of spatie op het einde, of een lege of '.'-map).",
      hint: 'Geef het een andere naam (en pas de verwijzingen aan) en maak de zip opnieuw.',
    },
  },
  'zip.symlink': {
    en: {
      message: "'{{entry}}' is a symbolic link; a package may only hold files and folders.",
      hint: 'Replace the link by the file it points to, then zip again.',
    },
    nl: {
      message: "'{{entry}}' is een symbolische link; een pakket mag alleen bestanden en mappen bevatten.",
      hint: 'Vervang de link door het bestand waarnaar hij verwijst en maak de zip opnieuw.',
    },
  },
  'zip.encrypted': {
    en: {
      message: "'{{entry}}' is encrypted; no LMS can read it.",
      hint: 'Zip the package again without a password.',
    },
    nl: {
      message: "'{{entry}}' is versleuteld; geen enkel LMS kan het lezen.",
      hint: 'Maak de zip opnieuw, zonder wachtwoord.',
    },
  },
  'zip.method': {
    en: {
      message: "'{{entry}}' uses compression method {{method}}; only stored (0) and deflate (8) can be read everywhere.",
      hint: 'Zip the package again with the standard deflate method.',
    },
    nl: {
      message: "'{{entry}}' gebruikt compressiemethode {{method}}; alleen 'stored' (0) en 'deflate' (8) kunnen overal gelezen worden.",
      hint: 'Maak de zip opnieuw met de gewone deflate-compressie.',
    },
  },
  'zip.duplicate': {
    en: {
      message: "'{{entry}}' occurs twice in the zip; unpacking keeps only one of them.",
      hint: 'Remove the second copy and zip again.',
    },
    nl: {
      message: "'{{entry}}' komt twee keer voor in de zip; bij het uitpakken blijft er maar één over.",
      hint: 'Verwijder de tweede kopie en maak de zip opnieuw.',
    },
  },
  'zip.case-collision': {
    en: {
      message: "'{{entry}}' and '{{other}}' differ only in upper/lower case or Unicode form: on Windows and macOS one overwrites the other.",
      hint: 'Rename one of them (and the links to it), then zip again.',
    },
    nl: {
      message: "'{{entry}}' en '{{other}}' verschillen alleen in hoofdletters of Unicode-vorm: op Windows en macOS overschrijft het ene bestand het andere.",
      hint: 'Geef een van beide een andere naam (en pas de verwijzingen ernaar aan) en maak de zip opnieuw.',
    },
  },
  'zip.file-folder': {
    en: {
      message: "'{{entry}}' needs a folder '{{other}}', but the zip also has a file of that name: unpacking cannot make both.",
      hint: 'Rename the file or the folder (and the links to it), then zip again.',
    },
    nl: {
      message: "'{{entry}}' heeft een map '{{other}}' nodig, maar de zip bevat ook een bestand met die naam: bij het uitpakken kunnen ze niet allebei bestaan.",
      hint: 'Geef het bestand of de map een andere naam (en pas de verwijzingen aan) en maak de zip opnieuw.',
    },
  },
  'zip.read-cap': {
    en: {
      message: "Checking '{{entry}}' would hold {{size, number}} MB in memory, more than the {{limit, number}} MB allowed for that.",
      hint: 'Keep the manifest, module.json and the schema files small; large content belongs in files of their own.',
    },
    nl: {
      message: "Om '{{entry}}' te controleren zou er {{size, number}} MB in het geheugen moeten, meer dan de {{limit, number}} MB die daarvoor toegestaan is.",
      hint: 'Houd het manifest, module.json en de schemabestanden klein; grote inhoud hoort in aparte bestanden.',
    },
  },
  'xml.entity': {
    en: {
      message:
        'imsmanifest.xml declares entities in a DOCTYPE (line {{line}}); Leerpad never expands entities or loads DTDs, so it does not read this manifest.',
      hint: 'Remove the DOCTYPE from the manifest (a SCORM manifest needs none), or export the package again with its authoring tool.',
    },
    nl: {
      message:
        "imsmanifest.xml declareert entiteiten in een DOCTYPE (regel {{line}}); Leerpad breidt nooit entiteiten uit en laadt geen DTD's, dus dit manifest wordt niet gelezen.",
      hint: 'Haal de DOCTYPE uit het manifest (een SCORM-manifest heeft er geen nodig), of exporteer het pakket opnieuw met het auteursprogramma.',
    },
  },
  'xml.depth': {
    en: {
      message: 'imsmanifest.xml nests elements more than {{limit}} levels deep (line {{line}}); a SCORM manifest needs far fewer.',
      hint: 'Flatten the structure, or export the package again with its authoring tool.',
    },
    nl: {
      message: 'imsmanifest.xml nest elementen meer dan {{limit}} niveaus diep (regel {{line}}); een SCORM-manifest heeft er veel minder nodig.',
      hint: 'Maak de structuur minder diep, of exporteer het pakket opnieuw met het auteursprogramma.',
    },
  },
});
