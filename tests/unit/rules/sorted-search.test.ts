import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAfter } from '../../../utils/rules/sorted-search';

describe('firstAfter', () => {
  it('gives the first value strictly after t', () => {
    const sorted = [1, 3, 3, 7];
    expect(firstAfter(sorted, 0)).toBe(1);
    expect(firstAfter(sorted, 1)).toBe(3);
    expect(firstAfter(sorted, 3)).toBe(7);
    expect(firstAfter(sorted, 6.5)).toBe(7);
    expect(firstAfter(sorted, 7)).toBeUndefined();
    expect(firstAfter([], 0)).toBeUndefined();
  });

  it('agrees with a linear scan', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 })), fc.integer({ min: -25, max: 25 }), (values, t) => {
        const sorted = [...values].sort((a, b) => a - b);
        expect(firstAfter(sorted, t)).toBe(sorted.find((x) => x > t));
      }),
    );
  });
});
