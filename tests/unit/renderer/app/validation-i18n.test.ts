// @vitest-environment happy-dom
// Type-checked with tsconfig.cross.json (DOM and Node): it compiles courses with the core, then
// renders the Library card.
import fs from 'node:fs';
import path from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CourseSummary, ValidationIssue } from '../../../../electron/core/contract';
import { loadCourse } from '../../../../electron/core/course';
import { i18next, initI18n } from '../../../../renderer/app/i18n';
import {
  issueText,
  kindsEn,
  kindsNl,
  validationEn,
  validationNl,
  VARIANT_PARAM,
  variantOf,
  type IssueTemplate,
} from '../../../../renderer/app/i18n/validation';
import { CourseCard } from '../../../../renderer/app/screens/Library';
import { tempDir } from '../../../helpers/temp';
import { createCatalog } from '../../../../electron/core/course/catalog';
import { courseMessages } from '../../../../electron/shared/messages';
import { COURSE_YAML, shadowedCourses, UNREADABLE_NAME, unreadableCourse } from '../../../helpers/core/course/fixtures';

const ROOT = path.resolve(__dirname, '../../../..');
const INVALID = path.join(ROOT, 'tests/fixtures/courses/invalid');

const LANGUAGES: [string, Record<string, IssueTemplate>][] = [
  ['nl-BE', validationNl],
  ['en', validationEn],
];

// The validator can only emit a code of the catalogue, with the params its texts use: the compiler
// checks every call (electron/core/course/issues.ts). What it cannot see is whether each code and
// each variant is reachable and reads well; real issues below show that.
const CODES = Object.keys(courseMessages).sort();

/** The `{{param}}` names a template uses. */
const placeholders = (template: string) => [...template.matchAll(/\{\{\s*([^\s,}]+)[^}]*\}\}/g)].map((m) => m[1]!);

const variantKeys = (t: IssueTemplate) => Object.keys(t).filter((k) => k !== 'message' && k !== 'hint');
const variantName = (key: string) => key.replace(/^(message|hint)_/, '');

// ---------------------------------------------------------------------------------------------
// Real issues: the malformed fixtures, plus small courses for the situations they do not cover.


const FRONT = '---\nid: een\ntitle: Een\nlevers: [hefboom-a]\nminutes: 10\ngoals:\n  - Je kan iets.\n---\n';
const HEADER = `${FRONT}\n::section[Start]{#een-start}\n\nWat tekst.\n\n`;
const single = (id: string, options = '- [x] Ja\n- [ ] Nee') => `:::single{#${id}}\nVraag?\n\n${options}\n\n> Uitleg.\n:::\n\n`;
const quiz = (inner: string, attrs = 'title="T" pass=50') => `::::quiz{#q-t ${attrs}}\n\n${inner}\n::::\n`;
const moduleFile = (front: string) => ({ 'modules/01-een.md': `---\n${front}\n---\n\n::section[Start]{#een-start}\n\nTekst.\n` });

