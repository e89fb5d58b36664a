// One account's history drawn by uPlot (through `createChart`), focusable: the arrow keys move the
// cursor from point to point, Home / End jump to the ends, and the read-out under the chart says the
// date, the values in force and any mark there, for the pointer and the keyboard alike.
import type uPlot from 'uplot';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { chartData, LINE_SERIES, MARK_SERIES, type ChartData, type MarkNote } from '../../utils/chart/chart-data';
import { pointDate } from '../../utils/chart/chart-format';
import type { AccountHistory } from '../../utils/chart/history-types';
import { formatAmount } from '../../utils/format';
import { t, type Lang } from '../../utils/i18n';
import { td } from '../../utils/i18n/dashboard';
import { chartOptions, isDense, type ChartColors, type ChartHandle, type ChartMark, type CreateChart } from './chart-options';
import { tl } from '../../utils/i18n/alert-lines';
import { formatDateTime } from '../../utils/format';
import { useLang } from '../shared/lang-context';
import { isolated } from '../shared/Bidi';

export interface HistoryChartProps {
  history: AccountHistory;
  name: string;
  width: number;
  height?: number;
  colors: ChartColors;
  createChart: CreateChart;
  stepped?: uPlot.Series.PathBuilder;
  /** An alert's instant, drawn as a vertical line and said under the chart. */
  mark?: ChartMark;
}

/** The read-out at x index `i`: the values in force there (the last known at or before it) and its marks. */
export function readout(lang: Lang, data: ChartData, i: number): string {
  const parts = [pointDate(lang, data.x[i]!)];
  for (const s of LINE_SERIES) {
    let v: number | null = null;
    for (let j = i; j >= 0 && v === null; j--) v = data.lines[s][j] ?? null;
    if (v !== null) parts.push(`${td(lang, `dash.series.${s}`)} ${formatAmount(lang, v)}`);
  }
  for (const s of MARK_SERIES) {
    const note = data.notes[s].get(i);
    if (note) parts.push(noteText(lang, note));
  }
  return parts.join(' · ');
}

function noteText(lang: Lang, note: MarkNote): string {
  if ('mark' in note) {
    const m = note.mark;
    if (m.kind === 'increase') return td(lang, m.available ? 'dash.mark.increaseOpen' : 'dash.mark.increaseClosed');
    return (
      td(lang, 'dash.mark.statusTo', { status: t(lang, `status.${m.status}`) }) +
      (m.statusText ? td(lang, 'dash.aside', { text: isolated(m.statusText) }) : '')
    );
  }
  return note.events
    .map((e) =>
      [
        td(lang, `dash.event.${e.kind}`),
        // Over all time one mark stands for a column's events of a kind: how many, then their sum.
        e.count !== undefined && e.count > 1 ? td(lang, 'dash.event.count', { n: e.count }) : undefined,
        e.lender && isolated(e.lender),
        e.amount !== undefined ? formatAmount(lang, e.amount) : undefined,
        e.full ? td(lang, 'dash.event.full') : undefined,
        e.outcome ? td(lang, `dash.outcome.${e.outcome}`) : undefined,
      ]
        .filter(Boolean)
        .join(' '),
    )
    .join(td(lang, 'dash.list'));
}

export function HistoryChart({ history, name, width, height = 300, colors, createChart, stepped, mark }: HistoryChartProps) {
  const lang = useLang();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartHandle>();
  const data = useMemo(() => chartData(history), [history]);
  const [idx, setIdx] = useState<number>();

  useLayoutEffect(() => {
    if (!box.current || !data.x.length) return;
    const dense = isDense(history.points.t.length, width);
    const opts = chartOptions(lang, width, height, colors, setIdx, stepped, [history.from, history.to], mark, dense);
    const aligned = [data.x, ...LINE_SERIES.map((s) => data.lines[s]), ...MARK_SERIES.map((s) => data.marks[s])] as uPlot.AlignedData;
    const c = createChart(opts, aligned, box.current);
    chart.current = c;
    setIdx(undefined);
    return () => {
      c.destroy();
      chart.current = undefined;
    };
  }, [data, history, lang, width, height, colors, createChart, stepped, mark?.at]);

  const moveTo = (i: number) => {
    const c = chart.current;
    if (!c || !data.x.length) return;
    const at = Math.max(0, Math.min(data.x.length - 1, i));
    let y = 0;
    for (let j = at; j >= 0; j--) {
      const v = data.lines.total[j] ?? data.lines.available[j];
      if (v != null) {
        y = v;
        break;
      }
    }
    c.setCursor({ left: c.valToPos(data.x[at]!, 'x'), top: c.valToPos(y, 'y') });
    setIdx(at);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const current = idx ?? chart.current?.cursor.idx ?? data.x.length;
    const step = { ArrowLeft: -1, ArrowRight: 1, PageUp: -10, PageDown: 10 }[e.key];
    if (step !== undefined) moveTo(idx === undefined && step < 0 ? data.x.length - 1 : current + step);
    else if (e.key === 'Home') moveTo(0);
    else if (e.key === 'End') moveTo(data.x.length - 1);
    else return;
    e.preventDefault();
  };

  if (!data.x.length) return <p class="muted chart-empty">{td(lang, 'dash.chartEmpty')}</p>;
  const readoutId = `readout-${history.accountId}`;
  return (
    <div class="chart">
      <div
        ref={box}
        class="chart-box"
        tabIndex={0}
        role="group"
        aria-label={td(lang, 'dash.chartLabel', { name: isolated(name) })}
        aria-describedby={readoutId}
        onKeyDown={onKeyDown}
      />
      {mark && <p class="chart-mark-note">{tl(lang, 'lines.marked', { title: mark.title, when: formatDateTime(lang, mark.at) })}</p>}
      <p id={readoutId} class="chart-readout" aria-live="polite">
        {idx === undefined || data.x[idx] === undefined ? td(lang, 'dash.cursor.none') : readout(lang, data, idx)}
      </p>
    </div>
  );
}
