import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../../../electron/core/course';
import { errorsOf, FIXTURES } from '../../../helpers/core/course/fixtures';

interface Expected {
  code: string;
  file: string;
  line: number;
  column?: number;
  message: RegExp;
  hint?: RegExp;
  /** How many errors the fixture has in all; the first one is checked. Default 1. */
  count?: number;
}

const M = 'modules/01-een.md';

/** One fixture per kind of mistake; each reports this error and nothing else. */
const CASES: Record<string, Expected> = {
  'yaml-syntax': {
    code: 'yaml.syntax',
    file: 'course.yaml',
    line: 5,
    column: 14,
    message: /YAML syntax error/,
    hint: /in quotes/,
  },
  'frontmatter-yaml': { code: 'yaml.syntax', file: M, line: 3, column: 8, message: /YAML syntax error/ },
  'unknown-key': {
    code: 'schema.unknown-key',
    file: 'course.yaml',
    line: 4,
    column: 1,
    message: /unknown key 'titel'/,
    hint: /did you mean 'title'/,
  },
  'duplicate-id': {
    code: 'id.duplicate',
    file: 'modules/02-twee.md',
    line: 10,
    column: 18,
    message: /'een-start' of the section is already used by the section in modules\/01-een\.md, line 10/,
  },
  'unknown-lever': {
    code: 'lever.unknown',
    file: M,
    line: 4,
    column: 21,
    message: /'hefboom-b' is not a lever/,
    hint: /'hefboom-a' or 'rechten'/,
  },
  'missing-module': {
    code: 'module.missing',
    file: 'course.yaml',
    line: 25,
    column: 5,
    message: /'modules\/02-twee\.md' does not exist/,
  },
  'no-correct-answer': {
    code: 'quiz.no-correct-answer',
    file: M,
    line: 19,
    column: 1,
    message: /question 'q-een-keuze' of quiz 'q-een' has no correct answer/,
    hint: /\[x\]/,
  },
  'single-two-correct': {
    code: 'quiz.single-multiple-correct',
    file: M,
    line: 19,
    message: /'q-een-keuze' has 2 correct answers/,
  },
  'matching-unequal': { code: 'matching.unequal', file: M, line: 20, column: 1, message: /pair 2 .* has no '->'/, count: 2 },
  'ordering-too-few': { code: 'ordering.too-few', file: M, line: 19, message: /has too few items \(1\)/ },
  // More than a–z: SCORM 1.2 names each entry of a response by one letter.
  'ordering-too-many': { code: 'ordering.too-many', file: M, line: 19, message: /has 27 items/, hint: /26 items or fewer/ },
  'matching-too-many': { code: 'matching.too-many', file: M, line: 19, message: /has 27 pairs/, hint: /26 pairs or fewer/ },
  'no-feedback': { code: 'question.no-feedback', file: M, line: 16, column: 1, message: /question 'q-een-meer' of quiz '[^']+' lacks feedback/ },
  'too-many-quizzes': {
    code: 'quiz.too-many',
    file: M,
    line: 24,
    column: 1,
    message: /second quiz \(the first starts at line 14\)/,
  },
  'empty-reflection': { code: 'reflection.empty', file: M, line: 14, column: 1, message: /reflection 'r-een' has no assignment/ },
  'checklist-item-id': {
    code: 'checklist.item-id-missing',
    file: M,
    line: 16,
    column: 1,
    message: /statement 2 of checklist 'k-een' has no id/,
  },
  'checklist-scale': { code: 'checklist.scale', file: M, line: 14, column: 40, message: /2 to 6 non-empty labels/ },
  'image-no-alt': { code: 'image.no-alt', file: M, line: 14, column: 1, message: /'media\/kader\.svg' has no alternative text/ },
  'video-no-transcript': {
    code: 'video.no-transcript',
    file: M,
    line: 14,
    column: 1,
    message: /'media\/demo\.mp4' has no transcript/,
  },
  'broken-link': {
    code: 'link.broken',
    file: M,
    line: 14,
    column: 1,
    message: /'media\/kadr\.svg' points to a file that does not exist/,
    hint: /did you mean 'media\/kader\.svg'\?/,
  },
  'before-first-section': {
    code: 'section.before-first',
    file: M,
    line: 10,
    column: 1,
    message: /content before the first section/,
  },
  'unknown-directive': {
    code: 'directive.unknown',
    file: M,
    line: 14,
    column: 1,
    message: /unknown directive ':::tip'/,
    hint: /'quote', 'callout'/,
  },
  'unknown-attribute': {
    code: 'directive.attribute-unknown',
    file: M,
    line: 14,
    column: 19,
    message: /unknown attribute 'door' on the block 'quote'/,
    hint: /'by' or 'role'/,
  },
  'svg-script': { code: 'svg.script', file: 'media/evil.svg', line: 3, message: /'media\/evil\.svg' contains <script>/, hint: /plain SVG/ },
  'media-page': {
    code: 'media.type-refused',
    file: M,
    line: 14,
    column: 1,
    message: /'media\/page\.html' is not a kind of file a course may hold/,
    hint: /convert the page to PDF/,
    count: 2,
  },
  'media-sniff': {
    code: 'media.content-mismatch',
    file: M,
    line: 14,
    column: 1,
    message: /'media\/foto\.png' has the extension \.png, but its content is markup/,
    hint: /real \.png file/,
  },
  'symlink-outside': {
    code: 'file.outside-course',
    file: M,
    line: 14,
    column: 1,
    message: /'media\/passwd\.png' is a link to '\/etc\/passwd', outside the course folder/,
    hint: /copy the file itself/,
  },
  'id-format': {
    code: 'id.format',
    file: M,
    line: 10,
    column: 18,
    message: /'Een_Start' .* not a valid id/,
    hint: /'een-start'/,
  },
};

