import { defineMessages } from '../define';

/** The course validator's texts (electron/core/course/blocks/scenario.ts): scenarios and their steps. */
export const courseScenarioMessages = defineMessages({
  'scenario.no-situation': {
    en: {
      message: "step {{step}} of scenario '{{scenario}}' has no situation",
      hint: 'describe the situation in a few sentences above the list of choices',
    },
    nl: {
      message: "stap {{step}} van scenario '{{scenario}}' heeft geen situatie",
      hint: 'beschrijf de situatie in enkele zinnen boven de lijst met keuzes',
    },
  },
  'scenario.no-choices': {
    en: {
      message: "step {{step}} of scenario '{{scenario}}' has no choices",
      hint: 'write the choices as a list under the situation: "- What the professional does" with a "> …" consequence under each',
    },
    nl: {
      message: "stap {{step}} van scenario '{{scenario}}' heeft geen keuzes",
      hint: 'schrijf de keuzes als lijstje onder de situatie: "- Wat de professional doet", met onder elke keuze een gevolg "> …"',
    },
  },
  'scenario.choice-count': {
    en: {
      message: "step {{step}} of scenario '{{scenario}}' has {{count}} choices",
      hint: 'give {{min}} to {{max}} choices a professional could really make',
    },
    nl: {
      message: "stap {{step}} van scenario '{{scenario}}' heeft {{count}} keuzes",
      hint: 'geef {{min}} tot {{max}} keuzes die een professional echt zou kunnen maken',
    },
  },
  'scenario.no-consequence': {
    en: {
      message: "choice {{choice}} in step {{step}} of scenario '{{scenario}}' has no consequence",
      hint: 'add a "> …" line under the choice: what happens, and why (link it to the lever)',
    },
    nl: {
      message: "keuze {{choice}} in stap {{step}} van scenario '{{scenario}}' heeft geen gevolg",
      hint: 'zet onder de keuze een regel "> …": wat er gebeurt en waarom (verbind het met de hefboom)',
    },
  },
  'scenario.choice-unmarked': {
    en: {
      message: "choice {{choice}} in step {{step}} of scored scenario '{{scenario}}' is not marked best or not",
      hint: 'start the choice with "- [x] " (the best choice) or "- [ ] " (another choice)',
    },
    nl: {
      message: "keuze {{choice}} in stap {{step}} van het gescoorde scenario '{{scenario}}' is niet als beste of andere keuze gemarkeerd",
      hint: 'begin de keuze met "- [x] " (de beste keuze) of "- [ ] " (een andere keuze)',
    },
  },
  'scenario.choice-marked': {
    en: {
      message: "choice {{choice}} in step {{step}} of scenario '{{scenario}}' is marked, but the scenario is not scored",
      hint: 'add scored to the opening line ({#…} scored) to score it, or write the choice as "- " without [x] or [ ]',
    },
    nl: {
      message: "keuze {{choice}} in stap {{step}} van scenario '{{scenario}}' is gemarkeerd, maar het scenario telt niet mee",
      hint: 'zet scored op de openingsregel ({#…} scored) om het te scoren, of schrijf de keuze als "- " zonder [x] of [ ]',
    },
  },
  'scenario.best-count': {
    en: {
      message: "step {{step}} of scored scenario '{{scenario}}' has {{count}} best choices",
      hint: 'mark exactly one choice per step with "- [x] "; explain in the consequences of the others why they are not the best',
    },
    nl: {
      message: "stap {{step}} van het gescoorde scenario '{{scenario}}' heeft {{count}} beste keuzes",
      hint: 'markeer per stap precies één keuze met "- [x] "; leg in de gevolgen van de andere uit waarom ze niet de beste zijn',
    },
  },
  'scenario.too-many-steps': {
    en: {
      message: "scenario '{{scenario}}' has more than {{max}} steps",
      hint: 'keep one :::step after the first situation, or make a second scenario',
    },
    nl: {
      message: "scenario '{{scenario}}' heeft meer dan {{max}} stappen",
      hint: 'hou één :::step na de eerste situatie, of maak een tweede scenario',
    },
  },
  'scenario.unexpected-content': {
    data: ['rule'],
    en: {
      message: "scenario '{{scenario}}' has text where it does not belong",
      hint: 'see courses/README.md, section Scenario',
      'message_after-choices': "scenario '{{scenario}}' has text after its choices",
      'hint_after-choices': 'put the situation above the choices, and each consequence as a "> …" line under its choice',
      'message_after-step': "scenario '{{scenario}}' has text after its :::step",
      'hint_after-step': 'put the text of the second step inside :::step, or before it in the first step',
    },
    nl: {
      message: "scenario '{{scenario}}' heeft tekst op een plaats waar die niet hoort",
      hint: 'kijk in courses/README.md, deel Scenario',
      'message_after-choices': "scenario '{{scenario}}' heeft tekst na de keuzes",
      'hint_after-choices': 'zet de situatie boven de keuzes, en elk gevolg als regel "> …" onder zijn keuze',
      'message_after-step': "scenario '{{scenario}}' heeft tekst na zijn :::step",
      'hint_after-step': 'zet de tekst van de tweede stap binnen :::step, of ervoor in de eerste stap',
    },
  },
});
