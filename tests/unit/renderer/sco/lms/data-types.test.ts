import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  characterstring,
  cmiTime,
  cmiTimespan,
  identifier,
  localizedString,
  oneLine,
  scaledScore,
  scoreDecimal,
  time,
  timeinterval,
} from '../../../../../renderer/sco/lms/data-types';
import { CMI_IDENTIFIER, CMI_TIME, CMI_TIMESPAN, DECIMAL_12, LONG_IDENTIFIER, REAL_10_7, TIME, TIMEINTERVAL } from '../../../../helpers/renderer/sco/lms/strict-grammars';

const HOUR = 3_600_000;
const centisOf12 = (v: string) => {
  const [, h, m, s, f] = CMI_TIMESPAN.exec(v)!;
  return ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 100 + Math.round(Number(f ?? 0) * 100);
};
const msOfInterval = (v: string) => {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(v)!;
  return (Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0)) * 1000;
};

describe('the grammars these tests hold values to', () => {
  it('accept the RTE books’ own examples and refuse what Moodle refuses', () => {
    for (const v of ['P1Y3M2DT3H', 'PT3H5M', 'PT1H2M3.5S', 'PT0S', 'PT34.45S']) expect(v).toMatch(TIMEINTERVAL);
    for (const v of ['P', 'PT', 'PT34.454S', 'PT1.5H']) expect(v).not.toMatch(TIMEINTERVAL);
    for (const v of ['2009', '2009-07-25T03:00:00', '2009-07-25T03:00:00.0Z', '2009-07-25T03:00:00.0+05:00', '2005-08-05T14:26:59.51Z']) expect(v).toMatch(TIME);
    // A zone needs fractional seconds; three decimals is what Moodle answered with error 406.
    for (const v of ['2009-07-25T03:00:00Z', '2026-12-03T17:18:57.000Z', '2039-01-01T00:00:00.00Z']) expect(v).not.toMatch(TIME);
    for (const v of ['0000:00:00.00', '12:34:56', '9999:59:59.99']) expect(v).toMatch(CMI_TIMESPAN);
    for (const v of ['10000:00:00.00', '00:60:00', '00:00:60.00']) expect(v).not.toMatch(CMI_TIMESPAN);
  });
});

describe('SCORM 1.2 CMITimespan (session time)', () => {
  it('writes HHHH:MM:SS.SS', () => {
    expect(cmiTimespan(0)).toBe('0000:00:00.00');
    expect(cmiTimespan(3_723_500)).toBe('0001:02:03.50');
    expect(cmiTimespan(59_994)).toBe('0000:00:59.99');
  });

  it('carries 59.999 s into the next minute and hour, never "60.00"', () => {
    expect(cmiTimespan(59_999)).toBe('0000:01:00.00');
    expect(cmiTimespan(HOUR - 1)).toBe('0001:00:00.00');
  });

  it('stops at 9999:59:59.99: the type has four digits of hours', () => {
    expect(cmiTimespan(9999 * HOUR)).toBe('9999:00:00.00');
    expect(cmiTimespan(10_000 * HOUR)).toBe('9999:59:59.99');
    expect(cmiTimespan(Number.POSITIVE_INFINITY)).toBe('9999:59:59.99');
  });

  it('writes a negative or NaN duration (a clock set back) as zero', () => {
    expect(cmiTimespan(-5_000)).toBe('0000:00:00.00');
    expect(cmiTimespan(Number.NaN)).toBe('0000:00:00.00');
  });

  it('always matches the grammar and reads back within 5 ms', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 9999 * HOUR, noNaN: true }), (ms) => {
        const v = cmiTimespan(ms);
        expect(v).toMatch(CMI_TIMESPAN);
        expect(Math.abs(centisOf12(v) * 10 - ms)).toBeLessThanOrEqual(5);
      }),
    );
    fc.assert(
      fc.property(fc.double(), (ms) => {
        expect(cmiTimespan(ms)).toMatch(CMI_TIMESPAN);
      }),
    );
  });
});

