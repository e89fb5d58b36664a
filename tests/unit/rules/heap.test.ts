import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TimeHeap } from '../../../utils/rules/heap';

const drain = (heap: TimeHeap<{ t: number }>): number[] => {
  const out: number[] = [];
  while (heap.items.length) {
    out.push(heap.items[0]!.t);
    heap.pop();
  }
  return out;
};

describe('TimeHeap (a max-heap on t)', () => {
  it('keeps the latest time on top and pops newest first, ties included', () => {
    const heap = new TimeHeap<{ t: number; id: string }>();
    for (const [t, id] of [
      [3, 'a'],
      [1, 'b'],
      [4, 'c'],
      [1, 'd'],
      [5, 'e'],
    ] as const)
      heap.push({ t, id });
    expect(heap.items[0]).toEqual({ t: 5, id: 'e' });
    expect(drain(heap)).toEqual([5, 4, 3, 1, 1]);
  });

  it('puts a top whose time was lowered back in its place', () => {
    const heap = new TimeHeap<{ t: number; id: string }>();
    for (const [t, id] of [
      [10, 'a'],
      [8, 'b'],
      [6, 'c'],
    ] as const)
      heap.push({ t, id });
    heap.items[0]!.t = 7; // 'a' steps back between 'b' and 'c'
    heap.siftTop();
    expect(heap.items.map((x) => x.id)[0]).toBe('b');
    expect(drain(heap)).toEqual([8, 7, 6]);
  });

  it('pops down to empty and can be refilled', () => {
    const heap = new TimeHeap<{ t: number }>();
    heap.push({ t: 1 });
    heap.pop();
    expect(heap.items).toEqual([]);
    heap.push({ t: 2 });
    expect(drain(heap)).toEqual([2]);
  });

  it('always has the greatest time on top, over any pushes, step-backs and pops', () => {
    const op = fc.oneof(
      fc.record({ push: fc.integer({ min: -50, max: 50 }) }),
      fc.record({ lower: fc.integer({ min: 0, max: 30 }) }),
      fc.constant({ pop: true as const }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        const heap = new TimeHeap<{ t: number }>();
        const ref: number[] = [];
        for (const o of ops) {
          if ('push' in o) {
            heap.push({ t: o.push });
            ref.push(o.push);
          } else if (!heap.items.length) continue;
          else if ('lower' in o) {
            const top = heap.items[0]!.t;
            ref.splice(ref.indexOf(top), 1, top - o.lower);
            heap.items[0]!.t = top - o.lower;
            heap.siftTop();
          } else {
            ref.splice(ref.indexOf(heap.items[0]!.t), 1);
            heap.pop();
          }
          expect(heap.items.length).toBe(ref.length);
          if (ref.length) expect(heap.items[0]!.t).toBe(Math.max(...ref));
        }
        expect(drain(heap)).toEqual([...ref].sort((a, b) => b - a));
      }),
      { numRuns: 200 },
    );
  });
});
