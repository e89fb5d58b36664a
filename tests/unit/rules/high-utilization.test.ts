import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../utils/model/types';
import { describeAlert } from '../../../utils/rules/describe';
import { buildHistoryView } from '../../../utils/rules/history-view';
import { RULES } from '../../../utils/rules/registry';
import { DEFAULT_RULE_SETTINGS } from '../../../utils/rules/thresholds';
import { account, ago, history, NOW, obs, run, shuffled, withSettings } from './support/history';

/** A view of `id` with `used` of `total` in use, `days` ago. */
const use = (id: string, days: number, used: number, total: number, extra: Partial<Observation> = {}) =>
  obs(id, days, { totalLimit: total, availableLimit: total - used, usedAmount: used }, extra);
/**
 * The aggregate as it stands at one view (no sustained span asked for): what the ratio, the views
 * it reads and its run start are. The 14-day span of version 2 is tested on its own below.
 */
const INSTANT = withSettings('high-utilization', { aggregateSpanDays: 0 });
const instant = (patch: Partial<(typeof DEFAULT_RULE_SETTINGS)['high-utilization']>) =>
  withSettings('high-utilization', { aggregateSpanDays: 0, ...patch });
const aggregateOf = (observations: Observation[], settings: Parameters<typeof run>[3] = INSTANT) =>
  run('high-utilization', history({ observations }), NOW, settings).filter((a) => a.accountId === undefined);
const singleOf = (observations: Observation[], settings?: Parameters<typeof run>[3]) =>
  run('high-utilization', history({ observations }), NOW, settings).filter((a) => a.accountId !== undefined);

