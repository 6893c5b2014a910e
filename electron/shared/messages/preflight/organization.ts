import { definePreflightMessages } from './define';

/**
 * The package preflight's texts about the organization (electron/core/scorm/preflight/rules-organization.ts).
 * `_foreign` variants: a package Leerpad did not make, held only to what breaks in an LMS.
 */
export const preflightOrganizationMessages = definePreflightMessages({
  'organization.default': {
    en: {
      message: 'The manifest does not name a valid default organization.',
      hint: 'Export the package again with Leerpad.',
      message_none: 'The manifest has no <organization> and no SCO resource: there is nothing for the LMS to show or launch.',
      hint_none: 'Export the package again (with Leerpad: one organization with one root item holding the modules).',
      message_unknown: '<organizations default="{{named}}"> names no organization in the manifest.',
      hint_unknown: 'Set <organizations default="…"> to the identifier of the organization ({{organization}}).',
      message_missing: '<organizations> has no default attribute: which structure the LMS shows is left to chance.',
      hint_missing: 'Set <organizations default="…"> to the identifier of the organization ({{organization}}).',
      'message_first-unknown':
        '<organizations default="{{named}}"> names no organization: Moodle and Leerpad play the first one, \'{{organization}}\'; an LMS that validates the manifest strictly may refuse it.',
      'hint_first-unknown': 'Ask the maker to set <organizations default="…"> to \'{{organization}}\'; nothing to do if the package plays.',
      'message_first-missing': '<organizations> has no default attribute: Moodle and Leerpad play the first organization, \'{{organization}}\'.',
      'hint_first-missing': 'Nothing to do: IMS Content Packaging allows this.',
      message_resource: "The manifest has no <organization>: there is no outline, and LMSs that follow IMS Content Packaging (Leerpad among them) launch the SCO resource '{{resource}}' itself.",
      hint_resource: 'Nothing to do if one page is all the package has; for an outline the maker adds an <organization>.',
    },
    nl: {
      message: 'Het manifest duidt geen geldige standaardorganisatie aan.',
      hint: 'Exporteer het pakket opnieuw met Leerpad.',
      message_none: 'Het manifest heeft geen <organization> en geen SCO-resource: het LMS heeft niets om te tonen of te starten.',
      hint_none: 'Exporteer het pakket opnieuw (met Leerpad: één organisatie met één hoofditem dat de modules bevat).',
      message_unknown: '<organizations default="{{named}}"> verwijst naar een organisatie die niet in het manifest staat.',
      hint_unknown: 'Zet <organizations default="…"> op de id van de organisatie ({{organization}}).',
      message_missing: '<organizations> heeft geen default-attribuut: welke structuur het LMS toont, hangt dan van het toeval af.',
      hint_missing: 'Zet <organizations default="…"> op de id van de organisatie ({{organization}}).',
      'message_first-unknown':
        "<organizations default=\"{{named}}\"> verwijst naar geen enkele organisatie: Moodle en Leerpad spelen de eerste af, '{{organization}}'; een LMS dat het manifest strikt valideert, kan het weigeren.",
      'hint_first-unknown': "Vraag de maker om <organizations default=\"…\"> op '{{organization}}' te zetten; niets te doen als het pakket speelt.",
      'message_first-missing': "<organizations> heeft geen default-attribuut: Moodle en Leerpad spelen de eerste organisatie af, '{{organization}}'.",
      'hint_first-missing': 'Niets te doen: IMS Content Packaging laat dat toe.',
      message_resource:
        "Het manifest heeft geen <organization>: er is geen inhoudsopgave, en LMS-en die IMS Content Packaging volgen (ook Leerpad) starten de SCO-resource '{{resource}}' zelf.",
      hint_resource: 'Niets te doen als het pakket maar één pagina heeft; voor een inhoudsopgave voegt de maker een <organization> toe.',
    },
    data: ['problem'],
  },
  'organization.single-root': {
    en: {
      message: "The organization '{{organization}}' has {{roots}} top-level items; Moodle's previous and next buttons between SCOs need exactly one root item.",
      hint: 'Put the items of all modules under one root <item> without identifierref; a Leerpad export does.',
      message_foreign: "The organization '{{organization}}' has {{roots}} top-level items: Moodle shows them side by side; its previous and next buttons may skip between them.",
      hint_foreign: 'Nothing to do if the package navigates well in your LMS.',
    },
    nl: {
      message:
        "De organisatie '{{organization}}' heeft {{roots}} items op het hoogste niveau; voor de knoppen vorige en volgende tussen de SCO's heeft Moodle precies één hoofditem nodig.",
      hint: 'Zet alle items van de modules onder één hoofditem (<item>) zonder identifierref; een export van Leerpad doet dat.',
      message_foreign: "De organisatie '{{organization}}' heeft {{roots}} items op het hoogste niveau: Moodle toont ze naast elkaar; de knoppen vorige en volgende kunnen ertussen springen.",
      hint_foreign: 'Niets te doen als het pakket in je LMS goed navigeert.',
    },
    data: ['maker'],
  },
  'organization.root-launchable': {
    en: {
      message: `The top-level item '{{item}}' launches something itself (identifierref="{{resource}}"): Moodle plays it as a SCO instead of showing it as an outline.`,
      hint: "Remove identifierref from '{{item}}' and put the launchable items under it.",
      message_foreign: `The top-level item '{{item}}' launches '{{resource}}' itself: Moodle and other LMSs play it as a SCO, without an outline above it.`,
      hint_foreign: 'Nothing to do: usual for a package of one SCO.',
    },
    nl: {
      message: `Het hoofditem '{{item}}' start zelf iets (identifierref="{{resource}}"): Moodle speelt het af als een SCO in plaats van het als inhoudsopgave te tonen.`,
      hint: "Haal identifierref weg bij '{{item}}' en zet de items die iets starten eronder.",
      message_foreign: "Het hoofditem '{{item}}' start zelf '{{resource}}': Moodle en andere LMS-en spelen het af als een SCO, zonder inhoudsopgave erboven.",
      hint_foreign: 'Niets te doen: gewoon voor een pakket met één SCO.',
    },
    data: ['maker'],
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
      message_foreign: 'The organization the LMS plays launches no SCO, only files: it plays, but Moodle and other LMSs record no progress or score.',
      hint_foreign: 'Nothing to do if the package is meant as reading material; otherwise ask its maker for a SCORM export with SCOs.',
    },
    nl: {
      message: 'De standaardorganisatie start geen enkele SCO: het LMS zou niets registreren.',
      hint: 'Exporteer het pakket opnieuw met Leerpad, met minstens één module.',
      message_foreign: 'De organisatie die het LMS afspeelt, start geen enkele SCO, alleen bestanden: ze speelt af, maar Moodle en andere LMS-en registreren geen voortgang of score.',
      hint_foreign: 'Niets te doen als het pakket leesmateriaal is; vraag anders de maker om een SCORM-export met SCO\'s.',
    },
    data: ['maker'],
  },
});
