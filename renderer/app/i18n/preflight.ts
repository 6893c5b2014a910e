import type { PreflightFinding } from '../../../electron/core/contract';
import { nestByCode, templateText, variantValue, type Translator } from './templates';

/**
 * UI texts for the SCORM package preflight's findings (electron/core/scorm/preflight), by rule.
 * The core writes each finding's message and fix in English for the CLI, with the values they are
 * built from in `params`; these templates interpolate those params ({{param}}). A test checks that
 * they use only params the preflight fills in for that rule, and that every rule the preflight can
 * emit has a text.
 *
 * Some rules cover several situations. For those, VARIANT_PARAM names the param whose value picks
 * a refined text: `message_<value>` / `fix_<value>` (i18next context). Without a matching variant
 * the plain `message` / `fix` is used, so these must fit every situation of the rule.
 *
 * The texts are for the app's Export screen: where the CLI's English fix names a command-line
 * option (--reflections, --modules, --mastery, --format), these name the screen's own choice.
 */
export interface FindingTemplate {
  message: string;
  fix: string;
  [variant: `message_${string}` | `fix_${string}`]: string;
}

export const VARIANT_PARAM: Readonly<Record<string, string>> = {
  'manifest.at-root': 'problem',
  'manifest.schemaversion': 'problem',
  'manifest.prefix': 'bound',
  'organization.default': 'problem',
  'xsd.invalid': 'problem',
  'identifiers.previous': 'problem',
  'identifiers.changed': 'kind',
  'identifiers.removed': 'kind',
  'interactions.description-long': 'kind',
  'mastery.without-quiz': 'edition',
  'state.suspend-data': 'problem',
  'zip.path': 'problem',
};