describe('high-utilization: aggregate', () => {
  it('warns at 70 % of all limits in use, with no account', () => {
    const alerts = run(
      'high-utilization',
      history({ observations: [use('hb', 10, 8000, 10000), use('jd', 20, 6000, 10000)] }),
      NOW,
      INSTANT,
    );
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ rule: 'high-utilization', severity: 'warning', at: ago(10) });
    expect(alerts[0]!.accountId).toBeUndefined();
    expect(alerts[0]!.evidence).toMatchObject({
      scope: 'aggregate',
      utilization: 0.7,
      used: 14000,
      totalLimit: 20000,
      threshold: 0.7,
      criticalThreshold: 0.9,
    });
    expect(alerts[0]!.evidence.accounts).toEqual([
      { accountId: 'hb', used: 8000, totalLimit: 10000, utilization: 0.8, seenAt: ago(10) },
      { accountId: 'jd', used: 6000, totalLimit: 10000, utilization: 0.6, seenAt: ago(20) },
    ]);
  });

  it('fires exactly at the thresholds and not just below them', () => {
    expect(aggregateOf([use('hb', 10, 8000, 10000), use('jd', 20, 5999, 10000)])).toEqual([]);
    expect(aggregateOf([use('hb', 10, 9000, 10000)])[0]).toMatchObject({ severity: 'critical' });
    expect(aggregateOf([use('hb', 10, 8999.99, 10000)])[0]).toMatchObject({ severity: 'warning' });
  });

  it('stays quiet on a healthy picture', () => {
    expect(aggregateOf([use('hb', 10, 4000, 10000), use('jd', 5, 2000, 30000)])).toEqual([]);
    expect(aggregateOf([obs('hb', 5, { status: 'normal' })])).toEqual([]);
  });

  it('derives used from total − available, but not on blocked lines', () => {
    expect(aggregateOf([obs('hb', 5, { totalLimit: 10000, availableLimit: 2000 })])[0]).toMatchObject({ evidence: { utilization: 0.8 } });
    // A frozen or limited line showing 0 available is blocked, not spent: left out, not 100 %.
    expect(aggregateOf([obs('hb', 5, { totalLimit: 10000, availableLimit: 0, status: 'frozen' }), use('jd', 5, 1000, 10000)])).toEqual([]);
    // …also when the status came on another view.
    expect(
      aggregateOf([obs('hb', 5, { totalLimit: 10000, availableLimit: 0, status: 'unknown' }), obs('hb', 4, { status: 'limited' })]),
    ).toEqual([]);
    // A known used amount still counts on a blocked line.
    expect(aggregateOf([obs('hb', 5, { totalLimit: 10000, availableLimit: 0, usedAmount: 9500, status: 'limited' })])[0]).toMatchObject({
      severity: 'critical',
    });
  });

  it('leaves out views it cannot read, zero limits, closed and stale accounts', () => {
    expect(aggregateOf([obs('hb', 5, { availableLimit: 100 })])).toEqual([]);
    expect(aggregateOf([obs('hb', 5, { totalLimit: 10000 })])).toEqual([]);
    expect(aggregateOf([obs('hb', 5, { totalLimit: 0, usedAmount: 500 })])).toEqual([]);
    expect(aggregateOf([use('hb', 5, 9000, 10000, { status: 'closed' })])).toEqual([]);
    expect(aggregateOf([use('hb', 5, 9000, 10000), obs('hb', 2, { status: 'closed' })])).toEqual([]);
    // The latest balance-telling view decides: a newer total without a used amount does not hide it.
    expect(aggregateOf([use('hb', 20, 9000, 10000), obs('hb', 5, { totalLimit: 20000 })])).toHaveLength(1);
    // …but a status-only or rate-only view does not.
    expect(aggregateOf([use('hb', 20, 9000, 10000), obs('hb', 5, { apr: 0.18 })])).toHaveLength(1);
  });

  it('counts accounts whose latest limit view was seen within 60 days', () => {
    expect(aggregateOf([use('hb', 60, 9000, 10000), use('jd', 5, 1000, 10000)])[0]).toBeUndefined();
    expect(aggregateOf([use('hb', 60, 9000, 10000)])).toEqual([]);
    expect(aggregateOf([use('hb', 59.99, 9000, 10000)])).toHaveLength(1);
    expect(aggregateOf([use('hb', 90, 9000, 10000, { lastSeenAt: ago(30) })])).toHaveLength(1);
  });

  it('dates the alert from when the ratio last rose to its threshold', () => {
    expect(aggregateOf([use('hb', 60, 3000, 10000), use('hb', 30, 8000, 10000), use('hb', 5, 8500, 10000)])[0]).toMatchObject({
      at: ago(30),
    });
    // Critical from the moment the second account filled up; the first was already full.
    const h = [use('hb', 40, 9000, 10000), use('jd', 50, 1000, 10000), use('jd', 20, 9000, 10000)];
    expect(aggregateOf(h)[0]).toMatchObject({ severity: 'critical', at: ago(20) });
    // High since the first view ever: the run starts there.
    expect(aggregateOf([use('hb', 40, 9500, 10000), use('hb', 5, 9600, 10000)])[0]).toMatchObject({ at: ago(40) });
  });

  it('ignores data after now', () => {
    const h = [use('hb', 10, 1000, 10000), use('hb', -1, 9500, 10000)];
    expect(aggregateOf(h)).toEqual([]);
    expect(run('high-utilization', history({ observations: h }), new Date(NOW.getTime() + 2 * 86_400_000), INSTANT)).toHaveLength(1);
  });

  it('copes with unsorted input and duplicate rows', () => {
    const rows = [
      use('hb', 50, 1000, 10000),
      use('hb', 30, 8000, 10000),
      use('hb', 30, 8000, 10000),
      use('jd', 25, 7000, 10000),
      use('jd', 25, 7000, 10000),
      obs('jd', 3, { status: 'normal' }),
    ];
    const expected = run('high-utilization', history({ observations: rows }), NOW, INSTANT);
    expect(run('high-utilization', history({ observations: shuffled(rows) }), NOW, INSTANT)).toEqual(expected);
    expect(expected).toHaveLength(1);
    // As of 30 days ago hb alone was at 80 %: the run starts there, before jd was first seen.
    expect(expected[0]).toMatchObject({ at: ago(30), evidence: { used: 15000, totalLimit: 20000 } });
  });

  it('uses the thresholds it is given', () => {
    const h = [use('hb', 5, 6000, 10000)];
    expect(aggregateOf(h)).toEqual([]);
    expect(aggregateOf(h, instant({ aggregate: 0.5 }))).toHaveLength(1);
    expect(aggregateOf(h, instant({ aggregate: 0.5, criticalAggregate: 0.6 }))[0]).toMatchObject({ severity: 'critical' });
    expect(aggregateOf([use('hb', 50, 8000, 10000)], instant({ windowDays: 30 }))).toEqual([]);
  });

  it('grades higher as utilisation rises', () => {
    const low = aggregateOf([use('hb', 5, 7000, 10000)])[0]!;
    const high = aggregateOf([use('hb', 5, 8000, 10000)])[0]!;
    expect(high.grade).toBeGreaterThan(low.grade);
  });
});

