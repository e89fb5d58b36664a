// Looking forward over counts in sliding windows: with nothing new, an entry counted in
// (t − window, t] leaves at exactly its own time + window, so every future fall of such a count is
// known from the stored dates. Next to time-windows.ts, which looks back over the same windows.

/** The instants after `now` at which one of these sorted times leaves a window of `windowMs`. */
export function leaveTimes(times: readonly number[], now: number, windowMs: number): number[] {
  const out: number[] = [];
  for (let i = times.length - 1; i >= 0 && times[i]! > now - windowMs; i--) if (times[i]! <= now) out.push(times[i]! + windowMs);
  return out.reverse();
}

export interface Fall {
  at: number;
  value: number;
}

/**
 * The falls of a value that changes only at `instants` (sorted or not), from `now` on: each instant
 * after `now` at which `valueAt` is lower than just before, and the first instant at which `holds`
 * stops being true (when it holds at `now`).
 */
export function projectFalls(
  instants: readonly number[],
  now: number,
  valueAt: (t: number) => number,
  holds: (t: number) => boolean,
): { falls: Fall[]; clearAt?: number } {
  const sorted = [...new Set(instants)].filter((t) => t > now).sort((a, b) => a - b);
  const falls: Fall[] = [];
  let prev = valueAt(now);
  let clearAt: number | undefined;
  let holding = holds(now);
  for (const t of sorted) {
    const v = valueAt(t);
    if (v < prev) falls.push({ at: t, value: v });
    prev = v;
    if (holding && !holds(t)) {
      clearAt = t;
      holding = false;
    }
  }
  return clearAt === undefined ? { falls } : { falls, clearAt };
}
