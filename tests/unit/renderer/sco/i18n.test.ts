import { describe, expect, it } from 'vitest';
import { en } from '../../../../renderer/sco/i18n/en';
import { chromeLanguageFrom } from '../../../../renderer/sco/i18n';
import { nlBE } from '../../../../renderer/sco/i18n/nl-BE';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

const value = (o: object, key: string) => key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], o);

describe('SCO chrome strings', () => {
  it('has the same keys in Dutch and English', () => {
    expect(keys(en).sort()).toEqual(keys(nlBE).sort());
  });

  it('has no empty text, and the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const k of keys(nlBE)) {
      const nl = String(value(nlBE, k));
      const english = String(value(en, k));
      expect(nl.trim(), k).not.toBe('');
      expect(english.trim(), k).not.toBe('');
      expect(placeholders(english), k).toEqual(placeholders(nl));
    }
  });

  it('uses English only when the app asks for it with ?lang=en', () => {
    expect(chromeLanguageFrom('?lang=en')).toBe('en');
    expect(chromeLanguageFrom('?lang=fr')).toBe('nl-BE');
    expect(chromeLanguageFrom('')).toBe('nl-BE');
  });
});
