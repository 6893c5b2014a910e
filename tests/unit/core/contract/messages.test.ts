import { describe, expect, expectTypeOf, it } from 'vitest';
import { courseKinds, courseMessages, VARIANT_PARAM, type CourseParams, type Entry } from '../../../../electron/shared/messages';
import { defineMessages } from '../../../../electron/shared/messages/define';
import { courseTextIn } from '../../../../electron/shared/messages/course/text';
import { IssueList } from '../../../../electron/core/course/issues';

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([^\s,}]+)[^}]*\}\}/g)].map((m) => m[1]!).sort();

describe('the message catalogue', () => {
  it('refuses, at compile time, an entry without Dutch or with a Dutch text lacking a variant', () => {
    const ok = defineMessages({ 'x.ok': { en: { message: 'm {{a}}', hint: 'h' }, nl: { message: 'm {{a}}', hint: 'h' } } });
    expect(Object.keys(ok)).toEqual(['x.ok']);
    // @ts-expect-error: a code without its Dutch text does not compile
    defineMessages({ 'x.no-dutch': { en: { message: 'm', hint: 'h' } } });
    defineMessages({
      // @ts-expect-error: the Dutch text lacks the English variant message_size
      'x.variant': { en: { message: 'm', hint: 'h', message_size: 's' }, nl: { message: 'm', hint: 'h' } },
    });
  });

  it('types the params of a code from its texts: plain-text params required, variant-only params optional', () => {
    expectTypeOf<CourseParams<'module.duplicate'>>().toEqualTypeOf<{ file: string | number; firstLine: string | number }>();
    // @ts-expect-error: module.duplicate has no param 'line'
    const wrong: CourseParams<'module.duplicate'> = { file: 'modules/01-een.md', line: 3 };
    expect(wrong).toBeDefined();
    expectTypeOf<CourseParams<'module.too-complex'>>().toMatchTypeOf<{ limit: string | number; value?: string | number }>();
  });

  it('lets the validator emit a catalogue code only, with the params its texts use, and no English of its own', () => {
    const list = new IssueList();
    const issues = list.forFile('course.yaml');
    issues.error('module.duplicate', { line: 7 }, { file: 'modules/01-een.md', firstLine: 5 });
    expect(list.all).toEqual([
      {
        severity: 'error',
        code: 'module.duplicate',
        file: 'course.yaml',
        line: 7,
        message: "the module 'modules/01-een.md' is listed twice (first on line 5)",
        hint: 'list every module once',
        params: { file: 'modules/01-een.md', firstLine: 5 },
      },
    ]);
    // Never called: these lines only have to fail the type-check.
    const refused = [
      // @ts-expect-error: a code without texts in the catalogue
      () => issues.error('module.misspelt', undefined, { file: 'x' }),
      // @ts-expect-error: module.duplicate's texts need firstLine
      () => issues.warning('module.duplicate', undefined, { file: 'x' }),
      // @ts-expect-error: module.duplicate's texts have no param 'line'
      () => issues.error('module.duplicate', undefined, { file: 'x', firstLine: 1, line: 2 }),
      // @ts-expect-error: English written at the call site instead of in the catalogue
      () => issues.error('module.duplicate', undefined, 'listed twice', 'list it once', { file: 'x', firstLine: 1 }),
    ];
    expect(refused).toHaveLength(4);
  });

  it('asks about a likely meant name in the language of the text, and says nothing when there is none', () => {
    const list = new IssueList();
    const issues = list.forFile('course.yaml');
    issues.error('schema.unknown-key', { line: 2 }, { key: 'titel', valid: 'id,title', guess: 'title' });
    issues.error('schema.unknown-key', { line: 3 }, { key: 'xyz', valid: 'id,title', guess: '' });
    expect(list.all.map((i) => i.hint)).toEqual([
      "did you mean 'title'? check the spelling; valid keys are 'id' or 'title'",
      "check the spelling; valid keys are 'id' or 'title'",
    ]);
    const dutch = courseTextIn('schema.unknown-key', courseMessages['schema.unknown-key'].nl, 'nl', list.all[0]!.params!);
    expect(dutch.hint).toBe("bedoel je 'title'? controleer de spelling; geldige sleutels zijn 'id' of 'title'");
  });

  it('has the same params in English and Dutch for every text of every code', () => {
    for (const [code, entry] of Object.entries(courseMessages)) {
      expect(Object.keys(entry.nl).sort(), code).toEqual(Object.keys(entry.en).sort());
      for (const [part, text] of Object.entries(entry.en)) {
        expect(placeholders((entry.nl as Record<string, string>)[part]!), `${code} ${part}`).toEqual(placeholders(text));
      }
    }
  });

  it('lets every call pick a variant: the param that picks it is one the code declares', () => {
    for (const [code, param] of Object.entries(VARIANT_PARAM)) {
      const entry = (courseMessages as Record<string, Entry>)[code];
      expect(entry, code).toBeDefined();
      const declared = [...(entry!.data ?? []), ...placeholders(`${entry!.en.message} ${entry!.en.hint}`)];
      expect(declared, `${code} is picked by '${param}'`).toContain(param);
    }
  });

  it('names every kind in both languages', () => {
    for (const [kind, names] of Object.entries(courseKinds)) {
      expect(names.en, kind).toMatch(/^the /);
      expect(names.nl, kind).toMatch(/^(de|het) /);
    }
  });
});
