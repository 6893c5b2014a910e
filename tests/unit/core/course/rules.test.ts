import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../../electron/core/contract';
import { loadCourse } from '../../../../electron/core/course';
import { HEADER, tempCourse } from '../../../helpers/core/course/fixtures';

const at = (i: ValidationIssue) => `${i.code}@${i.line ?? '-'}:${i.column ?? '-'}`;
/** Codes and positions of a one-module course whose body starts on line 14. */
const check = (body: string, files?: Record<string, string>) => loadCourse(tempCourse(body, files)).issues.map(at);

const QUIZ = (inner: string) => `::::quiz{#q-een title="Test" pass=75}\n\n${inner}\n::::\n`;

describe('course rules', () => {
  it('rejects links that leave the course or could run code, and keeps anchors and comments', () => {
    expect(check('[a](javascript:alert(1)) [b](../media/x.png) [c](#boven) <!-- notitie -->\n')).toEqual([
      'link.protocol@14:1',
      'link.outside-course@14:26',
    ]);
  });

  it('shows only pictures as images and only video or sound as videos; a link may point at any allowed file', () => {
    const files = { 'media/werkblad.pdf': '%PDF-1.7\n', 'media/foto.gif': 'GIF89a', 'media/lied.mp3': 'ID3' };
    const body = '![Werkblad](media/werkblad.pdf)\n\n:::video{src="media/foto.gif" title="Film"}\nWat je ziet.\n:::\n\n:::video{src="media/lied.mp3" title="Lied"}\nDe tekst.\n:::\n\n[Werkblad](media/werkblad.pdf)\n';
    const { course, issues } = loadCourse(tempCourse(body, files));
    expect(issues.map(at)).toEqual(['media.wrong-kind@14:1', 'media.wrong-kind@16:10']);
    expect(issues[0]?.hint).toMatch(/'\.png', .*'\.svg', or link the file as \[text\]\(media\/werkblad\.pdf\)/);
    expect(course?.modules[0]?.media).toEqual(['media/lied.mp3', 'media/werkblad.pdf']);
  });

  it('treats an inline directive as a mistake and keeps its text', () => {
    const dir = tempCourse('Let op:dit is belangrijk.\n');
    const { course, issues } = loadCourse(dir);
    expect(issues.map(at)).toEqual(['directive.unknown@14:7']);
    expect(issues[0]?.hint).toContain('space after the colon');
    expect(JSON.stringify(course?.modules[0]?.sections)).toContain('Let op:dit is belangrijk.');
  });

  it('explains directives in the wrong form or place', () => {
    expect(check('::quote{by="x"}\n\n:::section[Fout]{#fout}\n:::\n\n:::single{#q-los}\nVraag?\n:::\n')).toEqual([
      'directive.form@14:1',
      'directive.form@16:1',
      'directive.misplaced@19:1',
    ]);
  });

  it('rejects a directive nested in a block', () => {
    expect(check(':::callout{type="tip"}\nTekst\n\n::section[Binnen]{#binnen}\n:::\n')).toEqual(['directive.misplaced@17:1']);
  });

  it('checks the attributes of a quiz and its questions', () => {
    const quiz = QUIZ(
      `:::truefalse{#q-tf answer="ja"}\nKlopt dit?\n\n> Uitleg.\n:::\n\n:::single{#q-keuze}\nVraag?\n\n- Geen vinkje\n- [x] Wel\n\n> Uitleg.\n:::\n`,
    );
    expect(check(quiz.replace('pass=75', 'pass=150 retry=ja .groot'))).toEqual([
      'directive.attribute-invalid@14:30',
      'directive.attribute-invalid@14:39',
      'directive.attribute-unknown@14:48',
      'directive.attribute-invalid@16:20',
      'question.option-unmarked@25:1',
    ]);
  });

  it('points at the question after one whose closing ::: is missing, once', () => {
    const quiz = QUIZ(
      ':::single{#q-a}\nVraag?\n\n- [x] Ja\n- [ ] Nee\n\n> Uitleg.\n\n:::truefalse{#q-b answer="waar"}\nB.\n\n> Uitleg.\n:::\n',
    );
    const { issues } = loadCourse(tempCourse(quiz));
    expect(issues.map(at)).toEqual(['question.feedback-thin@20:1', 'directive.misplaced@24:1']);
    expect(issues[1]?.hint).toBe('close the question with its ::: line before this line');
  });

  it('rejects text between the questions of a quiz and an empty quiz', () => {
    expect(check(QUIZ('Losse tekst.\n'))).toEqual(['quiz.no-questions@14:1', 'quiz.unexpected-content@16:1']);
  });

  it('accepts feedback per option instead of an explanation, but then for every option', () => {
    const q = (feedbackB: string) => QUIZ(`:::single{#q-keuze}\nVraag?\n\n- [ ] Fout\n  > Nee, stilzitten is geen onderzoeken.\n- [x] Goed${feedbackB}\n:::\n`);
    expect(check(q('\n  > Ja.'))).toEqual([]);
    const { issues } = loadCourse(tempCourse(q('')));
    expect(issues.map(at)).toEqual(['question.no-feedback@16:1']);
    expect(issues[0]?.message).toBe("option(s) 'b' of question 'q-keuze' have no feedback");
  });

  it('checks reflection lengths, callout types and empty sections', () => {
    expect(
      check(
        ':::reflection{#r-een min=500 max=100}\nOpdracht.\n:::\n\n:::callout{type="waarschuwing"}\nTekst.\n:::\n\n::section[Leeg]{#leeg}\n',
      ),
    ).toEqual(['reflection.length@14:22', 'directive.attribute-invalid@18:12', 'section.empty@22:1']);
  });

  it('finds duplicate checklist statement ids and malformed ones', () => {
    expect(
      check(':::checklist{#k-een title="K" scale="a|b"}\n- Een {#k-een-1}\n- Twee {#k-een-1}\n- Drie {#K_3}\n:::\n'),
    ).toEqual(['id.duplicate@16:8', 'id.format@17:8']);
  });

  it('reports schema errors in front matter at the line of the value', () => {
    const header = HEADER.replace('minutes: 10', 'minutes: tien').replace('goals:\n  - Je kan iets.', 'goals: []\nauteur: x');
    const dir = tempCourse('', { 'modules/01-een.md': header });
    expect(loadCourse(dir).issues.map(at)).toEqual(['schema.invalid@5:10', 'schema.invalid@6:8', 'schema.unknown-key@7:1']);
  });

  it('requires front matter and names a duplicate key', () => {
    expect(loadCourse(tempCourse('', { 'modules/01-een.md': '::section[Start]{#start}\n\nTekst.\n' })).issues.map(at)).toEqual([
      'frontmatter.missing@1:1',
    ]);
    const dup = HEADER.replace('minutes: 10', 'minutes: 10\nminutes: 20');
    expect(loadCourse(tempCourse('', { 'modules/01-een.md': dup })).issues.map(at)).toEqual(['yaml.duplicate-key@6:1']);
  });

  it('reports a module listed twice and a course folder without course.yaml', () => {
    const dir = tempCourse('');
    const yaml = path.join(dir, 'course.yaml');
    fs.appendFileSync(yaml, '  - modules/01-een.md\n');
    expect(loadCourse(dir).issues.map(at)).toEqual(['module.duplicate@25:5']);
    fs.rmSync(yaml);
    expect(loadCourse(dir)).toEqual({
      course: null,
      issues: [expect.objectContaining({ code: 'course.yaml-missing', file: 'course.yaml' })],
    });
    expect(loadCourse(path.join(dir, 'nope')).issues.map((i) => i.code)).toEqual(['course.not-found']);
  });

  it('warns when the course id differs from its folder name', () => {
    const dir = tempCourse('');
    const renamed = path.join(path.dirname(dir), 'andere-map');
    fs.renameSync(dir, renamed);
    expect(loadCourse(renamed).issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'course.id-folder', file: 'course.yaml' }),
    ]);
  });
});