describe('high-utilization: aggregate sustained over 14 days (version 2)', () => {
  it('stays quiet on one high view: one large purchase, or a balance before payday', () => {
    expect(aggregateOf([use('hb', 60, 2000, 10000), use('hb', 5, 9500, 10000)], DEFAULT_RULE_SETTINGS)).toEqual([]);
    // Seen again unchanged 13 days later: still under the span.
    expect(aggregateOf([use('hb', 60, 2000, 10000), use('hb', 15, 9500, 10000, { lastSeenAt: ago(2) })], DEFAULT_RULE_SETTINGS)).toEqual(
      [],
    );
    // Repaid after the bill: the next view is low again.
    expect(
      aggregateOf([use('hb', 60, 2000, 10000), use('hb', 30, 9500, 10000), use('hb', 10, 2500, 10000)], DEFAULT_RULE_SETTINGS),
    ).toEqual([]);
  });

  it('warns once the ratio has held on views spanning 14 days, dated when the span was reached', () => {
    const [a] = aggregateOf([use('hb', 60, 2000, 10000), use('hb', 30, 8000, 10000), use('hb', 16, 8200, 10000)], DEFAULT_RULE_SETTINGS);
    expect(a).toMatchObject({ severity: 'warning', at: ago(16), evidence: { since: ago(30), spanThresholdDays: 14 } });
    expect(
      aggregateOf([use('hb', 60, 2000, 10000), use('hb', 30, 8000, 10000), use('hb', 16.01, 8200, 10000)], DEFAULT_RULE_SETTINGS),
    ).toEqual([]);
    // One view seen unchanged over the span is enough.
    expect(aggregateOf([use('hb', 30, 8000, 10000, { lastSeenAt: ago(5) })], DEFAULT_RULE_SETTINGS)).toHaveLength(1);
  });

  it('is critical only when 90 % held 14 days; a fresh 95 % on a sustained 75 % is a warning', () => {
    const base = [use('hb', 60, 7500, 10000), use('hb', 40, 7600, 10000)];
    expect(aggregateOf([...base, use('hb', 5, 9500, 10000)], DEFAULT_RULE_SETTINGS)[0]).toMatchObject({
      severity: 'warning',
      evidence: { since: ago(60) },
    });
    expect(aggregateOf([...base, use('hb', 20, 9500, 10000), use('hb', 5, 9600, 10000)], DEFAULT_RULE_SETTINGS)[0]).toMatchObject({
      severity: 'critical',
      at: ago(6),
    });
  });

  it('stays quiet on a card maxed for a month and then repaid, beside everyday balances', () => {
    const card = [
      use('card', 80, 2000, 20000),
      use('card', 50, 19000, 20000),
      use('card', 35, 19500, 20000),
      use('card', 15, 3000, 20000),
      use('card', 3, 3500, 20000),
    ];
    const huabei = [use('hb', 70, 1500, 10000), use('hb', 30, 2500, 10000), use('hb', 4, 2000, 10000)];
    for (const days of [45, 40, 20, 3]) {
      const now = new Date(NOW.getTime() - days * 86_400_000);
      const loud = run('high-utilization', history({ observations: [...card, ...huabei] }), now).filter((a) => a.severity !== 'info');
      expect(loud, `${days} days ago`).toEqual([]);
    }
  });
});

