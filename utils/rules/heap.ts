// A max-heap of items on their time `t`, for replays that step back through several histories at
// once, newest first (see replay.ts).

/** A max-heap on `t`. The top's `t` may be lowered in place, then `siftTop` puts it back in order. */
export class TimeHeap<T extends { t: number }> {
  readonly items: T[] = [];
  push(p: T) {
    const a = this.items;
    a.push(p);
    let i = a.length - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (a[up]!.t >= a[i]!.t) break;
      [a[up], a[i]] = [a[i]!, a[up]!];
      i = up;
    }
  }
  /** The top's time went down (it stepped back): move it to its place. */
  siftTop() {
    const a = this.items;
    const p = a[0]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= a.length) break;
      const r = l + 1;
      const c = r < a.length && a[r]!.t > a[l]!.t ? r : l;
      if (a[c]!.t <= p.t) break;
      a[i] = a[c]!;
      i = c;
    }
    a[i] = p;
  }
  /** Drops the top. */
  pop() {
    const a = this.items;
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      this.siftTop();
    }
  }
}
