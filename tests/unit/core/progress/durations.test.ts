import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDurationToSeconds, secondsToIsoDuration } from '../../../../electron/core/progress/durations';
import { timeinterval } from '../../../../renderer/sco/lms/data-types';

describe("the app's LMS: cmi.total_time", () => {
  it('carries 59.999 s into the next minute, never "60S"', () => {
    expect(secondsToIsoDuration(59.999)).toBe('PT1M');
    expect(secondsToIsoDuration(119.996)).toBe('PT2M');
    expect(secondsToIsoDuration(3599.999)).toBe('PT1H');
    expect(secondsToIsoDuration(210)).toBe('PT3M30S');
  });

  it('writes nothing negative or not a number: PT0S', () => {
    expect(secondsToIsoDuration(-3)).toBe('PT0S');
    expect(secondsToIsoDuration(Number.NaN)).toBe('PT0S');
  });

  it('writes exactly what the SCO writes for the same duration, and reads it back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 * 360_000 }), (centis) => {
        const iso = secondsToIsoDuration(centis / 100);
        expect(iso).toBe(timeinterval(centis * 10));
        expect(Math.round(isoDurationToSeconds(iso) * 100)).toBe(centis);
      }),
    );
  });
});