const SNIPPETS: Record<string, { body?: string; files?: Record<string, string>; links?: Record<string, string>; folder?: string }> = {
  'text directive': { body: 'Dit is :belangrijk nieuws.\n' },
  'question outside a quiz': { body: single('q-los') },
  'block in a quiz': { body: quiz(':::reflection{#r-in}\nOpdracht.\n:::\n') },
  'nested block': { body: '::::reflection{#r-n}\nOpdracht.\n\n:::quote{by="X"}\nTekst.\n:::\n::::\n' },
  'quiz attributes': { body: quiz(single('q-t-1'), 'title="" pass=150 retry="ja"') },
  'attribute values': {
    body: `:::callout{type="waarschuwing"}\nTekst.\n:::\n\n:::quote{by=""}\nTekst.\n:::\n\n:::video{src="media/film.mp4" title=""}\nTekst.\n:::\n\n${quiz(':::truefalse{#q-tf answer="ja"}\nKlopt dit?\n\n> Uitleg.\n:::\n')}`,
    files: { 'media/film.mp4': '' },
  },
  'checklist attributes': { body: ':::checklist{#k-a title="" scale="a|b" note="ja"}\n- Uitspraak. {#k-a-1}\n:::\n' },
  'questions without a list': {
    body: quiz(':::single{#q-s}\nVraag?\n:::\n\n:::multiple{#q-m}\nVraag?\n:::\n\n:::matching{#q-k}\nVraag?\n:::\n\n:::ordering{#q-o}\nVraag?\n:::\n'),
  },
  'multiple choice without an answer': { body: quiz(':::multiple{#q-m}\nVraag?\n\n- [ ] A\n- [ ] B\n\n> Uitleg.\n:::\n') },
  'question problems': {
    body: quiz(
      [
        'Losse tekst in de toets.\n\n',
        ':::matching{#q-k1}\nKoppel.\n\n- a -> b\n\n> Uitleg.\n:::\n\n',
        ':::matching{#q-k2}\nKoppel.\n\n- a b\n- a -> b -> c\n- x -> \n- -> y\n\n> Uitleg.\n:::\n\n',
        ':::ordering{#q-o1}\nOrden.\n\n- a\n- b\n\n> Uitleg.\n:::\n\n',
        ':::single{#q-np}\n- [x] a\n- [ ] b\n\n> Uitleg.\n:::\n\n',
        ':::single{#q-uc}\nVraag?\n\n- [x] a\n- [ ] b\n\nLosse tekst.\n\n> Uitleg.\n:::\n\n',
        single('q-um', '- [x] a\n- b'),
        single('q-tf', '- [x] a'),
        single('q-veel', Array.from({ length: 27 }, (_, i) => `- [${i ? ' ' : 'x'}] optie ${i + 1}`).join('\n')),
        ':::single{#q-pf}\nVraag?\n\n- [x] a\n  > Goed.\n- [ ] b\n:::\n\n',
      ].join(''),
    ),
  },
  'scenario problems': {
    body: [
      ':::step\nLos.\n:::\n\n',
      ':::scenario{#s-a scored}\n- [ ] Een.\n- Twee.\n  > G.\n\nLosse tekst.\n:::\n\n',
      ':::scenario{#s-b}\nSituatie.\n\n- [x] Alleen.\n  > G.\n:::\n\n',
      '::::scenario{#s-c}\nSituatie.\n:::step\nS.\n\n- A.\n  > G.\n- B.\n  > G.\n:::\n:::step\nS.\n:::\nNa de stap.\n::::\n',
    ].join(''),
  },
  'authoring help': {
    body: quiz(
      [
        ':::single{#q-h1}\nWat doet de juf als een kleuter iets ontdekt?\n\n- [x] Ze vraagt door.\n  > Juist, zo denkt het kind verder.\n- [ ] Ze gaat verder.\n- [ ] Niets.\n  > Nee.\n:::\n\n',
        ':::single{#q-h2}\nWat doet de juf als een kleuter iets ontdekt?\n\n- [x] Ze vraagt door.\n  > Juist, zo denkt het kind verder.\n- [ ] Ze zwijgt.\n  > Zwijgen laat de ontdekking liggen.\n:::\n\n',
        ':::single{#q-h3}\nWat doet de juf als een kleuter iets nieuws ontdekt?\n\n- [x] Ze vraagt door.\n  > Juist, zo denkt het kind verder.\n- [ ] Ze zwijgt.\n  > Zwijgen laat de ontdekking liggen.\n:::\n',
      ].join(''),
    ),
  },
  'study time': { files: moduleFile('id: een\ntitle: Een\nlevers: [hefboom-a]\nminutes: 90\ngoals:\n  - Je kan iets.') },
  'blocks without content': {
    body: ':::quote{by="X"}\n:::\n\n:::callout{type="tip"}\n:::\n\n:::checklist{#k-leeg title="K" scale="a|b"}\nIntro.\n:::\n\n:::checklist{#k-na title="K" scale="a|b"}\n- Een. {#k-na-1}\n\nNog tekst.\n:::\n\n:::reflection{#r-l min=100 max=50}\nOpdracht.\n:::\n',
  },
  'directive forms': {
    body: ':::section[Titel]{#s-twee}\nTekst\n:::\n\n::section{#s-drie}\n\nTekst.\n\n::section[Vier]\n\nTekst.\n\n:::quote\nTekst.\n:::\n\n:::reflection[Titel]{#r-x}\nOpdracht.\n:::\n',
  },
  links: {
    body: '[extern](javascript:alert)\n\n![kader](../kader.svg)\n\n:::video{src="https://example.org/film.mp4" title="Film"}\nTranscript.\n:::\n',
  },
  'front matter types': { files: moduleFile('id: een\ntitle: 123\nlevers: hefboom-a\nminutes: 1.5\ngoals: []') },
  'front matter values': { files: moduleFile('id: Een Twee\ntitle: ""\nlevers: []\nminutes: 0') },
  'front matter keys': {
    files: {
      'modules/01-een.md': '---\nid: een\ntitle: Een\nlevers: []\nminutes: tien\ngoals: [a]\nfoo: !vreemd x\n---\n\nTekst vooraf.\n\n::section[Start]{#een-start}\n',
    },
  },
  'no front matter': { files: { 'modules/01-een.md': '::section[Start]{#een-start}\n\nTekst.\n' } },
  'course.yaml is a list': { files: { 'course.yaml': '- a\n- b\n' } },
  'course.yaml framework': { files: { 'course.yaml': COURSE_YAML.replace(/framework:[\s\S]*?modules:/, 'framework: x\nmodules:') } },
  'course.yaml unclosed quote': { files: { 'course.yaml': COURSE_YAML.replace('title: Tijdelijk', 'title: "Tijdelijk') } },
  'course.yaml indentation': { files: { 'course.yaml': COURSE_YAML.replace('title: Tijdelijk', 'title: Tijdelijk\nlos') } },
  'course.yaml duplicate key': { files: { 'course.yaml': COURSE_YAML.replace('title: Tijdelijk', 'title: Tijdelijk\ntitle: Dubbel') } },
  'module list': {
    files: {
      'course.yaml': `${COURSE_YAML}  - ../buiten.md\n  - modules/01-een.md\n  - modules/notities.txt\n`,
      'modules/notities.txt': 'Notities.',
    },
  },
  'folder name': { folder: 'andere-naam' },
  'media files': {
    body: `![Kapot](media/kapot.svg)\n\n![Te lang](media/${UNREADABLE_NAME})\n\n[Film](media/film.mp4)\n`,
    files: { 'media/kapot.svg': '<svg><g></svg>', 'media/film.mp4': 'geen film' },
  },
  'module too large': { body: `${'Tekst. '.repeat(40_000)}\n` },
  'module nested too deeply': { body: `${'> '.repeat(12)}Citaat.\n` },
  'blocks left open': { body: ':::quote\n'.repeat(8) },
  'stray file that cannot be read': { links: { 'media/los.png': UNREADABLE_NAME } },
  'media kinds': {
    body: '![Werkblad](media/werkblad.pdf)\n\n:::video{src="media/foto.gif" title="Film"}\nWat je ziet.\n:::\n',
    files: { 'media/werkblad.pdf': '%PDF-1.7\n', 'media/foto.gif': 'GIF89a' },
  },
};

