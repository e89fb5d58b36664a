// The dashboard page's components with a recording `send` and a fake chart: the accounts paint from
// the snapshot before the background answers, the chart's data is asked for at its width and range
// and handed to the chart whole, the keyboard moves the read-out, the table pages raw rows with a
// place for corrections, the timeline filters, and the factors section appears where it is wired.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Dashboard } from '../../../components/dashboard/Dashboard';
import { chartOptions, isDense, Y_AXIS, type CreateChart } from '../../../components/dashboard/chart-options';
import { FALLBACK_COLORS } from '../../../components/dashboard/chart-colors';
import type { AccountHistory } from '../../../utils/chart/history-types';
import type { Dashboard as DashboardData, UiMessage } from '../../../utils/messaging/protocol';
import type { Observation } from '../../../utils/model/types';
import type { Send } from '../../../utils/ui/api';
import { useDom } from './support/dom';

const dom = useDom();
const NOW = Date.parse('2026-11-23T08:00:00Z');
const DAY = 86_400_000;

const board: DashboardData = {
  accounts: [
    {
      account: { id: 'jd-baitiao', lender: '京东', product: '白条', kind: 'pay-later' },
      latest: {
        accountId: 'jd-baitiao',
        at: '2026-11-20T00:00:00.000Z',
        totalLimit: 30000,
        availableLimit: 1000,
        status: 'limited',
        source: 'page',
      },
      observationCount: 4,
    },
    {
      account: { id: 'jiebei', lender: '支付宝', product: '借呗', kind: 'credit-line' },
      latest: { accountId: 'jiebei', at: '2026-11-20T00:00:00.000Z', totalLimit: 12000, status: 'normal', source: 'manual' },
      observationCount: 3,
    },
  ],
  alerts: [],
  risk: { score: 0, level: 'low', drivers: [] } as DashboardData['risk'],
  totals: { observations: 7 },
};

const history: AccountHistory = {
  accountId: 'jd-baitiao',
  from: NOW - 366 * DAY,
  to: NOW,
  points: {
    t: [NOW - 30 * DAY, NOW - 10 * DAY, NOW - 3 * DAY],
    total: [50000, 45000, 30000],
    available: [20000, 9000, 1000],
    used: [30000, 36000, 29000],
  },
  marks: [{ at: NOW - 3 * DAY, kind: 'status', status: 'limited', statusText: '暂时无法使用', total: 30000 }],
  events: [{ at: NOW - 20 * DAY, kind: 'borrow', amount: 2000 }],
  rowCount: 4,
  truncated: false,
};

const row = (day: number): Observation => ({
  accountId: 'jd-baitiao',
  at: new Date(NOW - day * DAY).toISOString(),
  totalLimit: 30000,
  availableLimit: 1000,
  status: 'limited',
  statusText: '暂时无法使用',
  source: 'page',
});

function recorder(opts: { dashboard?: Promise<unknown>; history?: AccountHistory } = {}) {
  const sent: UiMessage[] = [];
  const send = (async (msg: UiMessage) => {
    sent.push(msg);
    switch (msg.type) {
      case 'ui:dashboard':
        await (opts.dashboard ?? Promise.resolve());
        return { ok: true, dashboard: board };
      case 'ui:account-history':
        return { ok: true, history: { ...(opts.history ?? history), accountId: msg.accountId } };
      case 'ui:observations':
        return msg.before ? { ok: true, rows: [row(40)], total: 3 } : { ok: true, rows: [row(1), row(10)], next: row(10).at, total: 3 };
      case 'ui:timeline':
        return { ok: true, events: [{ at: '2026-11-01T00:00:00.000Z', kind: 'inquiry', lender: '某银行', reason: '贷款审批', key: 'k1' }] };
      case 'ui:event-lenders':
        return { ok: true, lenders: ['某银行', '京东'] };
      case 'ui:factors':
        return {
          ok: true,
          report: {
            now: new Date(NOW).toISOString(),
            factors: [
              {
                id: 'inquiries-1m',
                rule: 'frequent-applications',
                value: 1,
                unit: 'count',
                windowDays: 30,
                threshold: 3,
                level: 'ok',
                fires: false,
              },
            ],
          },
        };
      case 'ui:remove-observation':
        return { ok: true, removed: row(1) };
      default:
        return { ok: false, code: 'internal' };
    }
  }) as Send;
  const charts: { data: unknown[][]; opts: Parameters<CreateChart>[0]; cursor: { left: number; top: number }[]; destroyed: boolean }[] = [];
  const createChart: CreateChart = (opts, data) => {
    const c = { data: data as unknown[][], opts, cursor: [] as { left: number; top: number }[], destroyed: false };
    charts.push(c);
    return { destroy: () => void (c.destroyed = true), setCursor: (p) => void c.cursor.push(p), valToPos: (v) => v / 1e9, cursor: {} };
  };
  return { sent, send, charts, createChart };
}

