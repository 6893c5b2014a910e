import { describe, expect, it } from 'vitest';
import { checkJsonLimits, describeJsonLimitProblem } from '../../../../electron/core/contract/json-limits';

const limits = { maxDepth: 4, maxBytes: 1000, maxNodes: 50 };

function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

describe('JSON limits', () => {
  it('accepts plain JSON inside every limit', () => {
    expect(checkJsonLimits({ a: [1, 'x', null, true, { b: 2 }] }, limits)).toBeNull();
    expect(checkJsonLimits(nested(4), limits)).toBeNull();
  });

  it('refuses nesting past the depth, even 200 000 levels, without overflowing the stack', () => {
    expect(checkJsonLimits(nested(5), limits)).toEqual({ kind: 'depth', max: 4 });
    expect(checkJsonLimits(nested(200_000), { ...limits, maxNodes: 1e9, maxBytes: 1e9 })).toEqual({ kind: 'depth', max: 4 });
  });

  it('refuses a tree larger than the byte budget, counting keys and strings', () => {
    expect(checkJsonLimits({ a: 'x'.repeat(999) }, limits)?.kind).toBe('size');
    expect(checkJsonLimits({ ['k'.repeat(999)]: 1 }, limits)?.kind).toBe('size');
  });

  it('refuses too many values before walking them', () => {
    expect(checkJsonLimits({ a: Array(1_000_000) }, limits)).toEqual({ kind: 'nodes', max: 50 });
  });

  it('refuses what is not plain JSON and says where', () => {
    expect(checkJsonLimits({ a: { b: new Date() } }, limits)).toEqual({ kind: 'type', path: 'a.b' });
    expect(checkJsonLimits({ n: NaN }, limits)).toEqual({ kind: 'type', path: 'n' });
    expect(checkJsonLimits({ m: new Map() }, limits)?.kind).toBe('type');
    expect(checkJsonLimits(10n, limits)).toEqual({ kind: 'type', path: '(root)' });
  });

  it('ends on a cycle at the depth limit', () => {
    const o: Record<string, unknown> = {};
    o.self = o;
    expect(checkJsonLimits(o, limits)).toEqual({ kind: 'depth', max: 4 });
  });

  it('describes each problem in words', () => {
    expect(describeJsonLimitProblem({ kind: 'depth', max: 32 })).toBe('is nested deeper than 32 levels');
    expect(describeJsonLimitProblem({ kind: 'size', max: 2_000_000 })).toBe('is larger than 2 MB');
    expect(describeJsonLimitProblem({ kind: 'nodes', max: 100 })).toBe('holds more than 100 values');
    expect(describeJsonLimitProblem({ kind: 'type', path: 'a.b' })).toBe("holds a value that is not plain JSON at 'a.b'");
  });
});
