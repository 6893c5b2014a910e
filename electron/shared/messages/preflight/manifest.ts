import { definePreflightMessages } from './define';

/** The package preflight's texts (electron/core/scorm/preflight): the manifest, its organization and its schemas. */
export const preflightManifestMessages = definePreflightMessages({
  'manifest.at-root': {
    en: {
      message: 'imsmanifest.xml is missing from the root of the zip: Moodle refuses the package.',
      hint: 'Export the package again with Leerpad; a SCORM package needs imsmanifest.xml at its root.',
      // Moodle's own words, so a lecturer who met them in Moodle recognises the finding.
      message_nested: `imsmanifest.xml is in '{{path}}', not at the root of the zip: Moodle refuses the package ("imsmanifest.xml … not in the root of your zip").`,
      hint_nested: "Zip the contents of '{{folder}}', not the folder itself, or export again with Leerpad.",
      'message_wrong-case': "The manifest is named '{{name}}'; an LMS looks for exactly 'imsmanifest.xml'.",
      'hint_wrong-case': "Rename it to 'imsmanifest.xml' (lower case).",
      message_missing: 'The zip has no imsmanifest.xml: Moodle refuses the package ("missing imsmanifest.xml or AICC structure").',
    },
    nl: {
      message: 'imsmanifest.xml ontbreekt in de hoofdmap van de zip: Moodle weigert het pakket.',
      hint: 'Exporteer het pakket opnieuw met Leerpad; een SCORM-pakket heeft imsmanifest.xml in de hoofdmap nodig.',
      message_nested: "imsmanifest.xml staat in '{{path}}' en niet in de hoofdmap van de zip: Moodle weigert het pakket.",
      hint_nested: "Zip de inhoud van '{{folder}}' en niet de map zelf, of exporteer opnieuw met Leerpad.",
      'message_wrong-case': "Het manifest heet '{{name}}'; een LMS zoekt precies 'imsmanifest.xml'.",
      'hint_wrong-case': "Hernoem het naar 'imsmanifest.xml' (in kleine letters).",
      message_missing: 'De zip bevat geen imsmanifest.xml: Moodle weigert het pakket.',
    },
    data: ['problem'],
  },
  'manifest.well-formed': {
    en: {
      message: 'imsmanifest.xml is not well-formed XML (line {{line}}: {{reason}}); no LMS can read it.',
      hint: 'Export the package again with Leerpad; if you edited the manifest yourself, fix the XML at that line.',
    },
    nl: {
      message: 'imsmanifest.xml is geen correcte XML (regel {{line}}: {{reason}}); geen enkel LMS kan het lezen.',
      hint: 'Exporteer het pakket opnieuw met Leerpad; heb je het manifest zelf aangepast, verbeter dan de XML op die regel.',
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
    },
    nl: {
      message:
        "De namespace {{namespace}} hoort niet bij het prefix '{{prefix}}': Moodle leest {{prefix}}:… letterlijk, mist die namen en maakt van de SCO's bestanden zonder registratie.",
      hint: 'Declareer xmlns:{{prefix}}="{{namespace}}" op <manifest> en schrijf {{prefix}}:… in het manifest.',
      message_prefix:
        "De namespace {{namespace}} hangt aan het prefix '{{used}}' en niet aan '{{prefix}}': Moodle leest {{prefix}}:… letterlijk, mist die namen en maakt van de SCO's bestanden zonder registratie.",
      message_default:
        "De namespace {{namespace}} is de standaardnamespace en heeft niet het prefix '{{prefix}}': Moodle leest {{prefix}}:… letterlijk, mist die namen en maakt van de SCO's bestanden zonder registratie.",
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
    },
    nl: {
      message:
        "{{from}} verwijst naar het schema '{{file}}', maar dat zit niet in het pakket: SCORM Cloud en andere LMS-en die het manifest valideren, weigeren het.",
      hint: "Exporteer opnieuw met Leerpad (dat zet de officiële schema's in de hoofdmap van het pakket).",
    },
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
    },
    nl: {
      message: "imsmanifest.xml volgt de SCORM-schema's niet.",
      hint: 'Exporteer het pakket opnieuw met Leerpad.',
      message_schema: "imsmanifest.xml volgt de schema's van {{schemas}} niet: {{reason}}",
      hint_schema: 'Exporteer het pakket opnieuw met Leerpad; heb je het manifest zelf aangepast, verbeter het dan op die regel.',
      message_more: "… en nog {{more}} fouten tegen de schema's.",
      hint_more: 'Los eerst de fouten hierboven op; vaak veroorzaken die de rest.',
    },
    data: ['problem', 'line'],
  },
  'organization.default': {
    en: {
      message: 'The manifest does not name a valid default organization.',
      hint: 'Export the package again with Leerpad.',
      message_none: 'The manifest has no <organization>: there is nothing for the LMS to show or launch.',
      hint_none: 'Export the package again with Leerpad (one organization with one root item holding the modules).',
      message_unknown: '<organizations default="{{named}}"> names no organization in the manifest.',
      hint_unknown: 'Set <organizations default="…"> to the identifier of the organization ({{organization}}).',
      message_missing: '<organizations> has no default attribute: which structure the LMS shows is left to chance.',
      hint_missing: 'Set <organizations default="…"> to the identifier of the organization ({{organization}}).',
    },
    nl: {
      message: 'Het manifest duidt geen geldige standaardorganisatie aan.',
      hint: 'Exporteer het pakket opnieuw met Leerpad.',
      message_none: 'Het manifest heeft geen <organization>: het LMS heeft niets om te tonen of te starten.',
      hint_none: 'Exporteer het pakket opnieuw met Leerpad (één organisatie met één hoofditem dat de modules bevat).',
      message_unknown: '<organizations default="{{named}}"> verwijst naar een organisatie die niet in het manifest staat.',
      hint_unknown: 'Zet <organizations default="…"> op de id van de organisatie ({{organization}}).',
      message_missing: '<organizations> heeft geen default-attribuut: welke structuur het LMS toont, hangt dan van het toeval af.',
      hint_missing: 'Zet <organizations default="…"> op de id van de organisatie ({{organization}}).',
    },
    data: ['problem'],
  },
  'organization.single-root': {
    en: {
      message: "The organization '{{organization}}' has {{roots}} top-level items; Moodle's previous and next buttons between SCOs need exactly one root item.",
      hint: 'Put the items of all modules under one root <item> without identifierref; a Leerpad export does.',
    },
    nl: {
      message:
        "De organisatie '{{organization}}' heeft {{roots}} items op het hoogste niveau; voor de knoppen vorige en volgende tussen de SCO's heeft Moodle precies één hoofditem nodig.",
      hint: 'Zet alle items van de modules onder één hoofditem (<item>) zonder identifierref; een export van Leerpad doet dat.',
    },
  },
  'organization.root-launchable': {
    en: {
      message:
        `The top-level item '{{item}}' launches something itself (identifierref="{{resource}}"): Moodle plays it as a SCO instead of showing it as an outline.`,
      hint: "Remove identifierref from '{{item}}' and put the launchable items under it.",
    },
    nl: {
      message:
        `Het hoofditem '{{item}}' start zelf iets (identifierref="{{resource}}"): Moodle speelt het af als een SCO in plaats van het als inhoudsopgave te tonen.`,
      hint: "Haal identifierref weg bij '{{item}}' en zet de items die iets starten eronder.",
    },
  },
  'organization.item-resource': {
    en: {
      message: "The item '{{item}}' points to the resource '{{resource}}', which the manifest does not have: Moodle calls the manifest invalid.",
      hint: "Add the resource '{{resource}}' or correct the item's identifierref.",
    },
    nl: {
      message: "Het item '{{item}}' verwijst naar de resource '{{resource}}', maar die staat niet in het manifest: Moodle noemt het manifest ongeldig.",
      hint: "Voeg de resource '{{resource}}' toe of verbeter de identifierref van het item.",
    },
  },
  'organization.item-not-sco': {
    en: {
      message: "The item '{{item}}' launches '{{resource}}', which is not a SCO (scormtype '{{scormType}}'): the LMS records no progress or score for it.",
      hint: 'Mark the resource adlcp:scormtype="sco" if the page talks to the LMS (Leerpad modules do).',
    },
    nl: {
      message: "Het item '{{item}}' start '{{resource}}', maar dat is geen SCO: het LMS registreert er geen voortgang of score voor.",
      hint: 'Markeer de resource met adlcp:scormtype="sco" als de pagina met het LMS communiceert (de modules van Leerpad doen dat).',
    },
  },
  'organization.no-sco': {
    en: {
      message: 'The default organization launches no SCO: the LMS would record nothing.',
      hint: 'Export the package again with Leerpad, with at least one module.',
    },
    nl: {
      message: 'De standaardorganisatie start geen enkele SCO: het LMS zou niets registreren.',
      hint: 'Exporteer het pakket opnieuw met Leerpad, met minstens één module.',
    },
  },
});