describe('high-utilization: one account', () => {
  // A second, barely used account keeps the aggregate quiet so the single-account alert stands alone.
  const spare = use('spare', 5, 1000, 50000);

  it('warns when every view over 60 days is at 90 % or more, spanning 30 days', () => {
    const alerts = singleOf([use('hb', 50, 9500, 10000), use('hb', 15, 9200, 10000), spare]);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ rule: 'high-utilization', severity: 'warning', accountId: 'hb', at: ago(15) });
    expect(alerts[0]!.evidence).toMatchObject({
      scope: 'account',
      utilization: 0.92,
      lowestUtilization: 0.92,
      observations: 2,
      from: ago(50),
      to: ago(15),
      spanDays: 35,
      threshold: 0.9,
    });
    expect(aggregateOf([use('hb', 50, 9500, 10000), use('hb', 15, 9200, 10000), spare])).toEqual([]);
  });

  it('needs the span: exactly 30 days fires, just under does not', () => {
    expect(singleOf([use('hb', 50, 9500, 10000), use('hb', 20, 9500, 10000), spare])).toHaveLength(1);
    expect(singleOf([use('hb', 50, 9500, 10000), use('hb', 20.01, 9500, 10000), spare])).toEqual([]);
    expect(singleOf([use('hb', 5, 9500, 10000), spare])).toEqual([]);
  });

  it('counts one view seen unchanged over the span', () => {
    const [a] = singleOf([use('hb', 50, 9500, 10000, { lastSeenAt: ago(10) }), spare]);
    expect(a).toMatchObject({ accountId: 'hb', at: ago(20), evidence: { observations: 1, spanDays: 40 } });
    // A view first shown before the window and seen inside it counts from the window's start.
    expect(singleOf([use('hb', 100, 9500, 10000, { lastSeenAt: ago(40) }), use('hb', 5, 9500, 10000), spare])[0]).toMatchObject({
      evidence: { from: ago(60), spanDays: 55 },
    });
  });

  it('stays quiet when any view of the window is under 90 %, and accepts exactly 90 %', () => {
    expect(singleOf([use('hb', 50, 9500, 10000), use('hb', 30, 8000, 10000), use('hb', 10, 9500, 10000), spare])).toEqual([]);
    expect(singleOf([use('hb', 50, 9000, 10000), use('hb', 10, 9000, 10000), spare])).toHaveLength(1);
    expect(singleOf([use('hb', 50, 8999, 10000), use('hb', 10, 9000, 10000), spare])).toEqual([]);
    // Views older than the window do not count, so the span inside it is too short.
    expect(singleOf([use('hb', 100, 9500, 10000), use('hb', 55, 9500, 10000), use('hb', 30, 9500, 10000), spare])).toEqual([]);
  });

  it('skips views that say nothing about utilisation, but not unreadable limit views', () => {
    const h = [
      use('hb', 50, 9500, 10000),
      obs('hb', 30, { apr: 0.2 }),
      obs('hb', 25, { availableLimit: 100 }),
      use('hb', 10, 9600, 10000),
      spare,
    ];
    expect(singleOf(h)).toHaveLength(1);
    expect(singleOf([use('hb', 50, 9500, 10000), obs('hb', 30, { totalLimit: 10000 }), use('hb', 10, 9600, 10000), spare])).toEqual([]);
    // A frozen line at 0 available is blocked, not full.
    expect(
      singleOf([
        obs('hb', 50, { totalLimit: 10000, availableLimit: 0, status: 'frozen' }),
        obs('hb', 10, { totalLimit: 10000, availableLimit: 0, status: 'frozen' }),
        spare,
      ]),
    ).toEqual([]);
    expect(
      singleOf([obs('hb', 50, { totalLimit: 10000, availableLimit: 500 }), obs('hb', 10, { totalLimit: 10000, availableLimit: 0 }), spare]),
    ).toHaveLength(1);
  });

  it('ignores closed accounts, data after now, and uses the thresholds it is given', () => {
    expect(singleOf([use('hb', 50, 9500, 10000), use('hb', 10, 9500, 10000, { status: 'closed' }), spare])).toEqual([]);
    expect(singleOf([use('hb', 50, 9500, 10000), use('hb', -1, 9500, 10000), spare])).toEqual([]);
    const h = [use('hb', 50, 8500, 10000), use('hb', 10, 8600, 10000), spare];
    expect(singleOf(h)).toEqual([]);
    expect(singleOf(h, withSettings('high-utilization', { single: 0.85 }))).toHaveLength(1);
    expect(
      singleOf([use('hb', 50, 9500, 10000), use('hb', 30, 9500, 10000), spare], withSettings('high-utilization', { singleSpanDays: 20 })),
    ).toHaveLength(1);
  });

  it('copes with unsorted input and duplicate rows', () => {
    const rows = [use('hb', 70, 2000, 10000), use('hb', 45, 9100, 10000), use('hb', 45, 9100, 10000), use('hb', 12, 9900, 10000), spare];
    const expected = singleOf(rows);
    expect(singleOf(shuffled(rows))).toEqual(expected);
    expect(expected[0]).toMatchObject({ at: ago(12), evidence: { lowestUtilization: 0.91, utilization: 0.99 } });
  });
});

