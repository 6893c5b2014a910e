import { defineMessages } from '../define';

/** The course validator's texts (electron/core/course): reflections and checklists. */
export const courseAnswerMessages = defineMessages({
  'reflection.empty': {
    en: {
      message: "reflection '{{reflection}}' has no assignment",
      hint: 'write the assignment as one or more paragraphs inside the block; a list below it gives guiding questions',
    },
    nl: {
      message: "reflectie '{{reflection}}' heeft geen opdracht",
      hint: "schrijf de opdracht als een of meer alinea's in het blok; een lijstje eronder geeft hulpvragen",
    },
  },
  'reflection.length': {
    en: {
      message: "reflection '{{reflection}}' asks for at least {{min}} but at most {{max}} characters",
      hint: 'make min smaller than max',
    },
    nl: {
      message: "reflectie '{{reflection}}' vraagt minstens {{min}} maar hoogstens {{max}} tekens",
      hint: 'maak min kleiner dan max',
    },
  },
  'checklist.empty': {
    en: {
      message: "checklist '{{checklist}}' has no statements",
      hint: 'write the statements as a list: "- Statement. {#k-…}"',
    },
    nl: {
      message: "kijkwijzer '{{checklist}}' heeft geen uitspraken",
      hint: 'schrijf de uitspraken als lijst: "- Uitspraak. {#k-…}"',
    },
  },
  'checklist.unexpected-content': {
    en: {
      message: "checklist '{{checklist}}' has text after its list of statements",
      hint: 'put the introduction above the list, or close the checklist with ::: first',
    },
    nl: {
      message: "kijkwijzer '{{checklist}}' heeft tekst na de lijst met uitspraken",
      hint: 'zet de inleiding boven de lijst, of sluit de kijkwijzer eerst af met :::',
    },
  },
  'checklist.scale': {
    en: {
      message: "the scale of checklist '{{checklist}}' must have {{min}} to {{max}} non-empty labels (found '{{scale}}')",
      hint: 'separate the labels with |, e.g. scale="Nog niet|Soms|Vaak|Altijd"',
    },
    nl: {
      message: "de schaal van kijkwijzer '{{checklist}}' moet {{min}} tot {{max}} niet-lege labels hebben (er staat '{{scale}}')",
      hint: 'scheid de labels met |, bv. scale="Nog niet|Soms|Vaak|Altijd"',
    },
  },
  'checklist.item-id-missing': {
    en: {
      message: "statement {{item}} of checklist '{{checklist}}' has no id",
      hint: 'end the statement with its id, e.g. {#{{checklist}}-{{item}}}',
    },
    nl: {
      message: "uitspraak {{item}} van kijkwijzer '{{checklist}}' heeft geen id",
      hint: 'sluit de uitspraak af met haar id, bv. {#{{checklist}}-{{item}}}',
    },
  },
});
