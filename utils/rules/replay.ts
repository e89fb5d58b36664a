// Replaying a value made of several histories backwards in time: each source has a value in force
// since its time `t`; stepping back undoes it and moves the source to what was in force before.
// Used to find since when a condition on the whole (such as an aggregate ratio) has held.
import { TimeHeap } from './heap';

/**
 * When the condition last became true: step the sources back, newest first, every source changed at
 * one instant together, until `holds()` is false for what was in force just before that instant
 * (or nothing is left). Returns that instant (Infinity without sources).
 * `stepBack(p)` undoes p's part in the caller's state, moves p to its previous value (lowering
 * `p.t`) and adds that part; it returns false when p has nothing before (its part then undone).
 * The sources are changed in place. O(steps × log sources).
 */
export function replayBack<P extends { t: number }>(sources: readonly P[], stepBack: (p: P) => boolean, holds: () => boolean): number {
  const heap = new TimeHeap<P>();
  for (const p of sources) heap.push(p);
  let start = Infinity;
  while (heap.items.length) {
    const t = heap.items[0]!.t;
    // Undo every change made at this instant, then look at what was in force just before it.
    while (heap.items.length && heap.items[0]!.t === t) {
      const p = heap.items[0]!;
      if (!stepBack(p)) {
        heap.pop();
        continue;
      }
      heap.siftTop();
    }
    start = t;
    if (!holds()) break;
  }
  return start;
}