export const preflightNl = {
  // the zip and the course
  'zip.unreadable': {
    message: 'Dit bestand is geen leesbare zip.',
    fix: 'Exporteer het pakket opnieuw: dit zipbestand is beschadigd of is geen zip.',
  },
  'zip.path': {
    message: "Het zipbestand bevat '{{path}}', met een absoluut pad, een '..' of een backslash: een LMS weigert dat of pakt het uit op een plaats waar niets het terugvindt.",
    fix: 'Maak de zip met paden vanaf de hoofdmap en met gewone schuine strepen (/); een export van Leerpad doet dat.',
    message_parent: "'{{path}}' in de zip verwijst met '..' naar een plaats buiten de pakketmap.",
    message_absolute: "'{{path}}' in de zip heeft een absoluut pad.",
    message_drive: "'{{path}}' in de zip begint met een stationsletter.",
    message_backslash: "De naam '{{path}}' in de zip bevat een backslash: Windows leest die als mapscheiding, andere systemen als deel van de naam.",
    message_nul: "De naam '{{path}}' in de zip bevat een NUL-teken, dat geen enkel bestandssysteem in een naam toelaat.",
  },
  'zip.damaged': {
    message: "'{{entry}}' kan niet uitgepakt worden: de zip is beschadigd.",
    fix: 'Maak de zip opnieuw met een gewoon zipprogramma (of exporteer het pakket opnieuw) en probeer nog eens.',
  },
  'zip.crc': {
    message: "'{{entry}}' is beschadigd: de controlesom (CRC-32) van de inhoud klopt niet met wat de zip vermeldt.",
    fix: 'Maak de zip opnieuw met een gewoon zipprogramma (of exporteer het pakket opnieuw) en probeer nog eens.',
  },
  'zip.entries': {
    message: 'De zip bevat {{entries, number}} items; er worden er hoogstens {{limit, number}} aanvaard.',
    fix: 'Splits het pakket op, of verhoog de limiet als je het pakket vertrouwt.',
  },
  'zip.total-size': {
    message: "De zip pakt uit tot meer dan {{limit, number}} MB (met '{{entry}}' wordt het {{unpacked, number}} MB).",
    fix: 'Splits het pakket op, of verhoog de limiet als je het pakket vertrouwt.',
  },
  'zip.entry-size': {
    message: "'{{entry}}' pakt uit tot {{size, number}} MB, meer dan de {{limit, number}} MB die voor één bestand aanvaard wordt.",
    fix: 'Gebruik een kleiner bestand, of verhoog de limiet als je het pakket vertrouwt.',
  },
  'zip.ratio': {
    message: "'{{entry}}' pakt uit tot {{ratio, number}} keer zijn gecomprimeerde grootte, meer dan de aanvaarde {{limit, number}}:1: een zipbom of een beschadigde zip.",
    fix: 'Gebruik dit pakket niet, tenzij je de bron vertrouwt; verhoog dan de limiet.',
  },
  'zip.total-ratio': {
    message: 'De zip pakt uit tot {{ratio, number}} keer zijn eigen grootte, meer dan de aanvaarde {{limit, number}}:1: een zipbom of een beschadigde zip.',
    fix: 'Gebruik dit pakket niet, tenzij je de bron vertrouwt; verhoog dan de limiet.',
  },
  'zip.reserved': {
    message: "'{{entry}}' heeft een naam die Windows anders of helemaal niet bewaart (een apparaatnaam zoals CON of AUX, een punt of spatie op het einde, of een lege of '.'-map).",
    fix: 'Geef het een andere naam (en pas de verwijzingen aan) en maak de zip opnieuw.',
  },
  'zip.symlink': {
    message: "'{{entry}}' is een symbolische link; een pakket mag alleen bestanden en mappen bevatten.",
    fix: 'Vervang de link door het bestand waarnaar hij verwijst en maak de zip opnieuw.',
  },
  'zip.encrypted': {
    message: "'{{entry}}' is versleuteld; geen enkel LMS kan het lezen.",
    fix: 'Maak de zip opnieuw, zonder wachtwoord.',
  },
  'zip.method': {
    message: "'{{entry}}' gebruikt compressiemethode {{method}}; alleen 'stored' (0) en 'deflate' (8) kunnen overal gelezen worden.",
    fix: 'Maak de zip opnieuw met de gewone deflate-compressie.',
  },
  'zip.duplicate': {
    message: "'{{entry}}' komt twee keer voor in de zip; bij het uitpakken blijft er maar één over.",
    fix: 'Verwijder de tweede kopie en maak de zip opnieuw.',
  },
  'zip.case-collision': {
    message: "'{{entry}}' en '{{other}}' verschillen alleen in hoofdletters of Unicode-vorm: op Windows en macOS overschrijft het ene bestand het andere.",
    fix: 'Geef een van beide een andere naam (en pas de verwijzingen ernaar aan) en maak de zip opnieuw.',
  },
  'zip.file-folder': {
    message: "'{{entry}}' heeft een map '{{other}}' nodig, maar de zip bevat ook een bestand met die naam: bij het uitpakken kunnen ze niet allebei bestaan.",
    fix: 'Geef het bestand of de map een andere naam (en pas de verwijzingen aan) en maak de zip opnieuw.',
  },
  'zip.read-cap': {
    message: "Om '{{entry}}' te controleren zou er {{size, number}} MB in het geheugen moeten, meer dan de {{limit, number}} MB die daarvoor toegestaan is.",
    fix: 'Houd het manifest, module.json en de schemabestanden klein; grote inhoud hoort in aparte bestanden.',
  },
  'xml.entity': {
    message: "imsmanifest.xml declareert entiteiten in een DOCTYPE (regel {{line}}); Leerpad breidt nooit entiteiten uit en laadt geen DTD's, dus dit manifest wordt niet gelezen.",
    fix: 'Haal de DOCTYPE uit het manifest (een SCORM-manifest heeft er geen nodig), of exporteer het pakket opnieuw met het auteursprogramma.',
  },
  'xml.depth': {
    message: 'imsmanifest.xml nest elementen meer dan {{limit}} niveaus diep (regel {{line}}); een SCORM-manifest heeft er veel minder nodig.',
    fix: 'Maak de structuur minder diep, of exporteer het pakket opnieuw met het auteursprogramma.',
  },
  'findings.more': {
    message: "… en nog {{more, number}} bevindingen van '{{ruleId}}'.",
    fix: 'Los eerst de bevindingen hierboven op; de rest is meestal van dezelfde soort.',
  },
  'course.invalid': {
    message: 'De cursus bevat {{errors}} fout(en) en kan daarom niet geëxporteerd worden.',
    fix: 'Bekijk de fouten bij de cursus in de bibliotheek van Leerpad (of voer `npm run leerpad -- validate {{dir}}` uit) en los ze op.',
  },

  // the manifest
  'manifest.at-root': {
    message: 'imsmanifest.xml ontbreekt in de hoofdmap van de zip: Moodle weigert het pakket.',
    fix: 'Exporteer het pakket opnieuw met Leerpad; een SCORM-pakket heeft imsmanifest.xml in de hoofdmap nodig.',
    message_nested: "imsmanifest.xml staat in '{{path}}' en niet in de hoofdmap van de zip: Moodle weigert het pakket.",
    fix_nested: "Zip de inhoud van '{{folder}}' en niet de map zelf, of exporteer opnieuw met Leerpad.",
    'message_wrong-case': "Het manifest heet '{{name}}'; een LMS zoekt precies 'imsmanifest.xml'.",
    'fix_wrong-case': "Hernoem het naar 'imsmanifest.xml' (in kleine letters).",
    message_missing: 'De zip bevat geen imsmanifest.xml: Moodle weigert het pakket.',
  },
  'manifest.well-formed': {
    message: 'imsmanifest.xml is geen correcte XML (regel {{line}}: {{reason}}); geen enkel LMS kan het lezen.',
    fix: 'Exporteer het pakket opnieuw met Leerpad; heb je het manifest zelf aangepast, verbeter dan de XML op die regel.',
  },
  'manifest.schemaversion': {
    message: 'De <schemaversion> in het manifest is niet wat Moodle verwacht.',
    fix: 'Schrijf precies <schemaversion>{{expected}}</schemaversion>.',
    message_missing: 'Het manifest heeft geen <schemaversion>: Moodle valt dan terug op SCORM 1.2.',
    fix_missing: 'Schrijf precies <schemaversion>{{expected}}</schemaversion> (zonder spaties errond) in <metadata>.',
    message_unknown: "Moodle herkent <schemaversion> '{{schemaversion}}' niet en valt dan terug op SCORM 1.2.",
    fix_unknown: 'Schrijf precies <schemaversion>{{expected}}</schemaversion> (zonder spaties errond) in <metadata>.',
    'message_other-edition':
      "Door <schemaversion> '{{schemaversion}}' speelt Moodle het pakket af als {{runs}}, maar het manifest is {{declared}}: de SCO zoekt de verkeerde API en registreert niets.",
  },
  'manifest.edition': {
    message: 'Dit pakket is {{declared}}, maar er werd {{requested}} gevraagd.',
    fix: 'Exporteer het opnieuw als {{requested}} (--format {{format}}), of controleer het als {{declared}} (--format {{declaredFormat}}).',
  },
  'manifest.prefix': {
    message: "De namespace {{namespace}} hoort niet bij het prefix '{{prefix}}': Moodle leest {{prefix}}:… letterlijk, mist die namen en maakt van de SCO's bestanden zonder registratie.",
    fix: 'Declareer xmlns:{{prefix}}="{{namespace}}" op <manifest> en schrijf {{prefix}}:… in het manifest.',
    message_prefix:
      "De namespace {{namespace}} hangt aan het prefix '{{used}}' en niet aan '{{prefix}}': Moodle leest {{prefix}}:… letterlijk, mist die namen en maakt van de SCO's bestanden zonder registratie.",
    message_default:
      "De namespace {{namespace}} is de standaardnamespace en heeft niet het prefix '{{prefix}}': Moodle leest {{prefix}}:… letterlijk, mist die namen en maakt van de SCO's bestanden zonder registratie.",
  },
  'manifest.numeric-entity': {
    message: "Het manifest gebruikt de tekenverwijzing '{{reference}}': Moodle zet die om vóór het lezen en toont ze letterlijk in de titels.",
    fix: 'Schrijf het teken zelf (het manifest is UTF-8) of een benoemde entiteit zoals &amp; of &quot;.',
  },
  'manifest.schema-missing': {
    message: "{{from}} verwijst naar het schema '{{file}}', maar dat zit niet in het pakket: SCORM Cloud en andere LMS-en die het manifest valideren, weigeren het.",
    fix: "Exporteer opnieuw met Leerpad (dat zet de officiële schema's in de hoofdmap van het pakket).",
  },
  'xsd.unchecked': {
    message: "Het manifest kon niet getoetst worden aan de SCORM-schema's ({{reason}}).",
    fix: 'Controleer het pakket met xmllint of SCORM Cloud voor je het oplaadt in een LMS dat het manifest valideert.',
  },
  'xsd.invalid': {
    message: "imsmanifest.xml volgt de SCORM-schema's niet.",
    fix: 'Exporteer het pakket opnieuw met Leerpad.',
    message_schema: "imsmanifest.xml volgt de schema's van {{schemas}} niet: {{reason}}",
    fix_schema: 'Exporteer het pakket opnieuw met Leerpad; heb je het manifest zelf aangepast, verbeter het dan op die regel.',
    message_more: "… en nog {{more}} fouten tegen de schema's.",
    fix_more: 'Los eerst de fouten hierboven op; vaak veroorzaken die de rest.',
  },

  // the structure: organizations, items, resources, files
  'organization.default': {
    message: 'Het manifest duidt geen geldige standaardorganisatie aan.',
    fix: 'Exporteer het pakket opnieuw met Leerpad.',
    message_none: 'Het manifest heeft geen <organization>: het LMS heeft niets om te tonen of te starten.',
    fix_none: 'Exporteer het pakket opnieuw met Leerpad (één organisatie met één hoofditem dat de modules bevat).',
    message_unknown: '<organizations default="{{named}}"> verwijst naar een organisatie die niet in het manifest staat.',
    fix_unknown: 'Zet <organizations default="…"> op de id van de organisatie ({{organization}}).',
    message_missing: '<organizations> heeft geen default-attribuut: welke structuur het LMS toont, hangt dan van het toeval af.',
    fix_missing: 'Zet <organizations default="…"> op de id van de organisatie ({{organization}}).',
  },
  'organization.single-root': {
    message: "De organisatie '{{organization}}' heeft {{roots}} items op het hoogste niveau; voor de knoppen vorige en volgende tussen de SCO's heeft Moodle precies één hoofditem nodig.",
    fix: 'Zet alle items van de modules onder één hoofditem (<item>) zonder identifierref; een export van Leerpad doet dat.',
  },
  'organization.root-launchable': {
    message: 'Het hoofditem \'{{item}}\' start zelf iets (identifierref="{{resource}}"): Moodle speelt het af als een SCO in plaats van het als inhoudsopgave te tonen.',
    fix: "Haal identifierref weg bij '{{item}}' en zet de items die iets starten eronder.",
  },
  'organization.item-resource': {
    message: "Het item '{{item}}' verwijst naar de resource '{{resource}}', maar die staat niet in het manifest: Moodle noemt het manifest ongeldig.",
    fix: "Voeg de resource '{{resource}}' toe of verbeter de identifierref van het item.",
  },
  'organization.item-not-sco': {
    message: "Het item '{{item}}' start '{{resource}}', maar dat is geen SCO: het LMS registreert er geen voortgang of score voor.",
    fix: 'Markeer de resource met adlcp:scormtype="sco" als de pagina met het LMS communiceert (de modules van Leerpad doen dat).',
  },
  'organization.no-sco': {
    message: 'De standaardorganisatie start geen enkele SCO: het LMS zou niets registreren.',
    fix: 'Exporteer het pakket opnieuw met Leerpad, met minstens één module.',
  },
  'files.href-missing': {
    message: "De resource '{{resource}}' start '{{href}}', maar dat bestand zit niet in de zip: de student krijgt een pagina 'niet gevonden'.",
    fix: 'Exporteer het pakket opnieuw; heb je de zip zelf aangepast, zet het bestand dan terug of verbeter de href.',
  },
  'files.file-missing': {
    message: "De resource '{{resource}}' vermeldt '{{href}}', maar dat bestand zit niet in de zip.",
    fix: 'Exporteer het pakket opnieuw; heb je de zip zelf aangepast, zet het bestand dan terug of haal de regel <file> weg.',
  },
  'files.dependency-missing': {
    message: "De resource '{{resource}}' hangt af van '{{dependency}}', maar die staat niet in het manifest: de gedeelde bestanden van de speler zijn nergens vermeld.",
    fix: "Voeg de resource '{{dependency}}' toe of haal de <dependency> weg.",
  },
  'files.unlisted': {
    message: "'{{file}}' staat in de map van de SCO '{{resource}}', maar zijn <resource> vermeldt het niet.",
    fix: 'Vermeld het als <file href="{{file}}"/> in \'{{resource}}\' (een export van Leerpad vermeldt elk bestand), of haal het uit de zip.',
  },
  'files.stray': {
    message: "'{{file}}' zit in de zip, maar geen enkele resource vermeldt het: geen SCO gebruikt het, maar het telt wel mee voor de opslaglimiet van de cursus.",
    fix: 'Haal het uit de zip, of vermeld het in de resource die het gebruikt.',
  },

  // the SCOs and what they send to the LMS
  'sco.module-json': {
    message: "De SCO '{{resource}}' kan niet starten: {{file}} is onleesbaar.",
    fix: 'Exporteer het pakket opnieuw met Leerpad; {{file}} mag je niet met de hand aanpassen.',
  },
  'sco.not-leerpad': {
    message: "De SCO '{{resource}}' heeft geen {{file}}: hij is niet met Leerpad gemaakt, dus de voortgang en de interacties werden niet gecontroleerd.",
    fix: "Niets te doen voor SCO's van anderen; test ze in het LMS.",
  },
  'sco.edition': {
    message: "De SCO '{{module}}' werd gemaakt voor {{built}}, maar het pakket is {{packaged}}: hij zoekt de verkeerde API en registreert niets.",
    fix: 'Exporteer het pakket opnieuw in één SCORM-versie; meng geen modulemappen uit verschillende exports.',
  },
  'state.suspend-data': {
    message: "De module '{{module}}' kan tot {{worst}} tekens aan voortgangsgegevens nodig hebben; {{where}} bewaart er maar {{limit}}. Een student kan zo de plaats in de module en de antwoorden kwijtraken.",
    fix: 'Splits de module in {{file}}, of verlaag de maximale lengte van de notities bij kijkwijzers en van de reflecties.',
    message_reflection:
      "De module '{{module}}' kan tot {{worst}} tekens aan voortgangsgegevens nodig hebben als de reflecties naar het LMS gaan ({{reflections}}); {{where}} bewaart er maar {{limit}}. Een student die zoveel schrijft, raakt bij het volgende bezoek de plaats in de module en de antwoorden kwijt.",
    fix_reflection: "Verlaag max= van reflectie '{{reflection}}' in {{file}} tot hoogstens {{fits}}, of kies bij 'Reflecties van studenten' voor 'Privé houden'.",
    message_reflections:
      "De module '{{module}}' kan tot {{worst}} tekens aan voortgangsgegevens nodig hebben als de reflecties naar het LMS gaan ({{reflections}}); {{where}} bewaart er maar {{limit}}. Een student die zoveel schrijft, raakt bij het volgende bezoek de plaats in de module en de antwoorden kwijt.",
    fix_reflections: "Verlaag max= van de reflecties {{reflections}} in {{file}}, of kies bij 'Reflecties van studenten' voor 'Privé houden'.",
    'fix_module-scorm12':
      'Splits de module in {{file}}, verlaag de maximale lengte van de notities bij kijkwijzers en van de reflecties, of exporteer SCORM 2004 (64000 tekens).',
  },
  'state.course-suspend-data': {
    message:
      'De {{modules}} modules van dit cursuspakket kunnen samen tot {{worst}} tekens aan voortgangsgegevens nodig hebben; {{where}} bewaart er maar {{limit}} voor de hele cursus. Een student kan zo de plaats in de cursus en de antwoorden kwijtraken.',
    fix: "Kies bij 'Hoe moet het pakket eruitzien?' voor 'Een apart pakket per module' (elke module krijgt dan zelf {{limit}} tekens), kies minder modules, houd de reflecties privé of kies SCORM 2004.",
  },
  'interactions.duplicate-id': {
    message: "De module '{{module}}' meldt twee interacties met de id '{{id}}': sommige LMS-en weigeren de tweede, andere halen de antwoorden door elkaar.",
    fix: 'Geef elke vraag en elke reflectie in {{file}} een eigen id.',
  },
  'interactions.id-format': {
    message: "De id '{{id}}' in '{{module}}' is geen geldige {{type}} (geen spaties, alleen gewone ASCII-tekens, hoogstens {{max}} tekens): het LMS weigert hem.",
    fix: 'Gebruik in {{file}} een id met kleine letters, cijfers en koppeltekens.',
  },
  'interactions.description-long': {
    message: "De tekst van '{{id}}' in '{{module}}' telt {{length}} tekens; het LMS bewaart er maar {{max}} als beschrijving, dus de rapporten tonen hem afgekapt met '…'.",
    fix: 'Maak de tekst in {{file}} korter (hoogstens {{max}} tekens) als je hem volledig in de rapporten wil zien.',
    message_question:
      "De vraag '{{id}}' in '{{module}}' telt {{length}} tekens; het LMS bewaart er maar {{max}} als beschrijving, dus de rapporten tonen ze afgekapt met '…'.",
    fix_question: 'Maak de vraag in {{file}} korter (hoogstens {{max}} tekens) als je ze volledig in de rapporten wil zien.',
    message_reflection:
      "De opdracht van reflectie '{{id}}' in '{{module}}' telt {{length}} tekens; het LMS bewaart er maar {{max}} als beschrijving, dus de rapporten tonen ze afgekapt met '…'.",
    fix_reflection: 'Maak de opdracht van de reflectie in {{file}} korter (hoogstens {{max}} tekens) als je ze volledig in de rapporten wil zien.',
  },
  'interactions.reflection-truncated': {
    message:
      "In SCORM 1.2 bewaart het LMS van reflectie '{{reflection}}' (max. {{max}} tekens) alleen de eerste {{kept}} tekens als antwoord; de volledige tekst blijft in de voortgang van de student.",
    fix: 'Niets te doen als dat volstaat; exporteer SCORM 2004 om volledige reflecties in de rapporten te zien.',
  },
  'mastery.without-quiz': {
    message:
      "Het item '{{item}}' (module '{{module}}') heeft een beheersingsscore ({{written}}), maar de module heeft geen toets met punten: met de Moodle-instelling 'Beheersingsscore overschrijft status' krijgen studenten die de module afwerken 'niet geslaagd'.",
    fix: "Haal de beheersingsscore van '{{item}}' weg uit het manifest.",
    fix_scorm12: "Haal <adlcp:masteryscore> weg bij '{{item}}' (Leerpad schrijft er alleen een voor modules met een toets).",
    fix_scorm2004: "Haal satisfiedByMeasure en minNormalizedMeasure weg uit de primaire doelstelling (primaryObjective) van '{{item}}'.",
  },
  'mastery.invalid': {
    message: "De beheersingsscore van '{{item}}' ({{written}}) is geen score van 0 tot 100.",
    fix: 'Exporteer opnieuw met een slaagcijfer van 0 tot 100, of schrijf het slaagcijfer van de toets ({{pass}}).',
  },
  'mastery.differs': {
    message:
      "Het item '{{item}}' legt de beheersingsscore op {{mastery}}, maar de toets van '{{module}}' is geslaagd vanaf {{pass}}: het LMS en het scherm van de student zijn het dan oneens over wie geslaagd is.",
    fix: "Exporteer opnieuw (met 'Slaagcijfer' verander je beide tegelijk) in plaats van het manifest aan te passen.",
  },

  'mastery.course-sco': {
    message:
      "Het cursuspakket '{{item}}' heeft een beheersingsscore ({{written}}), maar zijn score is het gemiddelde over alle modules, met 0 voor wat nog niet af is: met de Moodle-instelling 'Beheersingsscore overschrijft status' krijgt een student halverwege de cursus 'niet geslaagd'.",
    fix: "Exporteer het pakket opnieuw met Leerpad: het geeft een cursuspakket geen beheersingsscore. Pas het manifest niet met de hand aan.",
  },
  // updating a package that is already in the LMS
  'identifiers.previous': {
    message: "Het vorige pakket kan niet gelezen worden, dus de id's kunnen niet vergeleken worden.",
    fix: 'Geef met --previous het zipbestand dat nu in het LMS staat.',
    'message_no-manifest': "Het vorige pakket heeft geen imsmanifest.xml in de hoofdmap, dus de id's kunnen niet vergeleken worden.",
  },
  'identifiers.changed': {
    message: "De id '{{identifier}}' is nu '{{successor}}': als je het pakket in Moodle bijwerkt, verliest Moodle de voortgang die studenten daarin hadden.",
    fix: "Behoud de id '{{identifier}}': exporteer vanuit dezelfde cursus- en module-id's (Leerpad leidt de id's alleen daarvan af).",
    message_organization:
      "De organisatie '{{identifier}}' heet nu '{{successor}}': als je het pakket in Moodle bijwerkt, verliest Moodle de voortgang die studenten daarin hadden.",
    message_item: "Het item '{{identifier}}' heet nu '{{successor}}': als je het pakket in Moodle bijwerkt, verliest Moodle de voortgang die studenten daarin hadden.",
    message_resource:
      "De resource '{{identifier}}' heet nu '{{successor}}': als je het pakket in Moodle bijwerkt, verliest Moodle de voortgang die studenten daarin hadden.",
  },
  'identifiers.removed': {
    message: "'{{identifier}}' uit het vorige pakket is verdwenen: als je het pakket in Moodle bijwerkt, verliest Moodle de voortgang die studenten daarin hadden.",
    fix: 'Exporteer de module opnieuw mee (vink ze aan bij de modules), of voeg dit pakket toe als nieuwe activiteit in plaats van de oude bij te werken.',
    message_organization:
      "De organisatie '{{identifier}}' uit het vorige pakket is verdwenen: als je het pakket in Moodle bijwerkt, verliest Moodle de voortgang die studenten daarin hadden.",
    message_item:
      "Het item '{{identifier}}' uit het vorige pakket is verdwenen: als je het pakket in Moodle bijwerkt, verliest Moodle de voortgang die studenten daarin hadden.",
    message_resource:
      "De resource '{{identifier}}' uit het vorige pakket is verdwenen: als je het pakket in Moodle bijwerkt, verliest Moodle de voortgang die studenten daarin hadden.",
  },

  // the LMS
  'size.quota': {
    message:
      'Het pakket is {{size, number}} MB en pakt uit tot {{unpacked, number}} MB; het LMS bewaart beide, samen ongeveer {{needed, number}} MB, meer dan de opslaglimiet van de cursus ({{quota, number}} MB).',
    fix: 'Exporteer minder modules per pakket, gebruik kleinere media of vraag de beheerder van het LMS om een hogere opslaglimiet.',
  },
  'lms.canvas-scorm12': {
    message: 'Uit de praktijk blijkt dat SCORM 1.2-pakketten in Canvas soms leeg blijven, terwijl de 2004-versie van dezelfde inhoud wel werkt.',
    fix: 'Exporteer ook een SCORM 2004-pakket en probeer dat eerst in Canvas.',
  },
  'lms.moodle-scorm2004': {
    message: 'Moodle ondersteunt SCORM 2004 maar gedeeltelijk (de communicatie met het LMS werkt, de sequencing niet); SCORM 1.2 is voor Moodle de veiligste keuze.',
    fix: 'Kies voor Moodle de SCORM 1.2-export, tenzij je iets uit SCORM 2004 nodig hebt.',
  },
  'lms.moodle-multi-sco-2004': {
    message:
      "Dit SCORM 2004-pakket heeft {{scos}} SCO's: Moodle bewaart per bezoek alleen de eerste module die een student opent (de andere krijgen fout 104), dus het werk in elke andere module gaat verloren.",
    fix: "Kies bij 'Hoe moet het pakket eruitzien?' voor 'Eén SCO voor de hele cursus, met een eigen modulemenu' of 'Een apart pakket per module'.",
  },
  'lms.moodle-multi-sco-12': {
    message:
      "Dit SCORM 1.2-pakket heeft {{scos}} SCO's: opent een student in hetzelfde bezoek een module opnieuw, dan loopt het starten in Moodle mis en wordt die sessie niet bewaard.",
    fix: "Kies bij 'Hoe moet het pakket eruitzien?' voor 'Eén SCO voor de hele cursus, met een eigen modulemenu' of 'Een apart pakket per module'.",
  },
} satisfies Record<string, FindingTemplate>;