function snippetIssues(): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [name, s] of Object.entries(SNIPPETS)) {
    const dir = path.join(tempDir(), s.folder ?? 'tijdelijk');
    const files = { 'course.yaml': COURSE_YAML, 'modules/01-een.md': `${HEADER}${s.body ?? ''}`, ...s.files };
    for (const [rel, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), content);
    }
    for (const [rel, target] of Object.entries(s.links ?? {})) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.symlinkSync(target, path.join(dir, rel));
    }
    const found = loadCourse(dir).issues;
    if (found.length === 0) throw new Error(`snippet '${name}' produced no issue`);
    issues.push(...found);
  }
  const empty = tempDir();
  issues.push(...loadCourse(empty).issues, ...loadCourse(path.join(empty, 'bestaat-niet')).issues);
  issues.push(...loadCourse(unreadableCourse()).issues, ...createCatalog([shadowedCourses()]).list().flatMap((c) => c.issues));
  return issues;
}

function fixtureIssues(): ValidationIssue[] {
  return fs.readdirSync(INVALID).flatMap((dir) => {
    const { issues } = loadCourse(path.join(INVALID, dir));
    if (issues.length === 0) throw new Error(`fixture '${dir}' produced no issue`);
    return issues;
  });
}

// ---------------------------------------------------------------------------------------------

