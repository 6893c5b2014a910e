import { defineMessages } from '../define';

/** The course validator's help for authors (warnings): repeated stems, thin feedback, study time off. */
export const courseAuthoringMessages = defineMessages({
  'question.stem-repeated': {
    data: ['rule'],
    en: {
      message: "question '{{question}}' asks what question '{{first}}' already asks ({{firstFile}}, line {{firstLine}})",
      hint: 'ask something else here, or remove one of the two: a learner should not meet the same question twice',
      message_same: "question '{{question}}' has the same stem as question '{{first}}' ({{firstFile}}, line {{firstLine}})",
      message_near: "question '{{question}}' has nearly the same stem as question '{{first}}' ({{firstFile}}, line {{firstLine}})",
    },
    nl: {
      message: "vraag '{{question}}' vraagt wat vraag '{{first}}' al vraagt ({{firstFile}}, regel {{firstLine}})",
      hint: 'vraag hier iets anders, of schrap een van beide: een lerende hoort dezelfde vraag niet twee keer te krijgen',
      message_same: "vraag '{{question}}' heeft dezelfde vraagtekst als vraag '{{first}}' ({{firstFile}}, regel {{firstLine}})",
      message_near: "vraag '{{question}}' heeft bijna dezelfde vraagtekst als vraag '{{first}}' ({{firstFile}}, regel {{firstLine}})",
    },
  },
  'question.feedback-thin': {
    data: ['rule'],
    en: {
      message: "wrong option {{option}} of question '{{question}}' does not say why it is wrong",
      hint: 'add a "> …" line under the option of at least {{min}} words that says why it is not the best answer',
      message_missing: "wrong option {{option}} of question '{{question}}' has no feedback of its own",
      message_short: "the feedback of wrong option {{option}} of question '{{question}}' has only {{words}} word(s)",
    },
    nl: {
      message: "foute optie {{option}} van vraag '{{question}}' zegt niet waarom ze fout is",
      hint: 'zet onder de optie een regel "> …" van minstens {{min}} woorden die zegt waarom ze niet het beste antwoord is',
      message_missing: "foute optie {{option}} van vraag '{{question}}' heeft geen eigen feedback",
      message_short: "de feedback bij foute optie {{option}} van vraag '{{question}}' telt maar {{words}} woord(en)",
    },
  },
  'module.minutes-off': {
    en: {
      message: 'minutes: {{minutes}} is far from the estimated study time of about {{estimate}} minutes',
      hint: 'the estimate is the reading time of all text plus time per question, scenario step, reflection and checklist statement (courses/README.md); set minutes closer to it',
    },
    nl: {
      message: 'minutes: {{minutes}} ligt ver van de geschatte studietijd van ongeveer {{estimate}} minuten',
      hint: 'de schatting is de leestijd van alle tekst plus tijd per vraag, scenariostap, reflectie en uitspraak van een kijkwijzer (courses/README.md); zet minutes er dichter bij',
    },
  },
});