describe('validating malformed courses', () => {
  for (const [kind, expected] of Object.entries(CASES)) {
    it(`reports ${kind} as ${expected.code} at ${expected.file}:${expected.line}`, () => {
      const { issues } = loadCourse(path.join(FIXTURES, 'invalid', kind));
      const errors = errorsOf(issues);
      expect(errors).toHaveLength(expected.count ?? 1);
      const [error] = errors;
      expect(error).toMatchObject({ severity: 'error', code: expected.code, file: expected.file, line: expected.line });
      if (expected.column !== undefined) expect(error?.column).toBe(expected.column);
      expect(error?.message).toMatch(expected.message);
      expect(error?.hint).toMatch(expected.hint ?? /\w/);
    });
  }

  it('names every unequal pair of a matching question', () => {
    const { issues } = loadCourse(path.join(FIXTURES, 'invalid', 'matching-unequal'));
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/pair 2 .* has no '->'/),
      expect.stringMatching(/pair 3 .* has no text right of '->'/),
    ]);
  });

  it('reports every error of a file in one run', () => {
    const { issues } = loadCourse(path.join(FIXTURES, 'invalid', 'three-errors'));
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['directive.unknown', 14],
      ['reflection.empty', 18],
      ['image.no-alt', 21],
    ]);
  });

  it('warns about a module file that course.yaml does not list, without failing the course', () => {
    const { course, issues } = loadCourse(path.join(FIXTURES, 'invalid', 'unlisted-module'));
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'module.unlisted', file: 'modules/02-vergeten.md' }),
    ]);
    expect(course?.modules.map((m) => m.id)).toEqual(['een']);
  });

  it('drops raw HTML with a warning and never passes it through', () => {
    const { course, issues } = loadCourse(path.join(FIXTURES, 'invalid', 'raw-html'));
    expect(issues.map((i) => [i.severity, i.code, i.line])).toEqual([
      ['warning', 'html.dropped', 14],
      ['warning', 'html.dropped', 14],
      ['warning', 'html.dropped', 16],
    ]);
    const html = JSON.stringify(course?.modules[0]?.sections);
    expect(html).toContain('Dit is vet.');
    expect(html).not.toMatch(/<b>|<script|alert/);
  });

  it('refuses a script in media/ that no module links to, naming the file', () => {
    const { issues } = loadCourse(path.join(FIXTURES, 'invalid', 'media-page'));
    expect(errorsOf(issues)[1]).toMatchObject({ code: 'media.type-refused', file: 'media/evil.js', hint: expect.stringMatching(/remove it/) });
    expect(errorsOf(issues)[1]?.line).toBeUndefined();
  });

  it('keeps a refused file out of the module, so it is never served or exported', () => {
    for (const kind of ['svg-script', 'media-page', 'media-sniff', 'symlink-outside']) {
      const { course } = loadCourse(path.join(FIXTURES, 'invalid', kind));
      expect(course?.modules[0]?.media, kind).toEqual([]);
    }
  });

  it("skips an editor's dangling lock file with a warning; the course stays playable", () => {
    const { course, issues } = loadCourse(path.join(FIXTURES, 'invalid', 'dangling-link'));
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'file.dangling-link', file: 'modules/.#01-een.md' }),
    ]);
    expect(course?.modules.map((m) => m.id)).toEqual(['een']);
  });

  it('does not report a misspelt key a second time as missing', () => {
    const { issues } = loadCourse(path.join(FIXTURES, 'invalid', 'unknown-key'));
    expect(issues.map((i) => i.code)).toEqual(['schema.unknown-key']);
  });
});
