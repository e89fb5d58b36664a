// uPlot's options for one account's chart: three stepped lines (a limit holds until the next view
// changes it) and five kinds of marks drawn as points only, coloured from the page's CSS (light or
// dark), with dates and amounts in the person's language. The library draws; this only configures.
import type uPlot from 'uplot';
import { axisAmount, axisDate, pointDate } from '../../utils/chart/chart-format';
import { LINE_SERIES, MARK_SERIES, type LineSeries, type MarkSeries } from '../../utils/chart/chart-data';
import { EVENT_DOT } from '../../utils/chart/history-types';
import { formatAmount } from '../../utils/format';
import type { Lang } from '../../utils/i18n';
import { td, type DashboardKey } from '../../utils/i18n/dashboard';

/** The amount axis's width: the plot draws in what is left of the chart's. */
export const Y_AXIS = 64;
/** The columns worth asking the background for: one per pixel of the plot, not of the whole chart. */
export const plotColumns = (width: number): number => Math.max(1, Math.floor(width) - Y_AXIS);
/** Points at least every other pixel of the plot (a long history over all time): its lines are then
 *  bands of steps, and the two that move (available, used) are drawn one pixel wide. A line of one
 *  pixel is the canvas's hairline, drawn without the stroker's outline: on nine years of daily rows
 *  the browser raster took about 25 ms at 1.5 px and about 2 ms at 1 px (a trace of one click). */
export const isDense = (points: number, width: number): boolean => points * 2 >= plotColumns(width);

export type ChartColors = Record<LineSeries | MarkSeries | 'axis' | 'grid' | 'alert', string>;

/** An alert's instant on the chart (ms), and what it is. */
export interface ChartMark {
  at: number;
  title: string;
}

/** What the chart needs of uPlot (the real one in uplot-chart.ts; a recording fake in tests). */
export interface ChartHandle {
  destroy(): void;
  setCursor(opts: { left: number; top: number }): void;
  valToPos(val: number, scale: string): number;
  readonly cursor: { idx?: number | null };
}
export type CreateChart = (opts: uPlot.Options, data: uPlot.AlignedData, el: HTMLElement) => ChartHandle;

/** The chart library as the page gets it (loaded after the first paint). */
export interface ChartKit {
  createChart: CreateChart;
  stepped?: uPlot.Series.PathBuilder;
}

const LABELS: Record<LineSeries | MarkSeries, DashboardKey> = {
  total: 'dash.series.total',
  available: 'dash.series.available',
  used: 'dash.series.used',
  status: 'dash.mark.status',
  increase: 'dash.mark.increase',
  borrow: 'dash.mark.borrow',
  repay: 'dash.mark.repay',
  inquiry: 'dash.mark.inquiry',
};

/** Fonts for the canvas: the page's, with the CJK fallbacks listed (wqy on Linux). */
export const CHART_FONT =
  '12px system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif';

export function chartOptions(
  lang: Lang,
  width: number,
  height: number,
  colors: ChartColors,
  onCursor: (idx: number | undefined) => void,
  stepped?: uPlot.Series.PathBuilder,
  span?: [from: number, to: number],
  alertMark?: ChartMark,
  dense = false,
): uPlot.Options {
  const axis = { stroke: colors.axis, font: CHART_FONT, grid: { stroke: colors.grid, width: 1 }, ticks: { stroke: colors.grid, width: 1 } };
  const line = (s: LineSeries): uPlot.Series => ({
    label: td(lang, LABELS[s]),
    stroke: colors[s],
    width: s === 'total' ? 2 : dense ? 1 : 1.5,
    spanGaps: true,
    ...(stepped && { paths: stepped }),
    points: { show: false },
    value: (_u, v) => (v == null ? '—' : formatAmount(lang, v)),
  });
  const mark = (s: MarkSeries): uPlot.Series => ({
    label: td(lang, LABELS[s]),
    stroke: colors[s],
    // The legend's square as the mark: a repay's hollow like its ring.
    fill: s === 'repay' ? 'transparent' : colors[s],
    width: s === 'repay' ? 2 : 0,
    // Points only: no line between marks.
    paths: () => null,
    // A repay is a ring a little wider than a borrow's dot: drawn after it, it leaves a borrow of the
    // same day and amount (the same place) to be seen inside it instead of covering it.
    points:
      s === 'repay'
        ? { show: true, size: EVENT_DOT + 4, stroke: colors[s], fill: 'transparent', width: 2 }
        : { show: true, size: s === 'status' || s === 'increase' ? 11 : EVENT_DOT, stroke: colors[s], fill: colors[s], width: 1 },
  });
  return {
    width,
    height,
    ms: 1,
    series: [{ value: (_u, v) => (v == null ? '' : pointDate(lang, v)) }, ...LINE_SERIES.map(line), ...MARK_SERIES.map(mark)],
    // The x scale is the range asked for (3 months / 1 year / all), not just the rows found in it.
    scales: {
      x: { time: true, ...(span && span[1] > span[0] && { range: (): uPlot.Range.MinMax => span }) },
      y: { range: (_u, min, max) => [0, Math.max(max * 1.08, 1)] },
    },
    axes: [
      // Room for "Sep 2026" between ticks (uPlot's default spacing lets English month labels touch).
      { ...axis, space: 80, values: (_u, splits, _ai, _space, step) => splits.map((v) => axisDate(lang, v, step)) },
      { ...axis, size: Y_AXIS, values: (_u, splits) => splits.map((v) => axisAmount(lang, v)) },
    ],
    legend: { live: false },
    cursor: { drag: { x: false, y: false } },
    hooks: {
      setCursor: [(u) => onCursor(u.cursor.idx ?? undefined)],
      ...(alertMark && { draw: [(u: uPlot) => drawMark(u, alertMark.at, colors.alert)] }),
    },
  };
}

/** The alert's instant as a full-height vertical line over the plot (canvas pixels), when it is in view. */
function drawMark(u: uPlot, at: number, color: string): void {
  const x = Math.round(u.valToPos(at, 'x', true));
  const { left, top, width, height } = u.bbox;
  if (!(x >= left && x <= left + width)) return;
  const ctx = u.ctx;
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = 2 * (globalThis.devicePixelRatio || 1);
  ctx.beginPath();
  ctx.moveTo(x, top);
  ctx.lineTo(x, top + height);
  ctx.stroke();
  ctx.restore();
}
