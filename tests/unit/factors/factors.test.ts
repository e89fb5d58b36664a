// Factors at fixed `now` values: the counts, the levels and the projections, including the instant
// an inquiry ages out of its window. Instants are UTC ISO strings, so the zone of the run does not matter.
import { describe, expect, it } from 'vitest';
import { buildFactorReport, type Factor, type FactorId, type FactorReport } from '../../../utils/factors';
import { buildHistoryView, type HistoryInput } from '../../../utils/rules/history-view';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../../../utils/rules/thresholds';
import { account, ago, event, history, NOW, obs, withSettings } from '../rules/support/history';

const DAY = 86_400_000;
const report = (h: HistoryInput, now: Date | number = NOW, settings: RuleSettings = DEFAULT_RULE_SETTINGS): FactorReport =>
  buildFactorReport(buildHistoryView(h, now), settings);
const factor = (r: FactorReport, id: FactorId): Factor => {
  const f = r.factors.find((x) => x.id === id);
  if (!f) throw new Error(`no factor ${id}`);
  return f;
};
const inquiry = (days: number, lender = '某消费金融') => event('inquiry', days, { reason: '贷款审批', lender });

describe('inquiry factors', () => {
  // 7 hard checks in 90 days, 3 of them in the last 30; one more 150 days ago for the 6-month count.
  const h = history({ events: [150, 88, 85, 70, 60, 25, 10, 2].map((d) => inquiry(d)) });

  it('counts 1, 3 and 6 months as frequent-applications does, with its thresholds and levels', () => {
    const r = report(h);
    expect(r.now).toBe(NOW.toISOString());
    expect(factor(r, 'inquiries-1m')).toMatchObject({
      value: 3,
      windowDays: 30,
      threshold: 3,
      level: 'over',
      fires: true,
      rule: 'frequent-applications',
    });
    expect(factor(r, 'inquiries-3m')).toMatchObject({ value: 7, windowDays: 90, threshold: 5, level: 'over', fires: true });
    expect(factor(r, 'inquiries-6m')).toMatchObject({ value: 8, windowDays: 180, fires: false });
    expect(factor(r, 'inquiries-6m').level).toBeUndefined();
  });

  it('projects each fall at the instant an inquiry leaves the window, and when the count is back under the line', () => {
    const f = factor(report(h), 'inquiries-3m');
    // 88 days ago leaves in 2 days, 85 in 5, 70 in 20, 60 in 30: 7 → 6 → 5 → 4 → 3.
    expect(f.projection!.drops).toEqual([
      { at: ago(-2), value: 6 },
      { at: ago(-5), value: 5 },
      { at: ago(-20), value: 4 },
      { at: ago(-30), value: 3 },
    ]);
    // Under 5 (the warning line of the 90-day window) once the one of 70 days ago leaves.
    expect(f.projection!.withinAt).toBe(ago(-20));
    const m = factor(report(h), 'inquiries-1m');
    expect(m.projection).toEqual({
      drops: [
        { at: ago(-5), value: 2 },
        { at: ago(-20), value: 1 },
        { at: ago(-28), value: 0 },
      ],
      withinAt: ago(-5),
    });
  });

  it('falls exactly on the day an inquiry ages out, not a millisecond before', () => {
    const out = Date.parse(ago(-2));
    expect(factor(report(h, out - 1), 'inquiries-3m').value).toBe(7);
    expect(factor(report(h, out), 'inquiries-3m').value).toBe(6);
    // The 1-month count drops from 3 to 2 when the inquiry of 25 days ago is 30 days old: the alert's reason ends.
    const monthOut = Date.parse(ago(-5));
    expect(factor(report(h, monthOut - 1), 'inquiries-1m')).toMatchObject({ value: 3, fires: true, level: 'over' });
    expect(factor(report(h, monthOut), 'inquiries-1m')).toMatchObject({ value: 2, fires: false, level: 'near' });
  });

  it('counts an application and the inquiry it caused once, across spellings of the lender', () => {
    const r = report(
      history({
        events: [
          event('application', 10, { lender: '招商银行' }),
          event('inquiry', 9, { reason: '信用卡审批', lender: '招商银行股份有限公司/CMB001' }),
          event('inquiry', 8, { reason: '贷后管理', lender: '某银行' }),
          event('inquiry', 7, { reason: '本人查询' }),
          event('application', 3, { lender: '某小贷' }),
        ],
      }),
    );
    expect(factor(r, 'inquiries-1m')).toMatchObject({ value: 2, level: 'near', fires: false });
  });

  it('takes the person thresholds: the factor moves its line with the rule', () => {
    const settings = withSettings('frequent-applications', { count: 4, windowDays: 45 });
    const f = factor(report(h, NOW, settings), 'inquiries-1m');
    expect(f).toMatchObject({ windowDays: 45, threshold: 4, value: 3, level: 'near', fires: false });
  });

  it('has nothing to project for an empty history, and every level is ok', () => {
    const r = report(history({}));
    for (const f of r.factors) {
      expect(f.value).toBe(0);
      expect(f.projection).toBeUndefined();
      expect(f.fires).toBe(false);
      if (f.level) expect(f.level).toBe('ok');
    }
    expect(r.factors.map((f) => f.id)).toEqual([
      'inquiries-1m',
      'inquiries-3m',
      'inquiries-6m',
      'cash-lenders',
      'institutions',
      'utilization',
      'cycles',
      'rollover-pairs',
      'accounts-opened',
    ]);
  });
});

