// Keeps a chart of any number of rows to a bounded number of points: the time range is cut into
// `columns` equal columns (one per pixel, or a few pixels), and each column keeps only the rows that
// hold a series' smallest and largest value there, and its last row. A line through those rows
// looks the same at that width as one through every row (a dip of one day still reaches its
// bottom), and every point kept is a real row, so the values read at the cursor were seen.

/** A row's value in one series, or undefined where the row does not tell it. */
export type Series<R> = (row: R) => number | undefined;

/**
 * The rows to draw, in their order: at most `columns × (2 × series + 1)` of them. `rows` are sorted
 * by `time`; rows outside [from, to] are left out. The same input always gives the same rows, and a
 * column's rows depend only on the rows inside it (rows added later leave earlier columns as they were).
 */
export function downsample<R>(
  rows: readonly R[],
  time: (row: R) => number,
  series: readonly Series<R>[],
  from: number,
  to: number,
  columns: number,
): R[] {
  const n = Math.max(1, Math.floor(columns));
  const width = to > from ? (to - from) / n : 1;
  const kept: R[] = [];
  let column = -1;
  let picks = new Set<number>();
  let mins: (number | undefined)[] = [];
  let maxs: (number | undefined)[] = [];
  let minAt: number[] = [];
  let maxAt: number[] = [];
  let last = -1;
  const flush = () => {
    if (last < 0) return;
    picks = new Set([last]);
    for (let s = 0; s < series.length; s++) {
      if (minAt[s]! >= 0) picks.add(minAt[s]!);
      if (maxAt[s]! >= 0) picks.add(maxAt[s]!);
    }
    for (const i of [...picks].sort((a, b) => a - b)) kept.push(rows[i]!);
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const t = time(row);
    if (!(t >= from && t <= to)) continue;
    const c = Math.min(n - 1, Math.floor((t - from) / width));
    if (c !== column) {
      flush();
      column = c;
      mins = series.map(() => undefined);
      maxs = series.map(() => undefined);
      minAt = series.map(() => -1);
      maxAt = series.map(() => -1);
    }
    last = i;
    for (let s = 0; s < series.length; s++) {
      const v = series[s]!(row);
      if (v === undefined || !Number.isFinite(v)) continue;
      // Strict comparisons: of equal values the first row is kept (a stable choice).
      if (mins[s] === undefined || v < mins[s]!) {
        mins[s] = v;
        minAt[s] = i;
      }
      if (maxs[s] === undefined || v > maxs[s]!) {
        maxs[s] = v;
        maxAt[s] = i;
      }
    }
  }
  flush();
  return kept;
}