const settle = async () => {
  for (let i = 0; i < 4; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
};
const q = (sel: string) => dom.root.querySelector(sel) as HTMLElement | null;
const button = (text: string) => [...dom.root.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;

describe('dashboard page', () => {
  it('paints the accounts from the snapshot before the background answers, then asks for the first account’s chart', async () => {
    let answer!: () => void;
    const r = recorder({ dashboard: new Promise<void>((resolve) => (answer = resolve)) });
    await act(async () =>
      render(<Dashboard lang="zh" send={r.send} now={() => NOW} snapshot={board} chart={{ createChart: r.createChart }} />, dom.root),
    );
    expect([...dom.root.querySelectorAll('.account-name')].map((e) => e.textContent)).toEqual(['京东 白条', '支付宝 借呗']);
    answer();
    await settle();
    const ask = r.sent.find((m) => m.type === 'ui:account-history');
    expect(ask).toEqual({
      type: 'ui:account-history',
      accountId: 'jd-baitiao',
      to: new Date(NOW).toISOString(),
      from: new Date(NOW - 366 * DAY).toISOString(),
      columns: 720 - Y_AXIS, // one per pixel of the plot: the chart's width less the amount axis
    });
    // One x per point, mark and event; three lines and five kinds of marks.
    const chart = r.charts.at(-1)!;
    expect(chart.data).toHaveLength(9);
    expect(chart.data[0]).toEqual([NOW - 30 * DAY, NOW - 20 * DAY, NOW - 10 * DAY, NOW - 3 * DAY]);
    expect(chart.data[6]).toEqual([null, 2000, null, null]); // the borrow at its amount
    expect(chart.data[4]).toEqual([null, null, null, 30000]); // the status change on the limit
    expect(q('.history h2')?.textContent).toBe('京东 白条 的额度历史');
    expect(q('.muted.small')?.textContent).toBe('共 4 条记录，图表显示其中 3 个点');
    // The x scale spans the range asked for, not only the rows found.
    const range = chart.opts.scales!.x!.range as () => [number, number];
    expect(range()).toEqual([history.from, history.to]);
    // Three points over 656 columns: the lines at their usual widths.
    expect(chart.opts.series.slice(1, 4).map((s) => s.width)).toEqual([2, 1.5, 1.5]);
  });

  it('draws a history with a point every other pixel with one-pixel lines', async () => {
    const n = (720 - Y_AXIS) / 2;
    const t = Array.from({ length: n }, (_, i) => NOW - (n - i) * DAY);
    const dense: AccountHistory = {
      ...history,
      from: t[0]!,
      points: { t, total: t.map(() => 30000), available: t.map((_, i) => 1000 + i), used: t.map((_, i) => 29000 - i) },
      rowCount: n,
    };
    const r = recorder({ history: dense });
    await act(async () =>
      render(<Dashboard lang="zh" send={r.send} now={() => NOW} snapshot={board} chart={{ createChart: r.createChart }} />, dom.root),
    );
    await settle();
    expect(
      r.charts
        .at(-1)!
        .opts.series.slice(1, 4)
        .map((s) => s.width),
    ).toEqual([2, 1, 1]);
  });

  it('moves the cursor with the keyboard and reads out the values in force and the marks', async () => {
    const r = recorder();
    await act(async () =>
      render(<Dashboard lang="zh" send={r.send} now={() => NOW} snapshot={board} chart={{ createChart: r.createChart }} />, dom.root),
    );
    await settle();
    const box = q('.chart-box')!;
    expect(box.getAttribute('tabIndex') ?? box.getAttribute('tabindex')).toBe('0');
    expect(box.getAttribute('aria-label')).toBe('\u2068京东 白条\u2069 的额度图表。用左右方向键逐点查看数值。');
    const key = async (k: string) =>
      act(async () => void box.dispatchEvent(Object.assign(new dom.window.Event('keydown', { bubbles: true }), { key: k })));
    await key('Home');
    expect(q('.chart-readout')?.textContent).toMatch(/总额度 ¥50,000\.00 · 可用额度 ¥20,000\.00 · 已用 ¥30,000\.00$/);
    await key('ArrowRight');
    // The borrow's day: the values of the last view still hold.
    expect(q('.chart-readout')?.textContent).toMatch(/总额度 ¥50,000\.00 .*借款 ¥2,000\.00$/);
    await key('End');
    expect(q('.chart-readout')?.textContent).toMatch(/状态变为受限（\u2068暂时无法使用\u2069）$/);
    expect(r.charts.at(-1)!.cursor).toHaveLength(3);
  });

  it('asks again for the range chosen, and pages the raw rows in the table, each with its remove button', async () => {
    const r = recorder();
    await act(async () =>
      render(<Dashboard lang="en" send={r.send} now={() => NOW} snapshot={board} chart={{ createChart: r.createChart }} />, dom.root),
    );
    await settle();
    await act(async () => button('3 months').click());
    await settle();
    expect(r.sent.filter((m) => m.type === 'ui:account-history').at(-1)).toMatchObject({ from: new Date(NOW - 92 * DAY).toISOString() });
    expect(button('3 months').getAttribute('aria-pressed')).toBe('true');
    await act(async () => button('Table').click());
    await settle();
    expect(r.sent.at(-1)).toEqual({ type: 'ui:observations', accountId: 'jd-baitiao', limit: 100 });
    expect(dom.root.querySelectorAll('.history-table tbody tr')).toHaveLength(2);
    expect(q('.history-table tbody tr')?.textContent).toContain('Limited (暂时无法使用)');
    expect(q('.row-actions button')?.textContent).toBe('Remove');
    expect(q('.row-actions button')?.getAttribute('aria-label')).toMatch(/^Remove this record: \u2068京东 白条\u2069 · /);
    await act(async () => button('Load older').click());
    await settle();
    expect(r.sent.at(-1)).toEqual({ type: 'ui:observations', accountId: 'jd-baitiao', limit: 100, before: row(10).at });
    expect(dom.root.querySelectorAll('.history-table tbody tr')).toHaveLength(3);
    // Removing a row: the background removes it, the undo bar offers it back, and the page reads again.
    const boards = r.sent.filter((m) => m.type === 'ui:dashboard').length;
    await act(async () => (q('.row-actions button') as HTMLButtonElement).click());
    await settle();
    expect(r.sent.find((m) => m.type === 'ui:remove-observation')).toEqual({
      type: 'ui:remove-observation',
      accountId: 'jd-baitiao',
      at: row(1).at,
    });
    expect(q('.undo-bar')?.textContent).toContain('Removed 1 record');
    expect(r.sent.filter((m) => m.type === 'ui:dashboard').length).toBe(boards + 1);
    expect(r.sent.filter((m) => m.type === 'ui:factors').length).toBeGreaterThanOrEqual(2);
  });

  it('filters the timeline by kind and lender through the background, and shows the factors it asked for', async () => {
    const r = recorder();
    await act(async () =>
      render(<Dashboard lang="zh" send={r.send} now={() => NOW} snapshot={board} chart={{ createChart: r.createChart }} />, dom.root),
    );
    await settle();
    expect(q('.factors h2')?.textContent).toBe('影响提醒的因素');
    expect(r.sent.some((m) => m.type === 'ui:factors')).toBe(true);
    expect(q('.factors')?.textContent).toContain('近 30 天硬查询');
    expect(q('.events .event')?.textContent).toContain('征信查询某银行贷款审批');
    const repay = [...dom.root.querySelectorAll('.filters label')].find((l) => l.textContent === '还款')!.querySelector('input')!;
    await act(async () => void repay.dispatchEvent(new dom.window.Event('change', { bubbles: true })));
    await settle();
    expect(r.sent.filter((m) => m.type === 'ui:timeline').at(-1)).toEqual({
      type: 'ui:timeline',
      kinds: ['inquiry', 'application', 'account-opened', 'borrow'],
      limit: 50,
    });
    const select = q('.lender-filter select') as HTMLSelectElement;
    expect(r.sent.some((m) => m.type === 'ui:event-lenders')).toBe(false); // not before the person turns to it
    await act(async () => void select.dispatchEvent(new dom.window.Event('focus')));
    await settle();
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      '全部放贷方',
      '\u2068某银行\u2069',
      '\u2068京东\u2069',
    ]);
    // linkedom's select has no value setter: the option is chosen as a browser would mark it.
    for (const o of select.querySelectorAll('option')) o.toggleAttribute('selected', o.getAttribute('value') === '京东');
    await act(async () => void select.dispatchEvent(new dom.window.Event('change', { bubbles: true })));
    await settle();
    expect(r.sent.filter((m) => m.type === 'ui:timeline').at(-1)).toMatchObject({ lender: '京东' });
  });

  it('formats the chart’s axes in the person’s language', () => {
    const noop = () => undefined;
    for (const [lang, month, amount] of [
      ['zh', /2026年3月/, '¥5万'],
      ['en', /Mar 2026/, '¥50K'],
    ] as const) {
      const o = chartOptions(lang, 600, 300, FALLBACK_COLORS, noop);
      const [x, y] = o.axes as { values: (...a: unknown[]) => string[] }[];
      expect(x!.values(undefined, [Date.UTC(2026, 2, 15)], 0, 0, 30 * DAY)[0]).toMatch(month);
      expect(y!.values(undefined, [50000])[0]).toBe(amount);
      expect(o.series[1]!.label).toBe(lang === 'zh' ? '总额度' : 'Total limit');
    }
  });

  it('draws the moving lines one pixel wide where points come at least every other pixel', () => {
    const noop = () => undefined;
    const widths = (dense: boolean) =>
      chartOptions('zh', 600, 300, FALLBACK_COLORS, noop, undefined, undefined, undefined, dense)
        .series.slice(1, 4)
        .map((s) => s.width);
    expect(widths(false)).toEqual([2, 1.5, 1.5]);
    // The limit stays bold; available and used become the canvas's hairline.
    expect(widths(true)).toEqual([2, 1, 1]);
    // 600 px wide: a plot of 536 columns. Nine years of daily rows over it are dense; a year's are not.
    expect(isDense(2324, 600)).toBe(true);
    expect(isDense(268, 600)).toBe(true);
    expect(isDense(267, 600)).toBe(false);
    expect(isDense(365, 1200)).toBe(false);
  });
});