describe('lender, utilisation and cycling factors', () => {
  it('counts cash lenders and institutions owed as many-lenders does; cards are institutions, not cash lenders', () => {
    const h = history({
      accounts: [
        account('a', '度小满', { kind: 'credit-line' }),
        account('b', '京东', { kind: 'credit-line' }),
        account('c', '招商银行', { kind: 'credit-card' }),
        account('d', '微众银行', { kind: 'installment-loan' }),
      ],
      observations: [
        obs('a', 5, { totalLimit: 10000, usedAmount: 2000 }),
        obs('b', 5, { totalLimit: 10000, usedAmount: 3000 }),
        obs('c', 5, { totalLimit: 10000, usedAmount: 9000 }),
        obs('d', 70, { totalLimit: 10000, usedAmount: 9000 }),
      ],
    });
    const r = report(h);
    // d was last seen 70 days ago: its balance is no longer current (60-day window).
    expect(factor(r, 'cash-lenders')).toMatchObject({ value: 2, threshold: 3, level: 'near', fires: false });
    expect(factor(r, 'institutions')).toMatchObject({ value: 3, threshold: 5, level: 'ok', fires: false });
    expect(factor(r, 'cash-lenders').projection).toBeUndefined();
    // Overall utilisation of the three current views: 14000 / 30000.
    expect(factor(r, 'utilization')).toMatchObject({
      value: 14000 / 30000,
      unit: 'share',
      threshold: 0.7,
      level: 'near',
      fires: false,
      spanDays: 14,
    });
  });

  it('reads utilisation over the line before the rule fires: the rule also needs 14 days', () => {
    const fresh = history({ observations: [obs('a', 3, { totalLimit: 10000, usedAmount: 8000 })] });
    expect(factor(report(fresh), 'utilization')).toMatchObject({ value: 0.8, level: 'over', fires: false });
    const held = history({
      observations: [obs('a', 20, { totalLimit: 10000, usedAmount: 8000 }), obs('a', 3, { totalLimit: 10000, usedAmount: 8000 })],
    });
    expect(factor(report(held), 'utilization')).toMatchObject({ value: 0.8, level: 'over', fires: true });
  });

  it('counts accounts opened in 90 days and projects when they age out', () => {
    const h = history({ events: [80, 40, 10].map((d) => event('account-opened', d, { lender: `L${d}` })) });
    const f = factor(report(h), 'accounts-opened');
    expect(f).toMatchObject({ value: 3, threshold: 3, level: 'over', fires: true, windowDays: 90 });
    expect(f.projection).toEqual({
      drops: [
        { at: ago(-10), value: 2 },
        { at: ago(-50), value: 1 },
        { at: ago(-80), value: 0 },
      ],
      withinAt: ago(-10),
    });
  });

  it('counts the busiest line’s borrow-repay cycles and 以贷养贷 pairs as borrow-repay-cycling does', () => {
    const loop = (d: number) => [
      event('borrow', d, { accountId: 'a', amount: 1000 }),
      event('repay', d - 2, { accountId: 'a', amount: 1000, full: true }),
    ];
    const h = history({
      accounts: [
        account('a', '度小满', { kind: 'credit-line' }),
        account('b', '京东', { kind: 'credit-line' }),
        account('c', '微众银行', { kind: 'credit-line' }),
      ],
      events: [
        ...[50, 30, 12].flatMap(loop),
        // Two rollovers: borrow on b a day after repaying c, and on c a day after repaying b; never paid back.
        event('repay', 41, { accountId: 'c', amount: 5000 }),
        event('borrow', 40, { accountId: 'b', amount: 5000 }),
        event('repay', 21, { accountId: 'b', amount: 4000 }),
        event('borrow', 20, { accountId: 'c', amount: 4000 }),
      ],
    });
    const r = report(h);
    const cycles = factor(r, 'cycles');
    expect(cycles).toMatchObject({ value: 3, threshold: 3, level: 'over', fires: true, windowDays: 60 });
    // The cycle completed 48 days ago leaves the 60-day window in 12 days.
    expect(cycles.projection).toEqual({
      drops: [
        { at: ago(-12), value: 2 },
        { at: ago(-32), value: 1 },
        { at: ago(-50), value: 0 },
      ],
      withinAt: ago(-12),
    });
    const pairs = factor(r, 'rollover-pairs');
    expect(pairs).toMatchObject({ value: 2, threshold: 2, level: 'over', fires: true, windowDays: 90 });
    expect(pairs.projection!.withinAt).toBe(ago(-50));
  });
});

describe('time zones', () => {
  it('gives the same report whatever the zone the suite runs in (instants only)', () => {
    const h = history({ events: [29.5, 10, 2].map((d) => inquiry(d)) });
    const f = factor(report(h, NOW.getTime() + 0.5 * DAY), 'inquiries-1m');
    expect(f.value).toBe(2);
    expect(f.projection!.drops[0]).toEqual({ at: ago(-20), value: 1 });
  });
});
