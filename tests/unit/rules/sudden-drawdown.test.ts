// sudden-drawdown (heuristics.md v2): a quiet cash line (or all cash lines together) drawn to the top
// within two weeks; not purchases on cards and pay-later lines.
import { describe, expect, it } from 'vitest';
import { describeAlert } from '../../../utils/rules/describe';
import { account, ago, event, history, NOW, obs, run, withSettings } from './support/history';

const accounts = [
  account('jt', '京东', { product: '金条', kind: 'credit-line' }),
  account('wl', '微众银行', { product: '微粒贷', kind: 'credit-line' }),
  account('hb', '支付宝', { product: '花呗', kind: 'pay-later' }),
  account('cmb', '招商银行', { product: '信用卡', kind: 'credit-card' }),
];
const view = (id: string, days: number, used: number, total = 20000, extra = {}) =>
  obs(id, days, { totalLimit: total, availableLimit: total - used, usedAmount: used }, extra);
const drawdown = (observations: ReturnType<typeof view>[], events: ReturnType<typeof event>[] = [], now = NOW) =>
  run('sudden-drawdown', history({ accounts, observations, events }), now);

describe('sudden-drawdown', () => {
  it('warns when a quiet cash line is drawn to 70 % or more within 14 days', () => {
    const [a, ...rest] = drawdown([view('jt', 70, 1000), view('jt', 40, 2000), view('jt', 12, 0), view('jt', 5, 16000)]);
    expect(rest).toEqual([]);
    expect(a).toMatchObject({
      rule: 'sudden-drawdown',
      severity: 'warning',
      accountId: 'jt',
      at: ago(5),
      evidence: { scope: 'account', utilization: 0.8, quietUtilization: 0.1 },
    });
  });

  it('needs quiet views spanning 30 days, all at 20 % or less, and the rise within 14 days', () => {
    expect(drawdown([view('jt', 30, 1000), view('jt', 12, 0), view('jt', 5, 16000)])).toEqual([]);
    expect(drawdown([view('jt', 70, 1000), view('jt', 40, 5000), view('jt', 12, 0), view('jt', 5, 16000)])).toEqual([]);
    expect(drawdown([view('jt', 70, 1000), view('jt', 40, 2000), view('jt', 20, 0), view('jt', 5, 16000)])).toEqual([]);
    expect(drawdown([view('jt', 70, 1000), view('jt', 40, 2000), view('jt', 12, 0), view('jt', 5, 13900)])).toEqual([]);
    // One quiet view seen unchanged for weeks counts as views spanning that time.
    expect(drawdown([view('jt', 60, 1000, 20000, { lastSeenAt: ago(15) }), view('jt', 5, 15000)])).toHaveLength(1);
  });

  it('accepts a rise in two steps, and sees it through borrow events before any view shows it', () => {
    expect(
      drawdown([view('jt', 70, 1000), view('jt', 40, 2000), view('jt', 12, 0), view('jt', 8, 8000), view('jt', 5, 16000)]),
    ).toHaveLength(1);
    const [a] = drawdown(
      [view('jt', 70, 1000), view('jt', 40, 2000), view('jt', 12, 0)],
      [event('borrow', 6, { accountId: 'jt', amount: 9000 }), event('borrow', 4, { accountId: 'jt', amount: 6000 })],
    );
    expect(a).toMatchObject({ at: ago(4), evidence: { utilization: 0.75 } });
  });

  it('stands while the line stays at 70 % or more, and ends when it is repaid', () => {
    const drawn = [view('jt', 90, 1000), view('jt', 60, 2000), view('jt', 45, 0), view('jt', 40, 16000), view('jt', 10, 15000)];
    expect(drawdown(drawn)[0]).toMatchObject({ at: ago(40) });
    expect(drawdown([...drawn, view('jt', 2, 9000)])).toEqual([]);
  });

  it('stays quiet on cards and pay-later lines: purchases are not drawdowns', () => {
    expect(drawdown([view('hb', 70, 1000), view('hb', 40, 2000), view('hb', 12, 0), view('hb', 5, 16000)])).toEqual([]);
    expect(drawdown([view('cmb', 70, 1000), view('cmb', 40, 2000), view('cmb', 12, 0), view('cmb', 5, 18000)])).toEqual([]);
  });

  it('warns on all cash lines together when no one line explains it', () => {
    // 金条 (50 000) goes from 0 to 68 %; 微粒贷 (5 000) was 60 % used all along and is now full: neither
    // line alone is a quiet line drawn to 70 %, but together they went from 5 % to 71 %.
    const both = [
      view('jt', 70, 0, 50000),
      view('jt', 40, 0, 50000),
      view('jt', 12, 0, 50000),
      view('jt', 5, 34000, 50000),
      view('wl', 70, 3000, 5000),
      view('wl', 40, 3000, 5000),
      view('wl', 12, 3000, 5000),
      view('wl', 5, 5000, 5000),
    ];
    const [a, ...rest] = drawdown(both);
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ evidence: { scope: 'cash-lines', utilization: 0.7091 } });
    expect(a!.accountId).toBeUndefined();
  });

  it('uses the thresholds it is given and says what happened in both languages', () => {
    const h = [view('jt', 70, 1000), view('jt', 40, 2000), view('jt', 12, 0), view('jt', 5, 12000)];
    expect(drawdown(h)).toEqual([]);
    const [a] = run('sudden-drawdown', history({ accounts, observations: h }), NOW, withSettings('sudden-drawdown', { drawnShare: 0.6 }));
    expect(a).toBeDefined();
    const names = new Map(accounts.map((x) => [x.id, x]));
    const zh = describeAlert(a!, 'zh', names, { timeZone: 'Asia/Shanghai' });
    const en = describeAlert(a!, 'en', names, { timeZone: 'Asia/Shanghai' });
    expect(zh.title).toBe('京东 金条 突然大额用款');
    expect(zh.detail).toContain('升到 60%');
    expect(en.title).toBe('京东 金条: suddenly drawn to the top');
    expect(en.detail).toContain('then reached 60%');
    for (const r of [zh, en]) {
      expect(r.detail).not.toContain('?');
      expect(r.advice.length).toBe(3);
    }
    expect(en.advice.join(' ')).toContain('Avoid topping up from other lenders');
  });
});
