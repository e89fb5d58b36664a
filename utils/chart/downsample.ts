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
  const kept = downsampleIndices(
    rows.length,
    (i) => time(rows[i]!),
    series.map((s) => (i: number) => s(rows[i]!)),
    from,
    to,
    columns,
  );
  return kept.map((i) => rows[i]!);
}

/** The same selection over `count` rows told by their index: the indices kept, ascending. For rows
 *  held in columns (the chart digests' arrays end to end), with no object per row. */
export function downsampleIndices(
  count: number,
  time: (i: number) => number,
  series: readonly Series<number>[],
  from: number,
  to: number,
  columns: number,
): number[] {
  const n = Math.max(1, Math.floor(columns));
  const width = to > from ? (to - from) / n : 1;
  const seriesCount = series.length;
  const kept: number[] = [];
  // One column's state, reused from column to column: the all-time chart runs this once per
  // request over thousands of rows, mostly before the engine has optimised it, so it allocates little.
  const mins: number[] = new Array<number>(seriesCount).fill(0);
  const maxs: number[] = new Array<number>(seriesCount).fill(0);
  const minAt: number[] = new Array<number>(seriesCount).fill(-1);
  const maxAt: number[] = new Array<number>(seriesCount).fill(-1);
  const picks: number[] = [];
  let column = -1;
  let last = -1;
  const pick = (i: number) => {
    if (i >= 0 && !picks.includes(i)) picks.push(i);
  };
  const flush = () => {
    if (last < 0) return;
    picks.length = 0;
    pick(last);
    for (let s = 0; s < seriesCount; s++) {
      pick(minAt[s]!);
      pick(maxAt[s]!);
    }
    picks.sort((a, b) => a - b);
    for (const i of picks) kept.push(i);
  };
  for (let i = 0; i < count; i++) {
    const t = time(i);
    if (!(t >= from && t <= to)) continue;
    const c = Math.min(n - 1, Math.floor((t - from) / width));
    if (c !== column) {
      flush();
      column = c;
      minAt.fill(-1);
      maxAt.fill(-1);
    }
    last = i;
    for (let s = 0; s < seriesCount; s++) {
      const v = series[s]!(i);
      if (v === undefined || !Number.isFinite(v)) continue;
      // Strict comparisons: of equal values the first row is kept (a stable choice).
      if (minAt[s] === -1 || v < mins[s]!) {
        mins[s] = v;
        minAt[s] = i;
      }
      if (maxAt[s] === -1 || v > maxs[s]!) {
        maxs[s] = v;
        maxAt[s] = i;
      }
    }
  }
  flush();
  return kept;
}
