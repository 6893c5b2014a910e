import { definePreflightMessages } from './define';

/** The package preflight's texts (electron/core/scorm/preflight): the manifest, its organization and its schemas. */
export const preflightManifestMessages = definePreflightMessages({
  'manifest.at-root': {
    en: {
      message: 'imsmanifest.xml is missing from the root of the zip: Moodle refuses the package.',
      hint: 'Export the package again from the tool that made it (Leerpad or another); a SCORM package needs imsmanifest.xml at its root.',
      // Moodle's own words, so a lecturer who met them in Moodle recognises the finding.
      message_nested: `imsmanifest.xml is in '{{path}}', not at the root of the zip: Moodle refuses the package ("imsmanifest.xml … not in the root of your zip").`,
      hint_nested: "Zip the contents of '{{folder}}', not the folder itself, or export again from the tool that made it.",
      'message_wrong-case': "The manifest is named '{{name}}'; an LMS looks for exactly 'imsmanifest.xml'.",
      'hint_wrong-case': "Rename it to 'imsmanifest.xml' (lower case).",
      message_missing: 'The zip has no imsmanifest.xml: Moodle refuses the package ("missing imsmanifest.xml or AICC structure").',
    },
    nl: {
      message: 'imsmanifest.xml ontbreekt in de hoofdmap van de zip: Moodle weigert het pakket.',
      hint: 'Exporteer het pakket opnieuw met het programma dat het maakte (Leerpad of een ander); een SCORM-pakket heeft imsmanifest.xml in de hoofdmap nodig.',
      message_nested: "imsmanifest.xml staat in '{{path}}' en niet in de hoofdmap van de zip: Moodle weigert het pakket.",
      hint_nested: "Zip de inhoud van '{{folder}}' en niet de map zelf, of exporteer opnieuw met het programma dat het pakket maakte.",
      'message_wrong-case': "Het manifest heet '{{name}}'; een LMS zoekt precies 'imsmanifest.xml'.",
      'hint_wrong-case': "Hernoem het naar 'imsmanifest.xml' (in kleine letters).",
      message_missing: 'De zip bevat geen imsmanifest.xml: Moodle weigert het pakket.',
    },
    data: ['problem'],
  },
  'manifest.well-formed': {
    en: {
      message: 'imsmanifest.xml is not well-formed XML (line {{line}}: {{reason}}); no LMS can read it.',
      hint: 'Export the package again from the tool that made it (Leerpad or another); if you edited the manifest yourself, fix the XML at that line.',
    },
    nl: {
      message: 'imsmanifest.xml is geen correcte XML (regel {{line}}: {{reason}}); geen enkel LMS kan het lezen.',
      hint: 'Exporteer het pakket opnieuw met het programma dat het maakte (Leerpad of een ander); heb je het manifest zelf aangepast, verbeter dan de XML op die regel.',
    },
  },
  'manifest.schemaversion': {
    en: {
      message: 'The <schemaversion> in the manifest is not what Moodle expects.',
      hint: 'Write exactly <schemaversion>{{expected}}</schemaversion>.',
      message_missing: 'The manifest has no <schemaversion>: Moodle then falls back to SCORM 1.2.',
      hint_missing: 'Write exactly <schemaversion>{{expected}}</schemaversion> (no spaces around it) in <metadata>.',
      message_unknown: "Moodle does not recognise <schemaversion> '{{schemaversion}}' and falls back to SCORM 1.2.",
      hint_unknown: 'Write exactly <schemaversion>{{expected}}</schemaversion> (no spaces around it) in <metadata>.',
      'message_other-edition':
        "<schemaversion> '{{schemaversion}}' makes Moodle run the package as {{runs}}, but the manifest is {{declared}}: the SCO looks for the other API and records nothing.",
    },
    nl: {
      message: 'De <schemaversion> in het manifest is niet wat Moodle verwacht.',
      hint: 'Schrijf precies <schemaversion>{{expected}}</schemaversion>.',
      message_missing: 'Het manifest heeft geen <schemaversion>: Moodle valt dan terug op SCORM 1.2.',
      hint_missing: 'Schrijf precies <schemaversion>{{expected}}</schemaversion> (zonder spaties errond) in <metadata>.',
      message_unknown: "Moodle herkent <schemaversion> '{{schemaversion}}' niet en valt dan terug op SCORM 1.2.",
      hint_unknown: 'Schrijf precies <schemaversion>{{expected}}</schemaversion> (zonder spaties errond) in <metadata>.',
      'message_other-edition':
        "Door <schemaversion> '{{schemaversion}}' speelt Moodle het pakket af als {{runs}}, maar het manifest is {{declared}}: de SCO zoekt de verkeerde API en registreert niets.",
    },
    data: ['problem'],
  },
  'manifest.edition': {
    en: {
      message: 'This package is {{declared}}, not {{requested}} as asked.',
      hint: 'Export it again as {{requested}} (--format {{format}}), or check it as {{declared}} (--format {{declaredFormat}}).',
    },
    nl: {
      message: 'Dit pakket is {{declared}}, maar er werd {{requested}} gevraagd.',
      hint: 'Exporteer het opnieuw als {{requested}} (--format {{format}}), of controleer het als {{declared}} (--format {{declaredFormat}}).',
    },
  },
  'manifest.prefix': {
    en: {
      message:
        "The namespace {{namespace}} is not bound to the prefix '{{prefix}}': Moodle reads {{prefix}}:… names literally, misses them and turns the SCOs into untracked files.",
      hint: 'Declare xmlns:{{prefix}}="{{namespace}}" on <manifest> and write {{prefix}}:… in the manifest.',
      message_prefix:
        "The namespace {{namespace}} is bound to '{{used}}', not '{{prefix}}': Moodle reads {{prefix}}:… names literally, misses them and turns the SCOs into untracked files.",
      message_default:
        "The namespace {{namespace}} is the default namespace, without the prefix '{{prefix}}': Moodle reads {{prefix}}:… names literally, misses them and turns the SCOs into untracked files.",
      message_rules:
        "The namespace {{namespace}} is not bound to the prefix '{{prefix}}': Moodle reads {{prefix}}:… names literally and skips those sequencing and navigation rules; the SCOs still play and record.",
    },
    nl: {
      message:
        "De namespace {{namespace}} hoort niet bij het prefix '{{prefix}}': Moodle leest {{prefix}}:… letterlijk, mist die namen en maakt van de SCO's bestanden zonder registratie.",
      hint: 'Declareer xmlns:{{prefix}}="{{namespace}}" op <manifest> en schrijf {{prefix}}:… in het manifest.',
      message_prefix:
        "De namespace {{namespace}} hangt aan het prefix '{{used}}' en niet aan '{{prefix}}': Moodle leest {{prefix}}:… letterlijk, mist die namen en maakt van de SCO's bestanden zonder registratie.",
      message_default:
        "De namespace {{namespace}} is de standaardnamespace en heeft niet het prefix '{{prefix}}': Moodle leest {{prefix}}:… letterlijk, mist die namen en maakt van de SCO's bestanden zonder registratie.",
      message_rules:
        "De namespace {{namespace}} hoort niet bij het prefix '{{prefix}}': Moodle leest {{prefix}}:… letterlijk en slaat die regels voor sequencing en navigatie over; de SCO's spelen wel af en registreren.",
    },
    data: ['bound'],
  },
  'manifest.numeric-entity': {
    en: {
      message: "The manifest uses the character reference '{{reference}}': Moodle escapes it before parsing and shows it literally in titles.",
      hint: 'Write the character itself (the manifest is UTF-8) or a named entity such as &amp; or &quot;.',
    },
    nl: {
      message: "Het manifest gebruikt de tekenverwijzing '{{reference}}': Moodle zet die om vóór het lezen en toont ze letterlijk in de titels.",
      hint: 'Schrijf het teken zelf (het manifest is UTF-8) of een benoemde entiteit zoals &amp; of &quot;.',
    },
  },
  'manifest.schema-missing': {
    en: {
      message: "{{from}} references the schema '{{file}}', which is not in the package: SCORM Cloud and other LMSs that validate the manifest reject it.",
      hint: 'Export again with Leerpad (it puts the official schemas at the root of the package).',
      message_foreign: "{{from}} references the schema '{{file}}', which is not in the package: Moodle does not need it, but an LMS that validates the manifest may refuse it.",
      hint_foreign: 'Nothing to do if the package plays in your LMS.',
    },
    nl: {
      message:
        "{{from}} verwijst naar het schema '{{file}}', maar dat zit niet in het pakket: SCORM Cloud en andere LMS-en die het manifest valideren, weigeren het.",
      hint: "Exporteer opnieuw met Leerpad (dat zet de officiële schema's in de hoofdmap van het pakket).",
      message_foreign: "{{from}} verwijst naar het schema '{{file}}', maar dat zit niet in het pakket: Moodle heeft het niet nodig, maar een LMS dat het manifest valideert, kan het weigeren.",
      hint_foreign: 'Niets te doen als het pakket in je LMS speelt.',
    },
    data: ['maker'],
  },
  'xsd.unchecked': {
    en: {
      message: 'The manifest could not be checked against the SCORM schemas ({{reason}}).',
      hint: 'Check the package with xmllint or SCORM Cloud before you upload it to an LMS that validates the manifest.',
    },
    nl: {
      message: "Het manifest kon niet getoetst worden aan de SCORM-schema's ({{reason}}).",
      hint: 'Controleer het pakket met xmllint of SCORM Cloud voor je het oplaadt in een LMS dat het manifest valideert.',
    },
  },
  'xsd.invalid': {
    en: {
      message: 'imsmanifest.xml does not match the SCORM schemas.',
      hint: 'Export the package again with Leerpad.',
      message_schema: 'imsmanifest.xml does not match the {{schemas}} schemas: {{reason}}',
      hint_schema: 'Export the package again with Leerpad; if you edited the manifest yourself, correct it at that line.',
      message_more: '… and {{more}} more schema errors.',
      hint_more: 'Fix the errors above first; they often cause the rest.',
      message_foreign: 'imsmanifest.xml does not match the {{schemas}} schemas: {{reason}} Moodle does not check this; an LMS that validates the manifest (SCORM Cloud on a strict import) refuses it.',
      hint_foreign: "Nothing to do if the package plays in your LMS; otherwise ask its maker to correct the manifest.",
    },
    nl: {
      message: "imsmanifest.xml volgt de SCORM-schema's niet.",
      hint: 'Exporteer het pakket opnieuw met Leerpad.',
      message_schema: "imsmanifest.xml volgt de schema's van {{schemas}} niet: {{reason}}",
      hint_schema: 'Exporteer het pakket opnieuw met Leerpad; heb je het manifest zelf aangepast, verbeter het dan op die regel.',
      message_more: "… en nog {{more}} fouten tegen de schema's.",
      hint_more: 'Los eerst de fouten hierboven op; vaak veroorzaken die de rest.',
      message_foreign: "imsmanifest.xml volgt de schema's van {{schemas}} niet: {{reason}} Moodle controleert dat niet; een LMS dat het manifest valideert (SCORM Cloud bij een strikte import), weigert het.",
      hint_foreign: 'Niets te doen als het pakket in je LMS speelt; vraag anders de maker om het manifest te verbeteren.',
    },
    data: ['problem', 'line'],
  },
});