describe('SCORM 2004 timeinterval (second,10,2) (session time)', () => {
  it('writes an ISO 8601 duration in hours, minutes and seconds', () => {
    expect(timeinterval(0)).toBe('PT0S');
    expect(timeinterval(3_723_500)).toBe('PT1H2M3.5S');
    expect(timeinterval(7_200_000)).toBe('PT2H');
    expect(timeinterval(65_250)).toBe('PT1M5.25S');
    expect(timeinterval(60_050)).toBe('PT1M0.05S');
  });

  it('carries 59.999 s into the next minute and hour', () => {
    expect(timeinterval(59_999)).toBe('PT1M');
    expect(timeinterval(HOUR - 1)).toBe('PT1H');
  });

  it('writes a negative or NaN duration as PT0S and caps an endless one like 1.2', () => {
    expect(timeinterval(-1)).toBe('PT0S');
    expect(timeinterval(Number.NaN)).toBe('PT0S');
    expect(timeinterval(Number.POSITIVE_INFINITY)).toBe('PT9999H59M59.99S');
  });

  it('always matches the grammar, with at most two decimals, and reads back within 5 ms', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 9999 * HOUR, noNaN: true }), (ms) => {
        const v = timeinterval(ms);
        expect(v).toMatch(TIMEINTERVAL);
        expect(Math.abs(msOfInterval(v) - ms)).toBeLessThanOrEqual(5);
      }),
    );
    fc.assert(
      fc.property(fc.double(), (ms) => {
        expect(timeinterval(ms)).toMatch(TIMEINTERVAL);
      }),
    );
  });
});

describe('SCORM 1.2 CMITime (interaction time)', () => {
  it('writes the local time of day in whole seconds, carrying into the next minute', () => {
    expect(cmiTime(new Date(2026, 11, 3, 17, 18, 57, 200).getTime())).toBe('17:18:57');
    expect(cmiTime(new Date(2026, 11, 3, 17, 18, 59, 600).getTime())).toBe('17:19:00');
  });

  it('writes nothing for an instant that is not a number', () => {
    expect(cmiTime(Number.NaN)).toBeUndefined();
  });

  it('always matches the grammar', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), (ms) => {
        expect(cmiTime(ms)).toMatch(CMI_TIME);
      }),
    );
  });
});

describe('SCORM 2004 time (second,10,0) (interaction timestamp)', () => {
  it('writes UTC with exactly two decimals, never toISOString()’s three', () => {
    expect(time(Date.UTC(2005, 7, 5, 14, 26, 59, 510))).toBe('2005-08-05T14:26:59.51Z');
    expect(time(1_700_000_000_000)).toBe('2023-11-14T22:13:20.00Z');
    expect(time(Date.UTC(2026, 11, 3, 17, 18, 57, 4))).toBe('2026-12-03T17:18:57.00Z');
  });

  it('carries 59.999 s into the next minute, day and year', () => {
    expect(time(Date.UTC(2026, 11, 31, 23, 59, 59, 999))).toBe('2027-01-01T00:00:00.00Z');
    expect(time(Date.UTC(2026, 11, 3, 17, 18, 59, 996))).toBe('2026-12-03T17:19:00.00Z');
  });

  it('writes nothing for an instant outside 1970–2038 or not a number', () => {
    expect(time(Date.UTC(1969, 11, 31, 23, 59, 59))).toBeUndefined();
    expect(time(Date.UTC(2039, 0, 1))).toBeUndefined();
    expect(time(Number.NaN)).toBeUndefined();
    expect(time(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(time(0)).toBe('1970-01-01T00:00:00.00Z');
    expect(time(Date.UTC(2038, 11, 31, 23, 59, 59, 990))).toBe('2038-12-31T23:59:59.99Z');
  });

  it('always matches the grammar and reads back as the same instant within 5 ms', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: Date.UTC(2039, 0, 1) - 6, noNaN: true }), (ms) => {
        const v = time(ms);
        expect(v).toMatch(TIME);
        expect(v).toMatch(/\.\d\dZ$/);
        expect(Math.abs(Date.parse(v!) - ms)).toBeLessThanOrEqual(5);
      }),
    );
    fc.assert(fc.property(fc.double(), (ms) => (time(ms) === undefined ? true : TIME.test(time(ms)!))));
  });
});

