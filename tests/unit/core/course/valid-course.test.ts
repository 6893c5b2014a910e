import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, CourseDocument, ModuleDocument, Question } from '../../../../electron/core/contract';
import { loadCourse } from '../../../../electron/core/course';
import { FIXTURES } from '../../../helpers/core/course/fixtures';

let course: CourseDocument;
const blocksOf = (m: ModuleDocument | undefined): Block[] => m?.sections.flatMap((s) => s.blocks) ?? [];
const block = <K extends Block['kind']>(m: ModuleDocument | undefined, kind: K) =>
  blocksOf(m).find((b): b is Extract<Block, { kind: K }> => b.kind === kind);
type Choice = Extract<Question, { options: unknown }>;
/** The question of that type in the quiz of module 2, narrowed to the shape the test reads. */
function question<Shape extends Question>(type: Question['type']): Shape | undefined {
  return block(course.modules[1], 'quiz')?.questions.find((q) => q.type === type) as Shape | undefined;
}

beforeAll(() => {
  const result = loadCourse(path.join(FIXTURES, 'valid', 'mini'));
  expect(result.issues).toEqual([]);
  course = result.course!;
});

describe('compiling a valid course', () => {
  it('keeps course.yaml as metadata and the modules in listed order', () => {
    expect(course).toMatchObject({
      id: 'mini',
      version: '0.1.0',
      title: 'Mini',
      minutes: 40,
      description: 'Twee modules die elk bloktype gebruiken.',
    });
    expect(course.authors).toEqual([{ name: 'Testteam', role: 'tekst' }, { name: 'Tweede auteur' }]);
    expect(course.framework.themes[0]?.levers.map((l) => l.id)).toEqual(['onderzoeken', 'expressie']);
    expect(course.modules.map((m) => [m.id, m.file, m.minutes])).toEqual([
      ['start', 'modules/01-start.md', 15],
      ['hefboom-onderzoeken', 'modules/02-hefboom.md', 15],
    ]);
    expect(course.modules[1]?.levers).toEqual(['onderzoeken', 'kinderrechten']);
  });

  it('splits modules into sections with every block type', () => {
    expect(course.modules[0]?.sections.map((s) => [s.id, s.title, s.blocks.map((b) => b.kind)])).toEqual([
      ['start-welkom', 'Welkom', ['prose', 'quote', 'callout']],
      ['start-media', 'Beeld en video', ['image', 'video', 'reflection']],
    ]);
    expect(course.modules[1]?.sections.map((s) => s.blocks.map((b) => b.kind))).toEqual([
      ['prose', 'checklist', 'reflection'],
      ['quiz'],
    ]);
  });

  it('counts the words of prose, quotes and callouts only', () => {
    // 12 words of prose, 8 of the quote, 5 of the callout; the transcript and reflection do not count.
    expect(course.modules[0]?.wordCount).toBe(25);
    expect(course.modules[1]?.wordCount).toBe(5);
  });

  it('lists every media file a module uses', () => {
    expect(course.modules[0]?.media).toEqual(['media/demo.mp4', 'media/kader.svg', 'media/werkblad.pdf']);
    expect(course.modules[1]?.media).toEqual([]);
  });

  it('opens external links in a new window and keeps course files relative', () => {
    const prose = block(course.modules[0], 'prose');
    expect(prose?.html).toContain(
      '<a href="https://www.grotekansen.be" target="_blank" rel="noopener noreferrer">grotekansen.be</a>',
    );
    expect(prose?.html).toContain('<a href="media/werkblad.pdf">werkblad</a>');
    expect(prose?.html).toContain('<strong>mini</strong>');
  });

  it('compiles quote, callout, image and video blocks', () => {
    const m = course.modules[0];
    expect(block(m, 'quote')).toEqual({
      kind: 'quote',
      html: '<p>Door samenwerking kom je veel sneller tot resultaat.</p>',
      by: 'Els Mertens',
      role: 'opleidingshoofd',
    });
    expect(block(m, 'callout')).toMatchObject({ variant: 'info', title: 'Goed om te weten' });
    expect(block(m, 'image')).toEqual({
      kind: 'image',
      src: 'media/kader.svg',
      alt: "Schema met twee kernthema's",
      caption: 'Het kader in één beeld',
    });
    expect(block(m, 'video')).toEqual({
      kind: 'video',
      src: 'media/demo.mp4',
      title: 'Een kringgesprek',
      transcriptHtml: '<p>De juf zit met zes kleuters in de kring.</p>',
    });
  });

  it('compiles reflections with their defaults and guiding questions', () => {
    expect(block(course.modules[0], 'reflection')).toMatchObject({
      id: 'r-start',
      promptText: 'Denk aan een moment van de voorbije week.',
      guidingQuestions: ['Wat deed het kind?', 'Wat deed jij?'],
      minLength: 0,
      maxLength: 2000,
    });
    expect(blocksOf(course.modules[1]).find((b) => b.kind === 'reflection')).toMatchObject({
      minLength: 50,
      maxLength: 1500,
      guidingQuestions: [],
    });
  });

  it('compiles checklists with item ids, scale and notes', () => {
    expect(block(course.modules[1], 'checklist')).toEqual({
      kind: 'checklist',
      id: 'k-onderzoeken',
      title: 'Kijkwijzer onderzoeken',
      introHtml: '<p>Hoe vaak lukt dit?</p>',
      scale: ['Nog niet', 'Soms', 'Vaak', 'Altijd'],
      items: [
        { id: 'k-onderzoeken-materiaal', text: 'Er ligt materiaal klaar.' },
        { id: 'k-onderzoeken-vragen', text: 'Ik stel open vragen.' },
      ],
      allowNote: true,
      noteMaxLength: 200,
    });
  });

  it('compiles the quiz with positional option ids and the right answers', () => {
    expect(block(course.modules[1], 'quiz')).toMatchObject({
      id: 'q-onderzoeken',
      title: 'Test je kennis',
      pass: 75,
      retry: true,
    });
    expect(question<Choice>('single')?.options).toEqual([
      {
        id: 'a',
        html: 'Stilzitten.',
        text: 'Stilzitten.',
        correct: false,
        feedbackHtml: '<p>Nee: onderzoeken vraagt net dat kinderen zelf ontdekken.</p>',
      },
      {
        id: 'b',
        html: 'Probleemoplossend <em>denken</em>.',
        text: 'Probleemoplossend denken.',
        correct: true,
        feedbackHtml: '<p>Juist.</p>',
      },
    ]);
    const multiple = question<Choice>('multiple');
    expect(multiple?.options.map((o) => [o.id, o.correct, o.feedbackHtml])).toEqual([
      ['a', true, undefined],
      ['b', true, undefined],
      ['c', false, '<p>Nee: overschrijven is nadoen, niet zelf ontdekken.</p>'],
    ]);
    expect(multiple?.explanationHtml).toBe('<p>Onderzoeken is ontdekken en experimenteren.</p>');
    expect(question('truefalse')).toMatchObject({
      answer: true,
      promptHtml: '<p>Kinderen onderzoeken in dialoog.</p>',
      explanationHtml: '<p>Waar.</p>',
    });
    expect(question<Extract<Question, { pairs: unknown }>>('matching')?.pairs).toEqual([
      { id: 'p1', left: 'Onderzoeken', right: 'ontdekken en experimenteren' },
      { id: 'p2', left: 'Expressie', right: 'zich uitdrukken' },
    ]);
    expect(question<Extract<Question, { items: unknown }>>('ordering')?.items).toEqual([
      { id: 'i1', text: 'Thuis' },
      { id: 'i2', text: 'Kinderopvang' },
      { id: 'i3', text: 'Kleuterschool' },
    ]);
  });

  it('never leaves raw HTML or directive syntax in the compiled HTML', () => {
    const json = JSON.stringify(course);
    expect(json).not.toMatch(/<script|<div|:::|\{#/);
  });
});