export type PreflightRule = keyof typeof preflightNl;

export const preflightEn: Record<PreflightRule, FindingTemplate> = {
  'zip.unreadable': {
    message: '{{reason}}',
    fix: 'Export the package again: this zip is damaged or not a zip.',
  },
  'zip.path': {
    message: "The zip entry '{{path}}' has an absolute path, a '..' segment or a backslash: an LMS refuses it or unpacks it where nothing finds it.",
    fix: 'Zip the package with forward-slash paths relative to its root; a Leerpad export does.',
    message_parent: "The zip entry '{{path}}' leaves the package folder ('..').",
    message_absolute: "The zip entry '{{path}}' has an absolute path.",
    message_drive: "The zip entry '{{path}}' starts with a drive letter.",
    message_backslash: "The zip entry '{{path}}' contains a backslash: Windows reads it as a folder separator, other systems as part of the name.",
    message_nul: "The zip entry '{{path}}' contains a NUL character, which no file system allows in a name.",
  },
  'zip.damaged': {
    message: "'{{entry}}' cannot be unpacked: the zip is damaged.",
    fix: 'Zip the package folder again with a standard zip tool (or export it again), then retry.',
  },
  'zip.crc': {
    message: "'{{entry}}' is damaged: the checksum (CRC-32) of its content does not match the one in the zip.",
    fix: 'Zip the package folder again with a standard zip tool (or export it again), then retry.',
  },
  'zip.entries': {
    message: 'The zip has {{entries, number}} entries; at most {{limit, number}} are accepted.',
    fix: 'Split the package, or raise the limit if you trust it.',
  },
  'zip.total-size': {
    message: "The zip unpacks to more than {{limit, number}} MB (with '{{entry}}' it reaches {{unpacked, number}} MB).",
    fix: 'Split the package, or raise the limit if you trust it.',
  },
  'zip.entry-size': {
    message: "'{{entry}}' unpacks to {{size, number}} MB, more than the {{limit, number}} MB accepted for one file.",
    fix: 'Use a smaller file, or raise the limit if you trust the package.',
  },
  'zip.ratio': {
    message: "'{{entry}}' unpacks to {{ratio, number}} times its packed size, more than the {{limit, number}}:1 accepted: a zip bomb or a damaged zip.",
    fix: 'Do not use this package unless you trust its source; then raise the limit.',
  },
  'zip.total-ratio': {
    message: 'The zip unpacks to {{ratio, number}} times its own size, more than the {{limit, number}}:1 accepted: a zip bomb or a damaged zip.',
    fix: 'Do not use this package unless you trust its source; then raise the limit.',
  },
  'zip.reserved': {
    message: "'{{entry}}' has a name Windows stores differently or not at all (a device name such as CON or AUX, a trailing dot or space, or an empty or '.' folder).",
    fix: 'Rename it (and the links to it), then zip again.',
  },
  'zip.symlink': {
    message: "'{{entry}}' is a symbolic link; a package may only hold files and folders.",
    fix: 'Replace the link by the file it points to, then zip again.',
  },
  'zip.encrypted': {
    message: "'{{entry}}' is encrypted; no LMS can read it.",
    fix: 'Zip the package again without a password.',
  },
  'zip.method': {
    message: "'{{entry}}' uses compression method {{method}}; only stored (0) and deflate (8) can be read everywhere.",
    fix: 'Zip the package again with the standard deflate method.',
  },
  'zip.duplicate': {
    message: "'{{entry}}' occurs twice in the zip; unpacking keeps only one of them.",
    fix: 'Remove the second copy and zip again.',
  },
  'zip.case-collision': {
    message: "'{{entry}}' and '{{other}}' differ only in upper/lower case or Unicode form: on Windows and macOS one overwrites the other.",
    fix: 'Rename one of them (and the links to it), then zip again.',
  },
  'zip.file-folder': {
    message: "'{{entry}}' needs a folder '{{other}}', but the zip also has a file of that name: unpacking cannot make both.",
    fix: 'Rename the file or the folder (and the links to it), then zip again.',
  },
  'zip.read-cap': {
    message: "Checking '{{entry}}' would hold {{size, number}} MB in memory, more than the {{limit, number}} MB allowed for that.",
    fix: 'Keep the manifest, module.json and the schema files small; large content belongs in files of their own.',
  },
  'xml.entity': {
    message: 'imsmanifest.xml declares entities in a DOCTYPE (line {{line}}); Leerpad never expands entities or loads DTDs, so it does not read this manifest.',
    fix: 'Remove the DOCTYPE from the manifest (a SCORM manifest needs none), or export the package again with its authoring tool.',
  },
  'xml.depth': {
    message: 'imsmanifest.xml nests elements more than {{limit}} levels deep (line {{line}}); a SCORM manifest needs far fewer.',
    fix: 'Flatten the structure, or export the package again with its authoring tool.',
  },
  'findings.more': {
    message: "… and {{more, number}} more findings of '{{ruleId}}'.",
    fix: 'Fix the findings above first; the rest are usually of the same kind.',
  },
  'course.invalid': {
    message: 'The course has {{errors}} error(s), so it cannot be exported.',
    fix: 'See the errors with the course in the Leerpad library (or run `npm run leerpad -- validate {{dir}}`) and fix them.',
  },
  'manifest.at-root': {
    message: 'imsmanifest.xml is missing from the root of the zip: Moodle refuses the package.',
    fix: 'Export the package again with Leerpad; a SCORM package needs imsmanifest.xml at its root.',
    message_nested: "imsmanifest.xml is in '{{path}}', not at the root of the zip: Moodle refuses the package.",
    fix_nested: "Zip the contents of '{{folder}}', not the folder itself, or export again with Leerpad.",
    'message_wrong-case': "The manifest is named '{{name}}'; an LMS looks for exactly 'imsmanifest.xml'.",
    'fix_wrong-case': "Rename it to 'imsmanifest.xml' (lower case).",
    message_missing: 'The zip has no imsmanifest.xml: Moodle refuses the package.',
  },
  'manifest.well-formed': {
    message: 'imsmanifest.xml is not well-formed XML (line {{line}}: {{reason}}); no LMS can read it.',
    fix: 'Export the package again with Leerpad; if you edited the manifest yourself, fix the XML at that line.',
  },
  'manifest.schemaversion': {
    message: 'The <schemaversion> in the manifest is not what Moodle expects.',
    fix: 'Write exactly <schemaversion>{{expected}}</schemaversion>.',
    message_missing: 'The manifest has no <schemaversion>: Moodle then falls back to SCORM 1.2.',
    fix_missing: 'Write exactly <schemaversion>{{expected}}</schemaversion> (no spaces around it) in <metadata>.',
    message_unknown: "Moodle does not recognise <schemaversion> '{{schemaversion}}' and falls back to SCORM 1.2.",
    fix_unknown: 'Write exactly <schemaversion>{{expected}}</schemaversion> (no spaces around it) in <metadata>.',
    'message_other-edition':
      "<schemaversion> '{{schemaversion}}' makes Moodle run the package as {{runs}}, but the manifest is {{declared}}: the SCO looks for the other API and records nothing.",
  },
  'manifest.edition': {
    message: 'This package is {{declared}}, not {{requested}} as asked.',
    fix: 'Export it again as {{requested}} (--format {{format}}), or check it as {{declared}} (--format {{declaredFormat}}).',
  },
  'manifest.prefix': {
    message: "The namespace {{namespace}} is not bound to the prefix '{{prefix}}': Moodle reads {{prefix}}:… names literally, misses them and turns the SCOs into untracked files.",
    fix: 'Declare xmlns:{{prefix}}="{{namespace}}" on <manifest> and write {{prefix}}:… in the manifest.',
    message_prefix:
      "The namespace {{namespace}} is bound to '{{used}}', not '{{prefix}}': Moodle reads {{prefix}}:… names literally, misses them and turns the SCOs into untracked files.",
    message_default:
      "The namespace {{namespace}} is the default namespace, without the prefix '{{prefix}}': Moodle reads {{prefix}}:… names literally, misses them and turns the SCOs into untracked files.",
  },
  'manifest.numeric-entity': {
    message: "The manifest uses the character reference '{{reference}}': Moodle escapes it before parsing and shows it literally in titles.",
    fix: 'Write the character itself (the manifest is UTF-8) or a named entity such as &amp; or &quot;.',
  },
  'manifest.schema-missing': {
    message: "{{from}} references the schema '{{file}}', which is not in the package: SCORM Cloud and other LMSs that validate the manifest reject it.",
    fix: 'Export again with Leerpad (it puts the official schemas at the root of the package).',
  },
  'xsd.unchecked': {
    message: 'The manifest could not be checked against the SCORM schemas ({{reason}}).',
    fix: 'Check the package with xmllint or SCORM Cloud before you upload it to an LMS that validates the manifest.',
  },
  'xsd.invalid': {
    message: 'imsmanifest.xml does not match the SCORM schemas.',
    fix: 'Export the package again with Leerpad.',
    message_schema: 'imsmanifest.xml does not match the {{schemas}} schemas: {{reason}}',
    fix_schema: 'Export the package again with Leerpad; if you edited the manifest yourself, correct it at that line.',
    message_more: '… and {{more}} more schema errors.',
    fix_more: 'Fix the errors above first; they often cause the rest.',
  },
  'organization.default': {
    message: 'The manifest does not name a valid default organization.',
    fix: 'Export the package again with Leerpad.',
    message_none: 'The manifest has no <organization>: there is nothing for the LMS to show or launch.',
    fix_none: 'Export the package again with Leerpad (one organization with one root item holding the modules).',
    message_unknown: '<organizations default="{{named}}"> names no organization in the manifest.',
    fix_unknown: 'Set <organizations default="…"> to the identifier of the organization ({{organization}}).',
    message_missing: '<organizations> has no default attribute: which structure the LMS shows is left to chance.',
    fix_missing: 'Set <organizations default="…"> to the identifier of the organization ({{organization}}).',
  },
  'organization.single-root': {
    message: "The organization '{{organization}}' has {{roots}} top-level items; Moodle's previous and next buttons between SCOs need exactly one root item.",
    fix: 'Put the items of all modules under one root <item> without identifierref; a Leerpad export does.',
  },
  'organization.root-launchable': {
    message: 'The top-level item \'{{item}}\' launches something itself (identifierref="{{resource}}"): Moodle plays it as a SCO instead of showing it as an outline.',
    fix: "Remove identifierref from '{{item}}' and put the launchable items under it.",
  },
  'organization.item-resource': {
    message: "The item '{{item}}' points to the resource '{{resource}}', which the manifest does not have: Moodle calls the manifest invalid.",
    fix: "Add the resource '{{resource}}' or correct the item's identifierref.",
  },
  'organization.item-not-sco': {
    message: "The item '{{item}}' launches '{{resource}}', which is not a SCO (scormtype '{{scormType}}'): the LMS records no progress or score for it.",
    fix: 'Mark the resource adlcp:scormtype="sco" if the page talks to the LMS (Leerpad modules do).',
  },
  'organization.no-sco': {
    message: 'The default organization launches no SCO: the LMS would record nothing.',
    fix: 'Export the package again with Leerpad, with at least one module.',
  },
  'files.href-missing': {
    message: "The resource '{{resource}}' launches '{{href}}', which is not in the zip: the student gets a \"not found\" page.",
    fix: 'Export the package again; if you edited the zip yourself, put the file back or correct the href.',
  },
  'files.file-missing': {
    message: "The resource '{{resource}}' lists '{{href}}', which is not in the zip.",
    fix: 'Export the package again; if you edited the zip yourself, put the file back or remove the <file> entry.',
  },
  'files.dependency-missing': {
    message: "The resource '{{resource}}' depends on '{{dependency}}', which the manifest does not have: the player's shared files are listed nowhere.",
    fix: "Add the resource '{{dependency}}' or remove the <dependency>.",
  },
  'files.unlisted': {
    message: "'{{file}}' is in the folder of the SCO '{{resource}}' but not listed in its <resource>.",
    fix: 'List it as <file href="{{file}}"/> in \'{{resource}}\' (a Leerpad export lists every file), or remove it from the zip.',
  },
  'files.stray': {
    message: "'{{file}}' is in the zip but no resource lists it: no SCO uses it, yet it counts against the course's storage limit.",
    fix: 'Remove it from the zip, or list it in the resource that uses it.',
  },
  'sco.module-json': {
    message: "The SCO '{{resource}}' cannot start: {{file}} is unreadable ({{reason}}).",
    fix: 'Export the package again with Leerpad; {{file}} must not be edited by hand.',
  },
  'sco.not-leerpad': {
    message: "The SCO '{{resource}}' has no {{file}}: it was not made by Leerpad, so its progress and interactions were not checked.",
    fix: "Nothing to do for other makers' SCOs; test them in the LMS.",
  },
  'sco.edition': {
    message: "The SCO '{{module}}' was built for {{built}} but the package is {{packaged}}: it looks for the wrong API and records nothing.",
    fix: 'Export the package again in one SCORM version; do not mix module folders from different exports.',
  },
  'state.suspend-data': {
    message: "The module '{{module}}' can need {{worst}} characters of progress data; {{where}} keeps {{limit}}. A student could lose their place in the module and their answers.",
    fix: "Split the module in {{file}}, or lower the maximum length of the checklists' notes and of the reflections.",
    message_reflection:
      "The module '{{module}}' can need {{worst}} characters of progress data when reflections go to the LMS ({{reflections}}); {{where}} keeps {{limit}}. A student who writes that much loses their place and answers on the next visit.",
    fix_reflection: "Lower max= of reflection '{{reflection}}' in {{file}} to at most {{fits}}, or choose 'Keep private' under \"Students' reflections\".",
    message_reflections:
      "The module '{{module}}' can need {{worst}} characters of progress data when reflections go to the LMS ({{reflections}}); {{where}} keeps {{limit}}. A student who writes that much loses their place and answers on the next visit.",
    fix_reflections: "Lower max= of the reflections {{reflections}} in {{file}}, or choose 'Keep private' under \"Students' reflections\".",
    'fix_module-scorm12':
      "Split the module in {{file}}, lower the maximum length of the checklists' notes and of the reflections, or export SCORM 2004 (64000 characters).",
  },
  'state.course-suspend-data': {
    message:
      "The {{modules}} modules of this course package can need {{worst}} characters of saved progress together; {{where}} keeps {{limit}} for the whole course. A student could lose their place in the course and their answers.",
    fix: "Under 'How should the package be laid out?' choose 'A separate package per module' (each module then gets {{limit}} characters of its own), choose fewer modules, keep reflections private or choose SCORM 2004.",
  },
  'interactions.duplicate-id': {
    message: "The module '{{module}}' reports two interactions with the id '{{id}}': some LMSs reject the second, others mix up their answers.",
    fix: 'Give every question and every reflection in {{file}} an id of its own.',
  },
  'interactions.id-format': {
    message: "The id '{{id}}' in '{{module}}' is not a valid {{type}} (no spaces, printable ASCII, at most {{max}} characters): the LMS refuses it.",
    fix: 'Use an id of lowercase letters, digits and hyphens in {{file}}.',
  },
  'interactions.description-long': {
    message: "The text of '{{id}}' in '{{module}}' has {{length}} characters; the LMS keeps {{max}} as its description, so reports show it cut off with \"…\".",
    fix: 'Shorten the text in {{file}} to at most {{max}} characters if you want to see it whole in reports.',
    message_question:
      "The question '{{id}}' in '{{module}}' has {{length}} characters; the LMS keeps {{max}} as its description, so reports show it cut off with \"…\".",
    fix_question: 'Shorten the question in {{file}} to at most {{max}} characters if you want to see it whole in reports.',
    message_reflection:
      "The prompt of reflection '{{id}}' in '{{module}}' has {{length}} characters; the LMS keeps {{max}} as its description, so reports show it cut off with \"…\".",
    fix_reflection: 'Shorten the reflection prompt in {{file}} to at most {{max}} characters if you want to see it whole in reports.',
  },
  'interactions.reflection-truncated': {
    message:
      "In SCORM 1.2 the LMS keeps only the first {{kept}} characters of reflection '{{reflection}}' (max. {{max}} characters) as its answer; the full text stays in the student's progress.",
    fix: 'Nothing to do if that is enough; export SCORM 2004 to see whole reflections in the reports.',
  },
  'mastery.without-quiz': {
    message:
      "The item '{{item}}' (module '{{module}}') has a mastery score ({{written}}) but the module has no scored quiz: with Moodle's \"Mastery score overrides status\" students who finish it are marked failed.",
    fix: "Remove the mastery score of '{{item}}' from the manifest.",
    fix_scorm12: "Remove <adlcp:masteryscore> from '{{item}}' (Leerpad writes one only for modules with a quiz).",
    fix_scorm2004: "Remove satisfiedByMeasure and minNormalizedMeasure from the primary objective of '{{item}}'.",
  },
  'mastery.invalid': {
    message: "The mastery score of '{{item}}' ({{written}}) is not a score from 0 to 100.",
    fix: "Export again with a pass mark from 0 to 100, or write the quiz's pass mark ({{pass}}).",
  },
  'mastery.differs': {
    message:
      "The item '{{item}}' sets a mastery score of {{mastery}} but the quiz of '{{module}}' passes at {{pass}}: the LMS and the student's screen would disagree about passing.",
    fix: "Export again ('Pass mark' changes both together) instead of editing the manifest.",
  },
  'mastery.course-sco': {
    message:
      "The course package '{{item}}' has a mastery score ({{written}}), but its score is the average over all modules, with 0 for those not finished yet: with Moodle's 'Mastery score overrides status' a student halfway through the course is marked failed.",
    fix: 'Export the package again with Leerpad: it gives a course package no mastery score. Do not edit the manifest by hand.',
  },
  'identifiers.previous': {
    message: 'The previous package cannot be read ({{reason}}), so the identifiers cannot be compared.',
    fix: 'Give the zip that is in the LMS now with --previous.',
    'message_no-manifest': 'The previous package has no imsmanifest.xml at its root, so the identifiers cannot be compared.',
  },
  'identifiers.changed': {
    message: "The identifier '{{identifier}}' became '{{successor}}': when you update the package, Moodle loses the students' progress in it.",
    fix: "Keep the identifier '{{identifier}}': export from the same course and module ids (Leerpad derives identifiers from them only).",
    message_organization:
      "The organization identifier '{{identifier}}' became '{{successor}}': when you update the package, Moodle loses the students' progress in it.",
    message_item: "The item identifier '{{identifier}}' became '{{successor}}': when you update the package, Moodle loses the students' progress in it.",
    message_resource:
      "The resource identifier '{{identifier}}' became '{{successor}}': when you update the package, Moodle loses the students' progress in it.",
  },
  'identifiers.removed': {
    message: "'{{identifier}}' of the previous package is gone: when you update the package, Moodle loses the students' progress in it.",
    fix: 'Export the module again (tick it under the modules), or add this package as a new activity instead of updating the old one.',
    message_organization:
      "The organization '{{identifier}}' of the previous package is gone: when you update the package, Moodle loses the students' progress in it.",
    message_item: "The item '{{identifier}}' of the previous package is gone: when you update the package, Moodle loses the students' progress in it.",
    message_resource:
      "The resource '{{identifier}}' of the previous package is gone: when you update the package, Moodle loses the students' progress in it.",
  },
  'size.quota': {
    message:
      "The package is {{size, number}} MB and unpacks to {{unpacked, number}} MB; the LMS keeps both, about {{needed, number}} MB, more than the course's storage limit ({{quota, number}} MB).",
    fix: 'Export fewer modules per package, use smaller media, or ask the LMS administrator for a higher storage limit.',
  },
  'lms.canvas-scorm12': {
    message: "Field reports show SCORM 1.2 packages blank in Canvas's SCORM tool where the 2004 version of the same content worked.",
    fix: 'Export a SCORM 2004 package too and try that one first in Canvas.',
  },
  'lms.moodle-scorm2004': {
    message: "Moodle's SCORM 2004 support is partial (talking to the LMS works, sequencing does not); SCORM 1.2 is the safest choice for Moodle.",
    fix: 'Choose the SCORM 1.2 export for Moodle unless you need something from SCORM 2004.',
  },
  'lms.moodle-multi-sco-2004': {
    message:
      "This SCORM 2004 package has {{scos}} SCOs: Moodle keeps only the first module a student opens per visit (the others get error 104), so the work in every other module is lost.",
    fix: "Under 'How should the package be laid out?' choose 'One SCO for the whole course, with its own module menu' or 'A separate package per module'.",
  },
  'lms.moodle-multi-sco-12': {
    message:
      "This SCORM 1.2 package has {{scos}} SCOs: when a student opens a module again in the same visit, Moodle fails to start it and that session is not stored.",
    fix: "Under 'How should the package be laid out?' choose 'One SCO for the whole course, with its own module menu' or 'A separate package per module'.",
  },
};

/**
 * The i18next resource under `preflight`: rules are dotted (`manifest.at-root`), so they nest like
 * any other key (`preflight.manifest.at-root.message`).
 */
export function preflightResource(templates: Record<string, FindingTemplate>) {
  const tree: Record<string, unknown> = {};
  return nestByCode(templates, tree);
}

/** The param value that picks a variant of the finding's text, if its rule has variants. */
export function variantOf(finding: Pick<PreflightFinding, 'rule' | 'params'>): string | undefined {
  return variantValue(VARIANT_PARAM[finding.rule], finding.params);
}

/**
 * A finding's message and fix in the UI language. Falls back to the preflight's own (English)
 * message and fix when there is no text for the rule, e.g. a rule from a newer core.
 */
export function findingText(i18n: Translator, finding: PreflightFinding): { message: string; fix: string } {
  const own = { message: finding.message, fix: finding.fix };
  return templateText(i18n, `preflight.${finding.rule}`, own, finding.params ?? {}, variantOf(finding));
}
