// positionsIn: one walk over two sorted path lists gives what a map lookup gives, and declines unsorted lists.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { positionsIn } from '../../src/change/base-scan.js';

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sortedPaths = fc
  .uniqueArray(fc.string({ unit: fc.constantFrom('a', 'B', '/', '.', 'é', '😀'), maxLength: 6 }), { maxLength: 40 })
  .map((l) => l.sort(byCodeUnits));

describe('positionsIn', () => {
  it('equals a map lookup on sorted lists', () => {
    fc.assert(
      fc.property(sortedPaths, sortedPaths, (from, into) => {
        const at = new Map(into.map((p, i) => [p, i]));
        expect([...positionsIn(from, into)!]).toEqual(from.map((p) => at.get(p) ?? -1));
      }),
      { numRuns: 300 },
    );
  });

  it('declines a list out of order or with a repeat', () => {
    expect(positionsIn(['b', 'a'], ['a', 'b'])).toBeUndefined();
    expect(positionsIn(['a', 'b'], ['b', 'a', 'c'])).toBeUndefined();
    expect(positionsIn(['a', 'a'], ['a'])).toBeUndefined();
    expect([...positionsIn(['a', 'c'], ['a', 'b'])!]).toEqual([0, -1]);
  });
});
