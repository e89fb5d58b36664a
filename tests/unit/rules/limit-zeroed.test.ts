import { describe, expect, it } from 'vitest';
import { describeAlert } from '../../../utils/rules/describe';
import { account, ago, history, NOW, obs, run, runAll, shuffled } from './support/history';

describe('limit-zeroed', () => {
  it('is critical when the latest total limit is 0', () => {
    const h = history({
      observations: [
        obs('jb', 60, { totalLimit: 30000, availableLimit: 30000 }),
        obs('jb', 10, { totalLimit: 0 }),
        obs('jb', 3, { totalLimit: 0 }),
      ],
    });
    const [a, ...rest] = run('limit-zeroed', h);
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ rule: 'limit-zeroed', severity: 'critical', accountId: 'jb', at: ago(10), grade: 2 });
    expect(a!.evidence).toMatchObject({ zeroed: 'total', totalLimit: 0, previousLimit: 30000, since: ago(10), lastSeenAt: ago(3) });
  });

  it('fires when nothing is available and nothing is used, not when the line is simply spent', () => {
    const zero = (values: Parameters<typeof obs>[2]) => run('limit-zeroed', history({ observations: [obs('hb', 5, values)] }));
    // Version 2: available 0 on a normal line with nothing more known is a used-up line, not a zeroed one.
    expect(zero({ availableLimit: 0 })).toEqual([]);
    expect(zero({ totalLimit: 20000, availableLimit: 0 })).toEqual([]);
    expect(zero({ availableLimit: 0, status: 'limited' })[0]).toMatchObject({
      severity: 'critical',
      grade: 1,
      evidence: { zeroed: 'available', usedAmount: null },
    });
    expect(zero({ totalLimit: 20000, availableLimit: 0, status: 'frozen' })).toHaveLength(1);
    expect(zero({ totalLimit: 20000, availableLimit: 0, statusText: '暂无额度' })).toHaveLength(1);
    expect(zero({ totalLimit: 20000, availableLimit: 0, usedAmount: 0 })).toHaveLength(1);
    expect(zero({ totalLimit: 20000, availableLimit: 0, usedAmount: 5000 })).toHaveLength(1);
    expect(zero({ totalLimit: 20000, availableLimit: 0, usedAmount: 20000 })).toEqual([]);
    expect(zero({ availableLimit: 0.01 })).toEqual([]);
    expect(zero({ totalLimit: 0.01, availableLimit: 0.01 })).toEqual([]);
  });

  it('stays quiet on a fully drawn line whatever its status: status-worsened speaks for the status', () => {
    const before = obs('jb', 60, { totalLimit: 30000, availableLimit: 1500, usedAmount: 28500 });
    for (const status of ['limited', 'frozen', 'normal', 'unknown'] as const) {
      for (const last of [
        { totalLimit: 12000, availableLimit: 0, usedAmount: 12000, status },
        { totalLimit: 12000, availableLimit: 0, usedAmount: 12500, status, statusText: '综合评估暂未通过' },
        { totalLimit: 12000, availableLimit: 0, usedAmount: 12000, status, statusText: '暂无额度' },
      ]) {
        expect(run('limit-zeroed', history({ observations: [before, obs('jb', 5, last)] })), `${status} ${JSON.stringify(last)}`).toEqual(
          [],
        );
      }
    }
    // The 借呗 of the demo: cut to 12000 and limited while fully drawn — a limit-drop and a
    // status-worsened, no limit-zeroed.
    const rules = runAll(
      history({ observations: [before, obs('jb', 5, { totalLimit: 12000, availableLimit: 0, usedAmount: 12000, status: 'limited' })] }),
    ).map((a) => a.rule);
    expect(rules).toContain('limit-drop');
    expect(rules).toContain('status-worsened');
    expect(rules).not.toContain('limit-zeroed');
  });

  it('still fires on a limited line with room left but nothing available, and on a total of 0 however much is owed', () => {
    const before = obs('jb', 60, { totalLimit: 30000, availableLimit: 10000, usedAmount: 20000 });
    const fires = (last: Parameters<typeof obs>[2]) => run('limit-zeroed', history({ observations: [before, obs('jb', 5, last)] }));
    expect(fires({ totalLimit: 30000, availableLimit: 0, usedAmount: 20000, status: 'limited' })).toHaveLength(1);
    expect(fires({ totalLimit: 30000, availableLimit: 0, usedAmount: 29999.99, status: 'frozen' })).toHaveLength(1);
    expect(fires({ totalLimit: 0, availableLimit: 0, usedAmount: 20000, status: 'limited' })).toHaveLength(1);
  });

  it('also fires on a zero total with an outstanding balance', () => {
    expect(run('limit-zeroed', history({ observations: [obs('jb', 5, { totalLimit: 0, usedAmount: 3000 })] }))).toHaveLength(1);
  });

  it('stays quiet for closed accounts and healthy ones', () => {
    expect(run('limit-zeroed', history({ observations: [obs('jb', 5, { totalLimit: 0, status: 'closed' })] }))).toEqual([]);
    // A later status-only view says the account is closed: still the closure's business.
    expect(run('limit-zeroed', history({ observations: [obs('jb', 9, { totalLimit: 0 }), obs('jb', 5, { status: 'closed' })] }))).toEqual(
      [],
    );
    expect(
      run('limit-zeroed', history({ observations: [obs('jb', 30, { totalLimit: 30000, availableLimit: 12000, usedAmount: 18000 })] })),
    ).toEqual([]);
    expect(run('limit-zeroed', history({ observations: [obs('jb', 30, { status: 'frozen' })] }))).toEqual([]);
  });

  it('reads the latest view with an amount: a restored limit clears it, a status-only view does not', () => {
    const restored = history({ observations: [obs('jb', 20, { totalLimit: 0 }), obs('jb', 5, { totalLimit: 8000 })] });
    expect(run('limit-zeroed', restored)).toEqual([]);
    const statusOnly = history({ observations: [obs('jb', 20, { totalLimit: 0 }), obs('jb', 5, { status: 'limited', apr: 0.18 })] });
    expect(run('limit-zeroed', statusOnly)[0]).toMatchObject({ at: ago(20), evidence: { status: 'limited' } });
    // An `unknown` status does not reopen a closed account.
    const closedThenUnknown = history({
      observations: [obs('jb', 20, { totalLimit: 0, status: 'closed' }), obs('jb', 5, { totalLimit: 0, status: 'unknown' })],
    });
    expect(run('limit-zeroed', closedThenUnknown)).toEqual([]);
  });

  it('dates a run from its first zero view, after an earlier zero was undone', () => {
    const h = history({
      observations: [
        obs('jb', 90, { totalLimit: 0 }),
        obs('jb', 60, { totalLimit: 9000 }),
        obs('jb', 30, { availableLimit: 0, status: 'limited' }),
        obs('jb', 2, { totalLimit: 0 }),
      ],
    });
    expect(run('limit-zeroed', h)[0]).toMatchObject({ at: ago(30), grade: 2, evidence: { previousLimit: 9000 } });
  });

  it('ignores data after now', () => {
    const h = history({ observations: [obs('jb', 10, { totalLimit: 30000 }), obs('jb', -1, { totalLimit: 0 })] });
    expect(run('limit-zeroed', h)).toEqual([]);
    expect(run('limit-zeroed', h, new Date(NOW.getTime() + 2 * 86_400_000))).toHaveLength(1);
  });

  it('copes with unsorted input and duplicate rows', () => {
    const rows = [
      obs('jb', 60, { totalLimit: 30000 }),
      obs('jb', 40, { totalLimit: 20000 }),
      obs('jb', 10, { totalLimit: 0 }),
      obs('jb', 10, { totalLimit: 0 }),
      obs('jb', 4, { totalLimit: 0 }),
    ];
    const sorted = run('limit-zeroed', history({ observations: rows }));
    expect(run('limit-zeroed', history({ observations: shuffled(rows) }))).toEqual(sorted);
    expect(sorted[0]).toMatchObject({ at: ago(10), evidence: { previousLimit: 20000 } });
  });

  it('says what happened in both languages, without amounts in the title', () => {
    const accounts = new Map([['jb', account('jb', '支付宝', { product: '借呗' })]]);
    const [total] = run(
      'limit-zeroed',
      history({ observations: [obs('jb', 60, { totalLimit: 30000 }), obs('jb', 10, { totalLimit: 0, status: 'limited' })] }),
    );
    const zh = describeAlert(total!, 'zh', accounts, { timeZone: 'Asia/Shanghai' });
    const en = describeAlert(total!, 'en', accounts, { timeZone: 'Asia/Shanghai' });
    expect(zh.title).toBe('支付宝 借呗 额度归零');
    expect(zh.detail).toContain('总额度已变为 0');
    expect(zh.detail).toContain('¥30,000.00');
    expect(zh.detail).toContain('受限');
    expect(en.title).toBe('支付宝 借呗: limit down to zero');
    expect(en.detail).toContain('Limited');
    expect(`${zh.title}${en.title}`).not.toMatch(/\d/);
    const [available] = run(
      'limit-zeroed',
      history({ observations: [obs('jb', 10, { totalLimit: 30000, availableLimit: 0, usedAmount: 0 })] }),
    );
    expect(describeAlert(available!, 'zh', accounts).detail).toContain('可用额度为 0');
    expect(describeAlert(available!, 'en', accounts).detail).toMatch(/^The total limit still reads ¥30,000\.00, but nothing is available/);
    expect(zh.advice.length).toBeGreaterThan(0);
  });
});
