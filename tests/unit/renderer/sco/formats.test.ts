import { describe, expect, it } from 'vitest';
import { description, oneLine, sessionTime12, sessionTime2004, timestamp2004 } from '../../../../renderer/sco/lms/formats';
import { shuffledIndexes } from '../../../../renderer/sco/quiz/shuffle';

describe('SCORM time formats', () => {
  it('writes 1.2 session time as HHHH:MM:SS.SS', () => {
    expect(sessionTime12(0)).toBe('0000:00:00.00');
    expect(sessionTime12(3_723_500)).toBe('0001:02:03.50');
    expect(sessionTime12(59_994)).toBe('0000:00:59.99');
    expect(sessionTime12(59_996)).toBe('0000:01:00.00');
  });

  it('writes 2004 session time as an ISO 8601 duration', () => {
    expect(sessionTime2004(0)).toBe('PT0S');
    expect(sessionTime2004(3_723_500)).toBe('PT1H2M3.5S');
    expect(sessionTime2004(7_200_000)).toBe('PT2H');
    expect(sessionTime2004(65_250)).toBe('PT1M5.25S');
  });

  it('writes a 2004 timestamp scorm-again accepts (zone only after fractional seconds)', () => {
    expect(timestamp2004(1_700_000_000)).toBe('2023-11-14T22:13:20.000Z');
  });
});

describe('free text for CMI strings', () => {
  it('puts text on one line and cuts it to the limit', () => {
    expect(oneLine('eerste regel\n\n  tweede regel', 255, 'scorm12')).toBe('eerste regel tweede regel');
    expect([...oneLine('é'.repeat(300), 255, 'scorm12')]).toHaveLength(255);
  });

  it('keeps a 2004 localized string from starting with "{"', () => {
    expect(oneLine('{lang=x} tekst', 4000, 'scorm2004')).toBe(' {lang=x} tekst');
    expect(oneLine('{tekst', 4000, 'scorm12')).toBe('{tekst');
  });

  it('shortens a long description with an ellipsis inside 250 characters', () => {
    const d = description('woord '.repeat(100));
    expect(d.length).toBeLessThanOrEqual(250);
    expect(d.endsWith('…')).toBe(true);
    expect(description('Korte vraag?')).toBe('Korte vraag?');
  });
});

describe('shuffle', () => {
  it('is the same for the same question id, different between ids, and never the authored order', () => {
    expect(shuffledIndexes(6, 'q-a')).toEqual(shuffledIndexes(6, 'q-a'));
    expect(shuffledIndexes(6, 'q-a').sort()).toEqual([0, 1, 2, 3, 4, 5]);
    const orders = new Set(['q-a', 'q-b', 'q-c', 'q-d'].map((id) => shuffledIndexes(6, id).join()));
    expect(orders.size).toBeGreaterThan(1);
    for (let n = 2; n < 8; n++) {
      for (const id of ['x', 'y', 'z', 'q-onderzoeken-waterbak']) expect(shuffledIndexes(n, id)).not.toEqual([...Array(n).keys()]);
    }
  });
});