describe('validation issue texts', () => {
  it('has a Dutch and an English message and hint for every code', () => {
    for (const code of CODES) {
      for (const [lang, templates] of LANGUAGES) {
        const template = templates[code];
        expect(template, `${lang} ${code}`).toBeDefined();
        expect(template?.message.trim(), `${lang} ${code} message`).not.toBe('');
        expect(template?.hint.trim(), `${lang} ${code} hint`).not.toBe('');
      }
    }
    expect(Object.keys(validationNl).sort()).toEqual(CODES);
    expect(Object.keys(validationEn).sort()).toEqual(CODES);
  });

  it('has the same variants and kind names in Dutch and English, each variant picked by a named param', () => {
    for (const code of CODES) {
      const variants = variantKeys(validationEn[code as keyof typeof validationEn]);
      expect(variants.sort(), code).toEqual(variantKeys(validationNl[code as keyof typeof validationNl]).sort());
      if (variants.length > 0) expect(VARIANT_PARAM[code], `${code} has variants but no VARIANT_PARAM`).toBeDefined();
    }
    expect(Object.keys(kindsEn).sort()).toEqual(Object.keys(kindsNl).sort());
  });

  describe('for real issues', () => {
    let issues: ValidationIssue[] = [];
    let fromFixtures: ValidationIssue[] = [];

    beforeAll(async () => {
      await initI18n('nl-BE');
      fromFixtures = fixtureIssues();
      issues = [...fromFixtures, ...snippetIssues()];
    });
    afterEach(async () => {
      await i18next.changeLanguage('nl-BE');
    });

    it('renders every template with all its params filled in', async () => {
      expect(fromFixtures.length).toBeGreaterThanOrEqual(fs.readdirSync(INVALID).length);
      for (const [lang, templates] of LANGUAGES) {
        await i18next.changeLanguage(lang);
        for (const issue of issues) {
          const label = `${lang} ${issue.code} ${JSON.stringify(issue.params)}`;
          const template = templates[issue.code];
          expect(template, label).toBeDefined();
          const variant = variantOf(issue);
          const chosen = [template![`message_${variant}`] ?? template!.message, template![`hint_${variant}`] ?? template!.hint];
          for (const p of chosen.flatMap(placeholders)) expect(Object.keys(issue.params ?? {}), label).toContain(p);

          const { message, hint } = issueText(i18next, issue);
          expect(message, label).not.toContain('{{');
          expect(hint, label).not.toContain('{{');
          expect(message.trim(), label).not.toBe('');
          if (lang === 'nl-BE') expect(message, label).not.toBe(issue.message);
        }
      }
    });

    it('produces every code and every variant of a text with a real issue', () => {
      const produced = new Set(issues.map((i) => i.code));
      for (const code of CODES) expect(produced.has(code), `no fixture or snippet produces ${code}: add one to SNIPPETS`).toBe(true);
      for (const [lang, templates] of LANGUAGES) {
        for (const [code, template] of Object.entries(templates)) {
          for (const key of variantKeys(template)) {
            const used = issues.some((i) => i.code === code && variantOf(i) === variantName(key));
            expect(used, `${lang} ${code} ${key}: no fixture or snippet produces it`).toBe(true);
          }
        }
      }
    });

    it('reads as Dutch for lecturers', () => {
      const text = (code: string) => issueText(i18next, issues.find((i) => i.code === code)!);
      expect(text('quiz.no-correct-answer')).toEqual({
        message: "vraag 'q-een-keuze' van toets 'q-een' heeft geen juist antwoord",
        hint: 'markeer één optie met [x]',
      });
      expect(text('id.duplicate').message).toBe(
        "de id 'een-start' van de sectie is al in gebruik door de sectie in modules/01-een.md, regel 10",
      );
      expect(text('lever.unknown').hint).toBe("gebruik 'hefboom-a' of 'rechten'");
      expect(text('link.broken').message).toBe("de afbeelding 'media/kadr.svg' verwijst naar een bestand dat niet bestaat");
      expect(text('checklist.item-id-missing').hint).toBe('sluit de uitspraak af met haar id, bv. {#k-een-2}');
    });
  });
});

describe('CourseCard', () => {
  beforeAll(async () => {
    await initI18n('nl-BE');
  });
  afterEach(async () => {
    cleanup();
    await i18next.changeLanguage('nl-BE');
  });

  const issues = loadCourse(path.join(INVALID, 'no-correct-answer')).issues;
  const course: CourseSummary = {
    id: 'no-correct-answer',
    dir: 'no-correct-answer',
    title: 'Fout',
    description: 'Een cursus met een fout.',
    language: 'nl-BE',
    version: '1.0.0',
    minutes: 10,
    moduleCount: 1,
    status: 'invalid',
    issues: [
      ...issues,
      { severity: 'error', code: 'future.code', file: 'course.yaml', line: 2, message: 'something new is wrong', hint: 'fix it' },
    ],
  };

  it('shows an invalid course with its issues in Dutch', () => {
    expect(issues.map((i) => i.code)).toEqual(['quiz.no-correct-answer']);
    render(createElement(CourseCard, { course }));
    const item = screen.getByText(/heeft geen juist antwoord/).closest('li')!;
    expect(item.textContent).toBe(
      `modules/01-een.md, regel ${issues[0]!.line} vraag 'q-een-keuze' van toets 'q-een' heeft geen juist antwoord — markeer één optie met [x]`,
    );
    expect(screen.queryByText(/has no correct answer/)).toBeNull();
  });

  it("falls back to the issue's own text for a code without a translation", () => {
    render(createElement(CourseCard, { course }));
    expect(screen.getByText(/something new is wrong/).closest('li')!.textContent).toBe(
      'course.yaml, regel 2 something new is wrong — fix it',
    );
  });

  it('shows the issues in English when the UI is English', async () => {
    await i18next.changeLanguage('en');
    render(createElement(CourseCard, { course }));
    expect(screen.getByText(/has no correct answer/).closest('li')!.textContent).toContain(
      "question 'q-een-keuze' of quiz 'q-een' has no correct answer — mark one option with [x]",
    );
  });
});
