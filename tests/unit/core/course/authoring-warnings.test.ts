import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../../electron/core/contract';
import { loadCourse } from '../../../../electron/core/course';
import { stemSimilarity, stemTokens } from '../../../../electron/core/course/stems';
import { COURSE_YAML, HEADER, tempCourse } from '../../../helpers/core/course/fixtures';

const at = (i: ValidationIssue) => `${i.severity} ${i.code}@${i.line ?? '-'}:${i.column ?? '-'}`;
const QUIZ = (inner: string) => `::::quiz{#q-een title="Test" pass=75}\n\n${inner}\n::::\n`;
const single = (id: string, stem: string, wrong = '  > Nee: dat laat het kind alleen.') =>
  `:::single{#${id}}\n${stem}\n\n- [x] Ze vraagt door.\n  > Juist: zo denkt het kind verder.\n- [ ] Ze gaat verder.\n${wrong}\n:::\n\n`;
const check = (body: string, files?: Record<string, string>) => loadCourse(tempCourse(body, files)).issues;

describe('warning about repeated questions', () => {
  it('compares stems without case, punctuation, spacing or accents', () => {
    expect(stemTokens('  Wát doet de JUF, als…  een kleuter iets ontdékt?')).toEqual(['wat', 'doet', 'de', 'juf', 'als', 'een', 'kleuter', 'iets', 'ontdekt']);
    expect(stemSimilarity(stemTokens('Wat doet de juf?'), stemTokens('wat doet DE juf'))).toBe(1);
  });

  it('warns at the second of two questions with the same stem, naming the first, even in another module', () => {
    const second = `${HEADER.replace('id: een', 'id: twee').replace('#een-start', '#twee-start')}\n${QUIZ(single('q-b', 'Wat doet de juf, als een kleuter iets ontdekt?'))}`.replace('#q-een ', '#q-twee ');
    const issues = check(QUIZ(single('q-a', 'Wat doet de juf als een kleuter iets ontdekt?')), {
      'modules/02-twee.md': second,
      'course.yaml': `${COURSE_YAML}  - modules/02-twee.md\n`,
    });
    const repeat = issues.find((i) => i.code === 'question.stem-repeated');
    expect(repeat).toMatchObject({ severity: 'warning', file: 'modules/02-twee.md', line: 16, params: { first: 'q-a', firstFile: 'modules/01-een.md', firstLine: 16, rule: 'same' } });
    expect(repeat?.message).toBe("question 'q-b' has the same stem as question 'q-a' (modules/01-een.md, line 16)");
  });

  it('warns about a nearly equal stem (Jaccard 0.9 or more), not about one that asks something else on the same topic', () => {
    const near = QUIZ(
      single('q-a', 'Wat doet de juf in de klas als een kleuter in de zandbak iets nieuws ontdekt?') +
        single('q-b', 'Wat doet de juf in de klas als een kleuter in de zandbak iets ontdekt?') +
        single('q-c', 'Waarom vraagt de juf door als een kleuter iets ontdekt?'),
    );
    expect(check(near).map(at)).toEqual(['warning question.stem-repeated@25:1']);
    expect(check(near)[0]?.params?.rule).toBe('near');
  });
});

describe('warning about wrong options that do not say why', () => {
  it('warns at a wrong option with no feedback of its own, even when the question has an explanation', () => {
    const body = QUIZ(single('q-a', 'Wat doet de juf?', '').replace(':::\n\n', '\n> Doorvragen laat het kind verder denken.\n:::\n'));
    const issues = check(body);
    expect(issues.map(at)).toEqual(['warning question.feedback-thin@21:1']);
    expect(issues[0]?.message).toBe("wrong option 2 of question 'q-a' has no feedback of its own");
  });

  it('warns at feedback of fewer than four words, and not at four', () => {
    expect(check(QUIZ(single('q-a', 'Wat doet de juf?', '  > Nee, niet juist.'))).map((i) => [at(i), i.params?.words])).toEqual([
      ['warning question.feedback-thin@21:1', 3],
    ]);
    expect(check(QUIZ(single('q-a', 'Wat doet de juf?', '  > Nee, dat stopt alles.')))).toEqual([]);
  });

  it('says nothing about options of a question without a right answer: that is already an error', () => {
    const body = QUIZ(':::single{#q-a}\nVraag?\n\n- [ ] Een\n- [ ] Twee\n\n> Uitleg.\n:::\n');
    expect(check(body).map(at)).toEqual(['error quiz.no-correct-answer@19:1']);
  });
});

describe('warning about study time', () => {
  const withMinutes = (minutes: number, body: string) => ({ 'modules/01-een.md': `${HEADER.replace('minutes: 10', `minutes: ${minutes}`)}\n${body}` });
  const prose = (words: number) => `${'woord '.repeat(words).trim()}.\n`;

  it('warns at minutes more than half and more than ten minutes away from reading plus activity time', () => {
    // 2990 words and the two of the section's own text: 15 minutes of reading, nothing else to do.
    const issues = check('', withMinutes(40, prose(2990)));
    expect(issues.map(at)).toEqual(['warning module.minutes-off@5:10']);
    expect(issues[0]?.message).toBe('minutes: 40 is far from the estimated study time of about 15 minutes');
    expect(check('', withMinutes(22, prose(2990)))).toEqual([]);
    // Ten minutes off is more than half of 15, but within the slack a learner planning a session does not notice.
    expect(check('', withMinutes(25, prose(2990)))).toEqual([]);
    expect(check('', withMinutes(26, prose(2990))).map(at)).toEqual(['warning module.minutes-off@5:10']);
  });

  it('counts a question, a scenario step and a reflection as time too', () => {
    const reflection = ':::reflection{#r-een}\nDenk na over je klas.\n:::\n\n';
    const questions = QUIZ(Array.from({ length: 12 }, (_, i) => single(`q-${i}`, `Vraag nummer ${'x'.repeat(i + 1)} over iets anders?`)).join(''));
    // 1 minute of reading, 5 for the reflection, 12 for the questions: 18.
    expect(check('', withMinutes(18, `Tekst.\n\n${reflection}${questions}`))).toEqual([]);
    expect(check('', withMinutes(1, `Tekst.\n\n${reflection}${questions}`)).map(at)).toEqual(['warning module.minutes-off@5:10']);
  });
});