describe('scores: 1.2 CMIDecimal and 2004 real (10,7)', () => {
  it('writes a raw score in percent and its scaled value that agree', () => {
    expect([scoreDecimal(60), scaledScore(60)]).toEqual(['60', '0.6']);
    expect([scoreDecimal(100), scaledScore(100)]).toEqual(['100', '1']);
    expect([scoreDecimal(0), scaledScore(0)]).toEqual(['0', '0']);
    expect([scoreDecimal(100 / 3), scaledScore(100 / 3)]).toEqual(['33.33', '0.3333']);
    expect([scoreDecimal(200 / 3), scaledScore(200 / 3)]).toEqual(['66.67', '0.6667']);
  });

  it('clamps a negative score to 0 and one above 100 to 100, never "-0"', () => {
    expect([scoreDecimal(-20), scaledScore(-20)]).toEqual(['0', '0']);
    expect([scoreDecimal(-0), scaledScore(-0)]).toEqual(['0', '0']);
    expect([scoreDecimal(-0.001), scaledScore(-0.001)]).toEqual(['0', '0']);
    expect([scoreDecimal(150), scaledScore(150)]).toEqual(['100', '1']);
    expect([scoreDecimal(Number.POSITIVE_INFINITY), scaledScore(Number.NEGATIVE_INFINITY)]).toEqual(['100', '0']);
  });

  it('writes no score at all for NaN', () => {
    expect(scoreDecimal(Number.NaN)).toBeUndefined();
    expect(scaledScore(Number.NaN)).toBeUndefined();
  });

  it('never writes an exponent, more than seven decimals or a value out of range', () => {
    fc.assert(
      fc.property(fc.double(), (percent) => {
        const raw = scoreDecimal(percent);
        const scaled = scaledScore(percent);
        if (Number.isNaN(percent)) return raw === undefined && scaled === undefined;
        expect(raw).toMatch(DECIMAL_12);
        expect(scaled).toMatch(REAL_10_7);
        expect(scaled).not.toBe('-0');
        expect(Number(raw)).toBeGreaterThanOrEqual(0);
        expect(Number(raw)).toBeLessThanOrEqual(100);
        expect(Number(scaled) * 100).toBeCloseTo(Number(raw), 6);
        return true;
      }),
    );
  });
});

describe('characterstring lengths', () => {
  it('cuts between code points, so an emoji is never halved', () => {
    expect(characterstring('abc', 255)).toBe('abc');
    expect(characterstring('ab😀', 3)).toBe('ab');
    expect(characterstring('é'.repeat(300), 255)).toBe('é'.repeat(255));
  });

  it('gives the longest start that fits, with no lone surrogate', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.integer({ min: 0, max: 60 }), (text, max) => {
        const cut = characterstring(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(text.startsWith(cut)).toBe(true);
        expect(cut).not.toMatch(/[\uD800-\uDBFF]$/);
        const next = [...text.slice(cut.length)][0];
        if (next !== undefined) expect(cut.length + next.length).toBeGreaterThan(max);
      }),
    );
  });
});

describe('SCORM 2004 localized_string_type', () => {
  it('puts text on one line: line breaks, also U+2028/U+2029, become one space', () => {
    expect(oneLine('eerste regel\n\n  tweede regel')).toBe('eerste regel tweede regel');
    expect(localizedString('a\u2028b\u2029c\r\nd', 250)).toBe('a b c d');
  });

  it('keeps text from starting with "{", which would be read as a {lang=…} delimiter', () => {
    expect(localizedString('{lang=x} tekst', 4000)).toBe(' {lang=x} tekst');
    expect(localizedString('tekst', 250, { lang: 'nl-BE' })).toBe('{lang=nl-BE}tekst');
    expect(localizedString('{tekst', 250, { lang: 'nl' })).toBe('{lang=nl} {tekst');
  });

  it('leaves out a language that is not a language_type', () => {
    expect(localizedString('tekst', 250, { lang: 'Nederlands!' })).toBe('tekst');
  });

  it('shortens with an ellipsis inside the limit when asked', () => {
    const d = localizedString('woord '.repeat(100), 250, { ellipsis: true });
    expect(d.length).toBeLessThanOrEqual(250);
    expect(d.endsWith('…')).toBe(true);
    expect(localizedString('Korte vraag?', 250, { ellipsis: true })).toBe('Korte vraag?');
    expect(localizedString('x'.repeat(300), 250)).toHaveLength(250);
  });
});

describe('interaction and objective ids', () => {
  it('keeps a course id as it is in both editions', () => {
    expect(identifier('q-onderzoeken-waterbak', 'scorm12')).toBe('q-onderzoeken-waterbak');
    expect(identifier('q-onderzoeken-waterbak', 'scorm2004')).toBe('q-onderzoeken-waterbak');
  });

  it('makes any other id valid instead of refused', () => {
    expect(identifier('vraag één', 'scorm12')).toBe('vraag___n');
    expect(identifier('vraag één', 'scorm2004')).toBe('vraag_één');
    expect(identifier('', 'scorm12')).toBe('_');
    expect(identifier('x'.repeat(300), 'scorm12')).toHaveLength(255);
    expect(identifier('urn:bad', 'scorm2004')).toBe('_rn:bad');
    expect(identifier('urn:leerpad:q-1', 'scorm2004')).toBe('urn:leerpad:q-1');
  });

  it('always gives a CMIIdentifier (1.2) or long_identifier_type (2004)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (id) => {
        expect(identifier(id, 'scorm12')).toMatch(CMI_IDENTIFIER);
        expect(identifier(id, 'scorm2004')).toMatch(LONG_IDENTIFIER);
      }),
    );
  });
});
