// The dashboard's top on real engine output (the cut sample): the risk level and one line per change
// before the factors and the accounts; "show on the chart" chooses the alert's account, widens the
// range to include its instant and marks it; snapshots published while the page is open replace
// what it shows, and the open chart is read again when its account's data changed.
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Dashboard } from '../../../components/dashboard/Dashboard';
import type { CreateChart } from '../../../components/dashboard/chart-options';
import type { AccountHistory } from '../../../utils/chart/history-types';
import type { Dashboard as DashboardData, UiMessage } from '../../../utils/messaging/protocol';
import { parseHistory } from '../../../utils/model/history-schema';
import { reconcileAlerts } from '../../../utils/rules/alert-states';
import { freshAlerts } from '../../../utils/rules/fresh-alerts';
import { changeTime, groupAlerts } from '../../../utils/rules/grouping';
import { formatDateTime } from '../../../utils/format';
import { buildHistoryView } from '../../../utils/rules/history-view';
import { riskOf } from '../../../utils/rules/risk';
import { DEFAULT_RULE_SETTINGS } from '../../../utils/rules/thresholds';
import type { Send } from '../../../utils/ui/api';
import { useDom } from './support/dom';

const dom = useDom();
const NOW = new Date('2026-11-23T00:00:00.000Z');
const DAY = 86_400_000;

