import { defineMessages } from '../define';

/** The course validator's texts (electron/core/course): quizzes and questions. */
export const courseQuestionMessages = defineMessages({
  'quiz.too-many': {
    en: {
      message: 'this module has a second quiz (the first starts at line {{firstLine}})',
      hint: 'keep one quiz per module: move these questions into the first quiz',
    },
    nl: {
      message: 'deze module heeft een tweede toets (de eerste begint op regel {{firstLine}})',
      hint: 'houd het bij één toets per module: zet deze vragen in de eerste toets',
    },
  },
  'quiz.unexpected-content': {
    en: {
      message: "quiz '{{quiz}}' holds text outside its questions",
      hint: 'put it inside a question (:::single … :::) or before the ::::quiz line',
    },
    nl: {
      message: "toets '{{quiz}}' bevat tekst buiten de vragen",
      hint: 'zet die tekst in een vraag (:::single … :::) of vóór de regel ::::quiz',
    },
  },
  'quiz.no-questions': {
    en: {
      message: "quiz '{{quiz}}' has no questions",
      hint: 'add questions such as :::single{#q-…} … ::: between ::::quiz and ::::',
    },
    nl: {
      message: "toets '{{quiz}}' heeft geen vragen",
      hint: 'zet vragen zoals :::single{#q-…} … ::: tussen ::::quiz en ::::',
    },
  },
  'quiz.no-correct-answer': {
    data: ['name'],
    en: {
      message: "question '{{question}}' of quiz '{{quiz}}' has no correct answer",
      hint: 'mark the right option(s) with [x]',
      hint_single: 'mark one option with [x]',
      hint_multiple: 'mark the right options with [x]',
    },
    nl: {
      message: "vraag '{{question}}' van toets '{{quiz}}' heeft geen juist antwoord",
      hint: 'markeer de juiste optie(s) met [x]',
      hint_single: 'markeer één optie met [x]',
      hint_multiple: 'markeer de juiste opties met [x]',
    },
  },
  'quiz.single-multiple-correct': {
    en: {
      message: "single-choice question '{{question}}' has {{count}} correct answers",
      hint: 'mark exactly one option with [x], or make it a :::multiple question',
    },
    nl: {
      message: "vraag '{{question}}' is een :::single-vraag maar heeft {{count}} juiste antwoorden",
      hint: 'markeer precies één optie met [x], of maak er een :::multiple-vraag van',
    },
  },
  'question.no-prompt': {
    en: {
      message: "question '{{question}}' has no question text",
      hint: 'write the question on the line after the opening line',
    },
    nl: {
      message: "vraag '{{question}}' heeft geen vraagtekst",
      hint: 'schrijf de vraag op de regel na de openingsregel',
    },
  },
  'question.no-options': {
    data: ['name'],
    en: {
      message: "question '{{question}}' has no options",
      hint: 'write the answers as a list below the question',
      hint_single: 'write the options as "- [ ] …" lines and mark the right one "- [x] …"',
      hint_multiple: 'write the options as "- [ ] …" lines and mark the right ones "- [x] …"',
      message_matching: "question '{{question}}' has no pairs",
      hint_matching: 'write one pair per line: "- left -> right"',
      message_ordering: "question '{{question}}' has no items",
      hint_ordering: 'write the items as a numbered list in the right order: "1. …"',
    },
    nl: {
      message: "vraag '{{question}}' heeft geen antwoorden",
      hint: 'schrijf de antwoorden als lijst onder de vraag',
      hint_single: 'schrijf de opties als regels "- [ ] …" en markeer het juiste antwoord met "- [x] …"',
      hint_multiple: 'schrijf de opties als regels "- [ ] …" en markeer de juiste antwoorden met "- [x] …"',
      message_matching: "koppelvraag '{{question}}' heeft geen paren",
      hint_matching: 'schrijf één paar per regel: "- links -> rechts"',
      message_ordering: "volgordevraag '{{question}}' heeft geen items",
      hint_ordering: 'schrijf de items als genummerde lijst in de juiste volgorde: "1. …"',
    },
  },
  'question.unexpected-content': {
    en: {
      message: "question '{{question}}' has text after its list that is not feedback",
      hint: 'start feedback lines with "> "; put the question text above the list',
    },
    nl: {
      message: "vraag '{{question}}' heeft na de lijst tekst die geen feedback is",
      hint: 'begin feedbackregels met "> "; zet de vraagtekst boven de lijst',
    },
  },
  'question.option-unmarked': {
    en: {
      message: "option {{option}} of question '{{question}}' is not marked right or wrong",
      hint: 'start the option with "- [ ] " (wrong) or "- [x] " (right)',
    },
    nl: {
      message: "optie {{option}} van vraag '{{question}}' is niet als juist of fout gemarkeerd",
      hint: 'begin de optie met "- [ ] " (fout) of "- [x] " (juist)',
    },
  },
  'question.too-few-options': {
    en: {
      message: "question '{{question}}' has too few options ({{count}})",
      hint: 'give at least two options',
    },
    nl: {
      message: "vraag '{{question}}' heeft te weinig opties ({{count}})",
      hint: 'geef minstens twee opties',
    },
  },
  'question.too-many-options': {
    en: {
      message: "question '{{question}}' has {{count}} options",
      hint: 'keep it to {{max}} options or fewer',
    },
    nl: {
      message: "vraag '{{question}}' heeft {{count}} opties",
      hint: 'beperk je tot hoogstens {{max}} opties',
    },
  },
  'question.no-feedback': {
    data: ['missing'],
    en: {
      message: "question '{{question}}' of quiz '{{quiz}}' lacks feedback",
      hint: 'add a "> …" line after the answers that explains the right answer; a choice question may instead have a "> …" line under every option',
      message_options: "option(s) {{options}} of question '{{question}}' have no feedback",
      hint_options: 'add a "> …" line under each of those options, or one "> …" line after all options',
    },
    nl: {
      message: "vraag '{{question}}' van toets '{{quiz}}' mist feedback",
      hint: 'zet na de antwoorden een regel "> …" die het juiste antwoord uitlegt; bij een keuzevraag mag ook een regel "> …" onder elke optie',
      message_options: "optie(s) {{options}} van vraag '{{question}}' hebben geen feedback",
      hint_options: 'zet een regel "> …" onder elk van die opties, of één regel "> …" na alle opties',
    },
  },
  'matching.unequal': {
    data: ['problem'],
    en: {
      message: "pair {{pair}} of matching question '{{question}}' is not written correctly",
      hint: 'write exactly one \'->\' with text on both sides: "- left -> right"',
      'message_no-arrow': "pair {{pair}} of matching question '{{question}}' has no '->'",
      'message_many-arrows': "pair {{pair}} of matching question '{{question}}' has more than one '->'",
      'message_no-left': "pair {{pair}} of matching question '{{question}}' has no text left of '->'",
      'message_no-right': "pair {{pair}} of matching question '{{question}}' has no text right of '->'",
    },
    nl: {
      message: "paar {{pair}} van koppelvraag '{{question}}' is niet goed geschreven",
      hint: 'schrijf precies één \'->\' met tekst aan beide kanten: "- links -> rechts"',
      'message_no-arrow': "paar {{pair}} van koppelvraag '{{question}}' heeft geen '->'",
      'message_many-arrows': "paar {{pair}} van koppelvraag '{{question}}' heeft meer dan één '->'",
      'message_no-left': "paar {{pair}} van koppelvraag '{{question}}' heeft geen tekst links van '->'",
      'message_no-right': "paar {{pair}} van koppelvraag '{{question}}' heeft geen tekst rechts van '->'",
    },
  },
  'matching.too-few': {
    en: {
      message: "matching question '{{question}}' has too few pairs ({{count}})",
      hint: 'give at least two pairs',
    },
    nl: {
      message: "koppelvraag '{{question}}' heeft te weinig paren ({{count}})",
      hint: 'geef minstens twee paren',
    },
  },
  'matching.too-many': {
    en: {
      message: "matching question '{{question}}' has {{count}} pairs",
      hint: 'keep it to {{max}} pairs or fewer',
    },
    nl: {
      message: "koppelvraag '{{question}}' heeft {{count}} paren",
      hint: 'beperk je tot hoogstens {{max}} paren',
    },
  },
  'ordering.not-numbered': {
    en: {
      message: "the items of ordering question '{{question}}' are not numbered",
      hint: 'write them as a numbered list in the right order: "1. …", "2. …"',
    },
    nl: {
      message: "de items van volgordevraag '{{question}}' zijn niet genummerd",
      hint: 'schrijf ze als genummerde lijst in de juiste volgorde: "1. …", "2. …"',
    },
  },
  'ordering.too-few': {
    en: {
      message: "ordering question '{{question}}' has too few items ({{count}})",
      hint: 'give at least two items to put in order',
    },
    nl: {
      message: "volgordevraag '{{question}}' heeft te weinig items ({{count}})",
      hint: 'geef minstens twee items om te ordenen',
    },
  },
  'ordering.too-many': {
    en: {
      message: "ordering question '{{question}}' has {{count}} items",
      hint: 'keep it to {{max}} items or fewer',
    },
    nl: {
      message: "volgordevraag '{{question}}' heeft {{count}} items",
      hint: 'beperk je tot hoogstens {{max}} items',
    },
  },
});
