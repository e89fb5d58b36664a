// The popup's alert part on real engine output: the level on top, alerts by severity, each opening
// to its evidence, sparkline and advice; seen on open; dismiss; accounts show their worst alert.
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useDom } from './support/dom';
import { ALERTS_SHOWN } from '../../../components/shared/AlertList';
import { groupAlerts } from '../../../utils/rules/grouping';
import { Popup } from '../../../components/popup/Popup';
import type { Dashboard, UiMessage } from '../../../utils/messaging/protocol';
import type { AlertRecord } from '../../../utils/model/alert-record';
import { parseHistory } from '../../../utils/model/history-schema';
import { reconcileAlerts } from '../../../utils/rules/alert-states';
import { freshAlerts } from '../../../utils/rules/fresh-alerts';
import { buildHistoryView } from '../../../utils/rules/history-view';
import { DEFAULT_RULE_SETTINGS } from '../../../utils/rules/thresholds';
import { riskOf } from '../../../utils/rules/risk';
import type { Send } from '../../../utils/ui/api';

const NOW = new Date('2026-11-23T00:00:00.000Z');

/** What the background would store for the cut sample, built with the same functions. */
function cutDashboard(): Dashboard {
  const parsed = parseHistory(JSON.parse(readFileSync(new URL('../../fixtures/histories/sample-cut.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.path);
  const fresh = freshAlerts(buildHistoryView(parsed.file, NOW), DEFAULT_RULE_SETTINGS, parsed.file.accounts, { timeZone: 'UTC' });
  const alerts = reconcileAlerts([], fresh, NOW.toISOString()).put;
  return {
    accounts: parsed.file.accounts.map((account) => ({ account, observationCount: 1 })),
    alerts,
    risk: riskOf(alerts),
    totals: { observations: 9 },
  };
}

const dom = useDom();

async function show(dashboard: Dashboard, lang: 'zh' | 'en' = 'zh', openAlertId?: string) {
  const sent: UiMessage[] = [];
  let board = dashboard;
  const send = (async (msg: UiMessage) => {
    sent.push(msg);
    if (msg.type === 'ui:dashboard') return { ok: true, dashboard: board };
    if (msg.type === 'ui:tracked-sites') return { ok: true, origins: [] };
    if (msg.type === 'ui:alert-state') {
      board = { ...board, alerts: board.alerts.map((a): AlertRecord => (msg.ids.includes(a.id) ? { ...a, state: msg.state } : a)) };
      return { ok: true, changed: msg.ids.length };
    }
    return { ok: false, code: 'internal' };
  }) as Send;
  await act(async () => {
    render(
      <Popup
        lang={lang}
        send={send}
        builtInPatterns={[]}
        requestHostPermission={async () => true}
        now={() => NOW.getTime()}
        openAlertId={openAlertId}
      />,
      dom.root,
    );
  });
  for (let i = 0; i < 3; i++) await act(async () => {});
  return sent;
}

describe('alerts in the popup', () => {
  it('opens and scrolls to the alert a notification click named (popup.html#alert=<id>)', async () => {
    const scrolled: string[] = [];
    const proto = (globalThis.window as unknown as typeof globalThis).HTMLElement.prototype as { scrollIntoView?: unknown };
    const original = proto.scrollIntoView;
    proto.scrollIntoView = function (this: HTMLElement) {
      scrolled.push(this.querySelector('.alert-title')?.textContent ?? '');
    };
    try {
      await show(cutDashboard(), 'zh', 'limit-drop|jd-baitiao');
    } finally {
      proto.scrollIntoView = original;
    }
    const open = [...dom.root.querySelectorAll('.alert')].filter((e) => e.querySelector('.alert-body'));
    expect(open.map((e) => e.querySelector('.alert-title')?.textContent)).toEqual(['京东 白条 额度下降']);
    expect(scrolled).toEqual(['京东 白条 额度下降']);
  });

  it('puts the level on top and the alerts most severe first, and marks the new ones seen', async () => {
    const dashboard = cutDashboard();
    const sent = await show(dashboard);
    expect(dom.root.querySelector('.risk-level')?.textContent).toBe('极高');
    const more = [...dom.root.querySelectorAll('button.link')].find((b) => b.textContent?.startsWith('显示其余')) as
      HTMLButtonElement | undefined;
    if (more) await act(async () => more.click());
    const sevs = [...dom.root.querySelectorAll('.alert-list .sev')].map((e) => e.textContent);
    expect(sevs[0]).toBe('严重');
    expect(sevs.indexOf('警告')).toBeGreaterThan(sevs.lastIndexOf('严重'));
    // One mark per line (a change's alerts fold into one line), every alert of it marked seen.
    expect(dom.root.querySelectorAll('.alert-new').length).toBe(groupAlerts(dashboard.alerts).length);
    expect(dom.root.querySelectorAll('.alert-list .alert').length).toBeLessThan(dashboard.alerts.length);
    const seen = sent.flatMap((m) => (m.type === 'ui:alert-state' && m.state === 'seen' ? m.ids : []));
    expect([...seen].sort()).toEqual(dashboard.alerts.map((a) => a.id).sort());
  });

  it('opens a long list with the most severe few; the rest are seen only once shown', async () => {
    const base = cutDashboard();
    const extra = Array.from({ length: 7 }, (_, i): AlertRecord => ({
      ...base.alerts.at(-1)!,
      id: `stale-account|x${i}`,
      rule: 'stale-account',
      severity: 'info',
      accountId: `x${i}`,
    }));
    const dashboard = { ...base, alerts: [...base.alerts, ...extra] };
    const lines = groupAlerts(dashboard.alerts);
    const total = lines.length;
    const sent = await show(dashboard);
    expect(dom.root.querySelectorAll('.alert-list .alert').length).toBe(ALERTS_SHOWN);
    expect(sent.filter((m) => m.type === 'ui:alert-state')).toEqual([
      { type: 'ui:alert-state', ids: lines.slice(0, ALERTS_SHOWN).flatMap((g) => g.alerts.map((a) => a.id)), state: 'seen' },
    ]);
    const more = [...dom.root.querySelectorAll('button.link')].find(
      (b) => b.textContent === `显示其余 ${total - ALERTS_SHOWN} 条提醒`,
    ) as HTMLButtonElement;
    await act(async () => more.click());
    expect(dom.root.querySelectorAll('.alert-list .alert').length).toBe(total);
    expect(sent.filter((m) => m.type === 'ui:alert-state').at(-1)).toEqual({
      type: 'ui:alert-state',
      ids: lines.slice(ALERTS_SHOWN).flatMap((g) => g.alerts.map((a) => a.id)),
      state: 'seen',
    });
    // A notification for an alert past the cut opens the whole list.
    render(null, dom.root);
    await show(dashboard, 'zh', extra.at(-1)!.id);
    expect(dom.root.querySelectorAll('.alert-list .alert').length).toBe(total);
  });

  it('opens an alert to its detail, a limit chart and advice, and dismisses it', async () => {
    const sent = await show(cutDashboard(), 'en');
    // Rules version 2 adds 借呗's limit-zeroed (limited, nothing available): the cut may sit past the first five.
    const more = [...dom.root.querySelectorAll('button.link')].find((b) => b.textContent?.startsWith('Show')) as
      HTMLButtonElement | undefined;
    if (more) await act(async () => more.click());
    const drop = [...dom.root.querySelectorAll('.alert')].find((e) => e.textContent?.includes('京东 白条: limit cut'))!;
    expect(drop.querySelector('.alert-body')).toBeNull();
    await act(async () => {
      (drop.querySelector('.alert-head') as HTMLButtonElement).click();
    });
    expect(drop.querySelector('.alert-detail')?.textContent).toContain('¥30,000.00');
    expect(drop.querySelector('svg[role=img]')?.getAttribute('aria-label')).toContain('highest ¥50,000.00');
    expect(drop.querySelectorAll('.alert-advice li').length).toBeGreaterThan(1);
    await act(async () => {
      (drop.querySelector('.alert-body button') as HTMLButtonElement).click();
    });
    for (let i = 0; i < 3; i++) await act(async () => {});
    // The line's every alert: the cut's limit-drop with the limit-zeroed and status-worsened it folds.
    expect(sent).toContainEqual({
      type: 'ui:alert-state',
      ids: ['limit-drop|jd-baitiao', 'limit-zeroed|jd-baitiao', 'status-worsened|jd-baitiao'],
      state: 'dismissed',
    });
    expect(dom.root.textContent).toContain('Show dismissed alerts (1)');
  });

  it("folds the cut of 白条 into one line that opens to each alert's own evidence (a disclosure button)", async () => {
    await show(cutDashboard());
    const more = [...dom.root.querySelectorAll('button.link')].find((b) => b.textContent?.startsWith('显示其余')) as
      HTMLButtonElement | undefined;
    if (more) await act(async () => more.click());
    const cut = [...dom.root.querySelectorAll('.alert-list .alert')].filter((e) =>
      e.querySelector('.alert-title')?.textContent?.startsWith('京东 白条 额度下降'),
    );
    expect(cut).toHaveLength(1);
    const line = cut[0]!;
    expect(line.querySelector('.alert-also')?.textContent).toBe('同时：额度清零 · 账户状态变差');
    // Began with September's fall; the line speaks for October's cut to 0, said beside it.
    expect(line.querySelector('.alert-when')?.textContent).toMatch(/^开始于 .+ · 最近一次变化：25 天前$/);
    const head = line.querySelector('.alert-head') as HTMLButtonElement;
    expect(head.tagName).toBe('BUTTON');
    expect(head.getAttribute('aria-expanded')).toBe('false');
    await act(async () => head.click());
    expect(head.getAttribute('aria-expanded')).toBe('true');
    expect(line.querySelector('.alert-body')?.id).toBe(head.getAttribute('aria-controls'));
    const evidence = [...line.querySelectorAll('.alert-evidence')];
    expect(evidence.map((e) => e.getAttribute('data-rule'))).toEqual(['limit-drop', 'limit-zeroed', 'status-worsened']);
    expect(evidence[1]!.textContent).toContain('总额度已变为 0');
    expect(evidence[2]!.textContent).toContain('暂时无法使用');
    // The other alerts of 白条 (the 提额 entry closed and the rate rise, in August) are a line of their own.
    const titles = [...dom.root.querySelectorAll('.alert-list .alert-title')].map((e) => e.textContent);
    expect(titles.filter((x) => x?.startsWith('京东 白条'))).toHaveLength(2);
  });

  it("shows each account's own worst alert on its card", async () => {
    await show(cutDashboard());
    const cards = [...dom.root.querySelectorAll('.card')];
    const jd = cards.find((c) => c.textContent?.includes('白条'))!;
    expect(jd.querySelector('.card-alert')?.textContent).toMatch(/^严重：/);
  });

  it('draws from the first load, follows what the background publishes, and keeps the new marks of the opening', async () => {
    const dashboard = cutDashboard();
    const sent: UiMessage[] = [];
    const send = (async (msg: UiMessage) => (
      sent.push(msg),
      msg.type === 'ui:alert-state' ? { ok: true, changed: msg.ids.length } : { ok: false, code: 'internal' }
    )) as Send;
    let publish: ((d: Dashboard) => void) | undefined;
    let unsubscribed = 0;
    const watchDashboard = (on: (d: Dashboard) => void) => ((publish = on), () => void unsubscribed++);
    const firstLoad = Promise.resolve([
      { ok: true, dashboard },
      { ok: true, origins: [] },
    ] as const) as never;
    await act(async () => {
      render(
        <Popup
          lang="zh"
          send={send}
          firstLoad={firstLoad}
          watchDashboard={watchDashboard}
          builtInPatterns={[]}
          requestHostPermission={async () => true}
          now={() => NOW.getTime()}
        />,
        dom.root,
      );
    });
    for (let i = 0; i < 3; i++) await act(async () => {});
    // Nothing asked of the background but marking the shown alerts seen.
    expect(sent.map((m) => m.type)).toEqual(['ui:alert-state']);
    const shown = dom.root.querySelectorAll('.alert-list .alert').length;
    expect(dom.root.querySelectorAll('.alert-new').length).toBe(shown);

    // The background publishes the seen states, then a page read elsewhere adds an account.
    const seen = { ...dashboard, alerts: dashboard.alerts.map((a): AlertRecord => ({ ...a, state: 'seen' })) };
    const added = {
      ...seen,
      accounts: [...seen.accounts, { account: { id: 'webank-weilidai', lender: '微众银行', product: '微粒贷' }, observationCount: 1 }],
    };
    await act(async () => publish!(seen));
    await act(async () => publish!(added));
    expect([...dom.root.querySelectorAll('.card-lender')].map((e) => e.textContent)).toContain('微众银行');
    expect(dom.root.querySelectorAll('.alert-new').length).toBe(shown);

    render(null, dom.root);
    expect(unsubscribed).toBe(1);
  });
});