function cutBoard(): DashboardData {
  const parsed = parseHistory(JSON.parse(readFileSync(new URL('../../fixtures/histories/sample-cut.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.path);
  const fresh = freshAlerts(buildHistoryView(parsed.file, NOW), DEFAULT_RULE_SETTINGS, parsed.file.accounts, { timeZone: 'UTC' });
  const alerts = reconcileAlerts([], fresh, NOW.toISOString()).put;
  return {
    accounts: parsed.file.accounts.map((account) => ({ account, observationCount: 3, lastSeenAt: '2026-11-20T00:00:00.000Z' })),
    alerts,
    risk: riskOf(alerts),
    totals: { observations: 9 },
  };
}

function recorder(board: DashboardData) {
  const sent: UiMessage[] = [];
  const send = (async (msg: UiMessage) => {
    sent.push(msg);
    switch (msg.type) {
      case 'ui:dashboard':
        return { ok: true, dashboard: board };
      case 'ui:account-history': {
        const history: AccountHistory = {
          accountId: msg.accountId,
          from: msg.from ? Date.parse(msg.from) : NOW.getTime() - 400 * DAY,
          to: Date.parse(msg.to ?? NOW.toISOString()),
          points: { t: [NOW.getTime() - 30 * DAY], total: [30000], available: [0], used: [30000] },
          marks: [],
          events: [],
          rowCount: 1,
          truncated: false,
        };
        return { ok: true, history };
      }
      case 'ui:timeline':
        return { ok: true, events: [] };
      case 'ui:factors':
        return { ok: true, report: { now: NOW.toISOString(), factors: [] } };
      case 'ui:alert-state': {
        const ids = new Set(msg.ids);
        board = { ...board, alerts: board.alerts.map((a) => (ids.has(a.id) ? { ...a, state: msg.state } : a)) };
        return { ok: true, changed: ids.size };
      }
      default:
        return { ok: false, code: 'internal' };
    }
  }) as Send;
  const charts: Parameters<CreateChart>[0][] = [];
  const createChart: CreateChart = (opts) => {
    charts.push(opts);
    return { destroy: () => undefined, setCursor: () => undefined, valToPos: (v) => v / 1e9, cursor: {} };
  };
  return { sent, send, charts, createChart };
}

const settle = async () => {
  for (let i = 0; i < 4; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
};
const histories = (sent: UiMessage[]) => sent.flatMap((m) => (m.type === 'ui:account-history' ? [m] : []));

describe('the dashboard leads with what is wrong', () => {
  it('puts the level and one line per change first, then the factors, then the accounts', async () => {
    const board = cutBoard();
    const r = recorder(board);
    await act(async () => render(<Dashboard lang="zh" send={r.send} now={() => NOW.getTime()} snapshot={board} chart={r} />, dom.root));
    await settle();
    const order = [...dom.root.querySelectorAll('.dash-alerts, .factors, .accounts, .history, .timeline')].map((e) => e.className);
    expect(order).toEqual(['dash-alerts', 'factors', 'accounts', 'history', 'timeline']);
    expect(dom.root.querySelector('.dash-alerts .risk-level')?.textContent).toBe('极高');
    const lines = [...dom.root.querySelectorAll('.dash-alerts .alert')];
    expect(lines).toHaveLength(groupAlerts(board.alerts).length);
    expect(lines.length).toBeLessThan(board.alerts.length);
    // The first line opens with its advice; the others wait behind their disclosure buttons.
    expect(lines[0]!.querySelector('.alert-head')?.getAttribute('aria-expanded')).toBe('true');
    expect(lines[0]!.querySelectorAll('.alert-advice li').length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.querySelector('.alert-head')?.getAttribute('aria-expanded') === 'false')).toBe(true);
  });

  it("shows an alert on its account's chart: the account chosen, a range that includes it, its instant marked", async () => {
    const board = cutBoard();
    const r = recorder(board);
    await act(async () => render(<Dashboard lang="zh" send={r.send} now={() => NOW.getTime()} snapshot={board} chart={r} />, dom.root));
    await settle();
    // The narrowest range first, then the 提额 entry closed in August (113 days ago) is asked for.
    const threeMonths = [...dom.root.querySelectorAll('.history button')].find((b) => b.textContent === '近3个月') as HTMLButtonElement;
    await act(async () => threeMonths.click());
    await settle();
    const line = [...dom.root.querySelectorAll('.dash-alerts .alert')].find((e) =>
      e.querySelector('.alert-title')?.textContent?.startsWith('京东 白条 提额入口关闭'),
    )!;
    await act(async () => (line.querySelector('.alert-head') as HTMLButtonElement).click());
    const show = line.querySelector('button.show-on-chart') as HTMLButtonElement;
    expect(show.getAttribute('aria-label')).toBe('在图表中查看：京东 白条 提额入口关闭');
    await act(async () => show.click());
    await settle();
    const asked = histories(r.sent).at(-1)!;
    expect(asked.accountId).toBe('jd-baitiao');
    const closedAt = Date.parse(board.alerts.find((a) => a.id === 'increase-closed|jd-baitiao')!.at);
    expect(Date.parse(asked.from!)).toBeLessThanOrEqual(closedAt);
    expect(NOW.getTime() - Date.parse(asked.from!)).toBe(366 * DAY);
    expect(dom.root.querySelector('.accounts .current .account-name')?.textContent).toBe('京东 白条');
    expect(r.charts.at(-1)!.hooks?.draw).toHaveLength(1);
    expect(dom.root.querySelector('.chart-mark-note')?.textContent).toContain('京东 白条 提额入口关闭');
  });

  it('opens at the line a notification named, its account chosen and its instant marked (the cut, not the first fall)', async () => {
    const board = cutBoard();
    const r = recorder(board);
    await act(async () =>
      render(
        <Dashboard lang="en" send={r.send} now={() => NOW.getTime()} snapshot={board} chart={r} openAlertId="limit-zeroed|jd-baitiao" />,
        dom.root,
      ),
    );
    await settle();
    const open = [...dom.root.querySelectorAll('.dash-alerts .alert')].filter((e) => e.querySelector('.alert-body'));
    expect(open.map((e) => e.querySelector('.alert-title')?.textContent)).toEqual(['京东 白条: limit cut']);
    expect([...open[0]!.querySelectorAll('.alert-evidence')].map((e) => e.getAttribute('data-rule'))).toEqual([
      'limit-drop',
      'limit-zeroed',
      'status-worsened',
    ]);
    expect(histories(r.sent).at(-1)!.accountId).toBe('jd-baitiao');
    // The cut's instant (28 Oct, midnight UTC) in the page's own zone, as the note writes times.
    const cut = board.alerts.find((a) => a.id === 'limit-zeroed|jd-baitiao')!;
    expect(new Date(changeTime(cut)).toISOString().slice(0, 10)).toBe('2026-10-28');
    expect(dom.root.querySelector('.chart-mark-note')?.textContent).toContain(formatDateTime('en', changeTime(cut)));
  });

  it('marks what it shows as seen (keeping the new mark while open), and dismisses a whole line, which then waits behind a toggle', async () => {
    const board = cutBoard();
    expect(board.alerts.every((a) => a.state === 'new')).toBe(true);
    const r = recorder(board);
    await act(async () => render(<Dashboard lang="en" send={r.send} now={() => NOW.getTime()} snapshot={board} chart={r} />, dom.root));
    await settle();
    const seen = r.sent.filter((m) => m.type === 'ui:alert-state');
    expect(seen).toEqual([{ type: 'ui:alert-state', ids: board.alerts.map((a) => a.id), state: 'seen' }]);
    const lines = () => [...dom.root.querySelectorAll('.dash-alerts > .alert-list .alert')];
    const before = lines().length;
    expect(dom.root.querySelectorAll('.dash-alerts .alert-new').length).toBeGreaterThan(0);
    const cut = lines().find((e) => e.querySelector('.alert-title')?.textContent === '京东 白条: limit cut')!;
    const head = cut.querySelector('.alert-head') as HTMLButtonElement;
    if (head.getAttribute('aria-expanded') !== 'true') await act(async () => head.click());
    const dismiss = [...cut.querySelectorAll('button')].find((b) => b.textContent === 'Dismiss') as HTMLButtonElement;
    await act(async () => dismiss.click());
    await settle();
    const asked = r.sent.filter((m) => m.type === 'ui:alert-state').at(-1)!;
    expect(asked).toMatchObject({ state: 'dismissed' });
    expect(asked.type === 'ui:alert-state' && [...asked.ids].sort()).toEqual([
      'limit-drop|jd-baitiao',
      'limit-zeroed|jd-baitiao',
      'status-worsened|jd-baitiao',
    ]);
    expect(lines()).toHaveLength(before - 1);
    expect(lines().map((e) => e.querySelector('.alert-title')?.textContent)).not.toContain('京东 白条: limit cut');
    const toggle = [...dom.root.querySelectorAll('.dash-alerts button.link')].find((b) =>
      b.textContent?.startsWith('Show dismissed'),
    ) as HTMLButtonElement;
    expect(toggle.textContent).toBe('Show dismissed alerts (1)');
    await act(async () => toggle.click());
    expect(dom.root.querySelectorAll('.dash-alerts .alert-dismissed')).toHaveLength(1);
  });

  it('follows the snapshots published while open, and reads the open chart again when its account changed', async () => {
    const board = cutBoard();
    const r = recorder(board);
    let publish: ((d: DashboardData) => void) | undefined;
    const watchDashboard = (on: (d: DashboardData) => void) => ((publish = on), () => (publish = undefined));
    await act(async () =>
      render(
        <Dashboard lang="zh" send={r.send} now={() => NOW.getTime()} snapshot={board} chart={r} watchDashboard={watchDashboard} />,
        dom.root,
      ),
    );
    await settle();
    const chosen = dom.root.querySelector('.accounts .current .account-name')?.textContent;
    const before = histories(r.sent).length;
    const first = board.accounts.find((s) => [s.account.lender, s.account.product].filter(Boolean).join(' ') === chosen)!;
    const next: DashboardData = {
      ...board,
      accounts: [
        ...board.accounts.map((s) => (s === first ? { ...s, observationCount: s.observationCount + 1, lastSeenAt: NOW.toISOString() } : s)),
        { account: { id: 'new-one', lender: '招商银行', product: '闪电贷' }, observationCount: 1 },
      ],
    };
    await act(async () => publish!(next));
    await settle();
    expect([...dom.root.querySelectorAll('.accounts .account-name')].map((e) => e.textContent)).toContain('招商银行 闪电贷');
    expect(histories(r.sent).length).toBe(before + 1);
    // Unchanged data for the open account: no new read.
    await act(async () => publish!({ ...next, risk: { ...next.risk } }));
    await settle();
    expect(histories(r.sent).length).toBe(before + 1);
    render(null, dom.root);
    expect(publish).toBeUndefined();
  });
});
