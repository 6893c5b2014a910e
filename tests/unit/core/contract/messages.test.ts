import { describe, expect, expectTypeOf, it } from 'vitest';
import { courseKinds, courseMessages, type CourseParams } from '../../../../electron/shared/messages';
import { defineMessages } from '../../../../electron/shared/messages/define';

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

  it('has the same params in English and Dutch for every text of every code', () => {
    for (const [code, entry] of Object.entries(courseMessages)) {
      expect(Object.keys(entry.nl).sort(), code).toEqual(Object.keys(entry.en).sort());
      for (const [part, text] of Object.entries(entry.en)) {
        expect(placeholders((entry.nl as Record<string, string>)[part]!), `${code} ${part}`).toEqual(placeholders(text));
      }
    }
  });

  it('names every kind in both languages', () => {
    for (const [kind, names] of Object.entries(courseKinds)) {
      expect(names.en, kind).toMatch(/^the /);
      expect(names.nl, kind).toMatch(/^(de|het) /);
    }
  });
});
