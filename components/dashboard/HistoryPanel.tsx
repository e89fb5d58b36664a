// One account's history: the range (3 months / 1 year / all), chart or table, and the chart's data
// asked for at the width it will be drawn (one column of points per pixel of the plot), never every row.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { MAX_COLUMNS, type AccountHistory } from '../../utils/chart/history-types';
import { td } from '../../utils/i18n/dashboard';
import type { Failure } from '../../utils/messaging/protocol';
import type { Observation } from '../../utils/model/types';
import type { Send } from '../../utils/ui/api';
import { plotColumns, type ChartColors, type ChartKit } from './chart-options';
import { HistoryChart } from './HistoryChart';
import { HistoryTable } from './HistoryTable';
import { useLang } from '../shared/lang-context';
import type { ChartFocus } from './chart-focus';
import { RANGES, rangeIncluding, rangeStart, type Range } from './ranges';
import { fillNodes, Name } from '../shared/Bidi';

export { RANGES, rangeStart, type Range };

export interface HistoryPanelProps {
  send: Send;
  accountId: string;
  name: string;
  now: () => number;
  colors: ChartColors;
  /** Undefined until the chart library has loaded. */
  kit?: ChartKit;
  /** Changes after a correction: chart and table read again. */
  version?: number;
  rowActions?: (row: Observation) => ComponentChildren;
  onFailure?: (failure: Failure) => void;
  /** An alert to show: the chart over a range that includes its instant, marked there, scrolled to. */
  focus?: ChartFocus;
  /** Changes when the account's data changed (a capture published while the page is open): read again. */
  stamp?: string;
}

export function HistoryPanel({ send, accountId, name, now, colors, kit, version, rowActions, onFailure, focus, stamp }: HistoryPanelProps) {
  const lang = useLang();
  const [range, setRange] = useState<Range>('1y');
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [history, setHistory] = useState<AccountHistory>();
  const [width, setWidth] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const section = useRef<HTMLElement>(null);
  const mark = focus?.accountId === accountId ? focus : undefined;

  useEffect(() => {
    if (!mark) return;
    setView('chart');
    setRange((r) => rangeIncluding(r, mark.at, now()));
    if (mark.scroll) section.current?.scrollIntoView?.({ block: 'start' });
  }, [mark?.seq]);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(280, Math.floor(el.clientWidth || 720)));
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(el);
    return () => observer?.disconnect();
  }, []);

  useEffect(() => {
    if (!width || view !== 'chart') return;
    let current = true;
    const end = now();
    const from = rangeStart(range, end);
    void send({
      type: 'ui:account-history',
      accountId,
      to: new Date(end).toISOString(),
      columns: Math.min(MAX_COLUMNS, plotColumns(width)),
      ...(from && { from }),
    }).then((reply) => {
      if (!current) return;
      if (reply.ok) setHistory(reply.history);
      else onFailure?.(reply);
    });
    return () => {
      current = false;
    };
  }, [accountId, range, width, view, version, stamp]);

  const shown = history?.accountId === accountId ? history : undefined;
  return (
    <section ref={section} class="history" aria-labelledby="history-title">
      <div class="history-head">
        <h2 id="history-title">{fillNodes(td(lang, 'dash.historyOf'), { name: <Name text={name} /> })}</h2>
        <div class="toolbar">
          <div role="group" aria-label={td(lang, 'dash.range')} class="segmented">
            {RANGES.map((r) => (
              <button key={r} type="button" aria-pressed={range === r} disabled={view === 'table'} onClick={() => setRange(r)}>
                {td(lang, `dash.range.${r}`)}
              </button>
            ))}
          </div>
          <div role="group" class="segmented">
            <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
              {td(lang, 'dash.view.chart')}
            </button>
            <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
              {td(lang, 'dash.view.table')}
            </button>
          </div>
        </div>
      </div>
      <div ref={box} class="history-body">
        {view === 'table' ? (
          <HistoryTable send={send} accountId={accountId} name={name} version={version} rowActions={rowActions} onFailure={onFailure} />
        ) : !shown || !kit ? (
          <p class="muted">{td(lang, 'dash.loading')}</p>
        ) : (
          <>
            <HistoryChart
              history={shown}
              name={name}
              width={width}
              colors={colors}
              createChart={kit.createChart}
              stepped={kit.stepped}
              mark={mark && { at: mark.at, title: mark.title }}
            />
            <p class="muted small">
              {td(lang, 'dash.rows', { n: shown.rowCount, shown: shown.points.t.length })}
              {shown.truncated ? ` ${td(lang, 'dash.truncated')}` : ''}
            </p>
          </>
        )}
      </div>
    </section>
  );
}