describe('high-utilization: words', () => {
  it('says what happened in both languages, amounts only in the detail', () => {
    const accounts = new Map([
      ['hb', account('hb', '支付宝', { product: '花呗' })],
      ['spare', account('spare', '招商银行')],
    ]);
    const [aggregate] = run(
      'high-utilization',
      history({ observations: [use('hb', 10, 8000, 10000), use('jd', 20, 6000, 10000)] }),
      NOW,
      INSTANT,
    );
    const zh = describeAlert(aggregate!, 'zh', accounts, { timeZone: 'Asia/Shanghai' });
    const en = describeAlert(aggregate!, 'en', accounts, { timeZone: 'Asia/Shanghai' });
    expect(zh.title).toBe('总体额度使用率偏高');
    expect(zh.detail).toContain('2 个账户合计已用 ¥14,000.00');
    expect(zh.detail).toContain('总体使用率 70%');
    expect(en.title).toBe('High overall credit utilisation');
    expect(en.detail).toContain('70% utilisation');
    expect(zh.advice.join('')).toContain('70%');

    const [single] = singleOf([use('hb', 50, 9500, 10000), use('hb', 15, 9200, 10000), use('spare', 5, 1000, 50000)]);
    const zhSingle = describeAlert(single!, 'zh', accounts, { timeZone: 'Asia/Shanghai' });
    const enSingle = describeAlert(single!, 'en', accounts, { timeZone: 'Asia/Shanghai' });
    expect(zhSingle.title).toBe('支付宝 花呗 额度使用率持续偏高');
    expect(zhSingle.detail).toContain('使用率始终不低于 90%');
    expect(zhSingle.detail).toContain('¥9,200.00');
    expect(enSingle.title).toBe('支付宝 花呗: limit nearly used up for weeks');
    expect(enSingle.detail).toContain('lowest 92%');
  });
});

describe('the six rules on a long history', () => {
  it('walk it once: 40k views of a line maxed out for years, no quadratic step', () => {
    // The worst case for these rules: every view high, every run reaching back to the first view.
    const observations: Observation[] = [];
    for (let i = 0; i < 40_000; i++) {
      const days = 2000 - i * 0.05;
      observations.push(use(i % 2 ? 'hb' : 'jd', days, 9000 + (i % 1000), 10000, { apr: 0.1 + (i % 2) * 0.01, increaseAvailable: false }));
    }
    const view = buildHistoryView(history({ observations }), NOW);
    const mine = RULES.filter((r) =>
      ['limit-zeroed', 'status-worsened', 'increase-closed', 'high-utilization', 'rate-increase', 'stale-account'].includes(r.id),
    );
    const started = performance.now();
    const alerts = mine.flatMap((r) => r.evaluate(view, DEFAULT_RULE_SETTINGS));
    // Linear work is a few ms; a quadratic step would take many seconds. Generous for busy machines.
    expect(performance.now() - started).toBeLessThan(1500);
    expect(
      alerts
        .filter((a) => a.rule === 'high-utilization')
        .map((a) => a.accountId ?? '*')
        .sort(),
    ).toEqual(['*', 'hb', 'jd']);
    // High since the first view: the run starts there and has held 14 days two weeks later.
    expect(alerts.find((a) => a.rule === 'high-utilization' && !a.accountId)).toMatchObject({ severity: 'critical', at: ago(1986) });
  });
});
