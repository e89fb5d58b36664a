import { describe, expect, it } from 'vitest';
import { describeAlert } from '../../../utils/rules/describe';
import { account, ago, history, NOW, obs, run, shuffled, withSettings } from './support/history';

const aprs = (values: [number, number][]) => history({ observations: values.map(([days, apr]) => obs('wl', days, { apr })) });

describe('rate-increase', () => {
  it('warns when the rate rose 10 % or more over the previous one', () => {
    const [a, ...rest] = run(
      'rate-increase',
      aprs([
        [120, 0.12],
        [60, 0.12],
        [20, 0.15],
        [5, 0.15],
      ]),
    );
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ rule: 'rate-increase', severity: 'warning', accountId: 'wl', at: ago(20) });
    expect(a!.evidence).toMatchObject({
      previousRate: 0.12,
      latestRate: 0.15,
      rise: 0.25,
      changedAt: ago(20),
      previousSeenAt: ago(60),
      threshold: 0.1,
    });
  });

  it('fires exactly at the threshold and not just below it', () => {
    expect(
      run(
        'rate-increase',
        aprs([
          [60, 0.2],
          [5, 0.22],
        ]),
      ),
    ).toHaveLength(1);
    expect(
      run(
        'rate-increase',
        aprs([
          [60, 0.1],
          [5, 0.11],
        ]),
      ),
    ).toHaveLength(1);
    expect(
      run(
        'rate-increase',
        aprs([
          [60, 0.2],
          [5, 0.2199],
        ]),
      ),
    ).toEqual([]);
  });

  it('annualises daily rates, and takes the APR when both are shown', () => {
    const daily = history({ observations: [obs('wl', 60, { dailyRate: 0.0004 }), obs('wl', 5, { dailyRate: 0.0005 })] });
    expect(run('rate-increase', daily)[0]).toMatchObject({
      evidence: { previousRate: 0.146, latestRate: 0.1825, previousDailyRate: 0.0004, latestDailyRate: 0.0005, rise: 0.25 },
    });
    // 0.035 % a day and the page's 12.775 % APR are the same price.
    const mixed = history({
      observations: [
        obs('wl', 60, { dailyRate: 0.00035 }),
        obs('wl', 30, { apr: 0.12775 }),
        obs('wl', 5, { dailyRate: 0.0003, apr: 0.15 }),
      ],
    });
    expect(run('rate-increase', mixed)[0]).toMatchObject({
      at: ago(5),
      evidence: { previousSeenAt: ago(30), latestRate: 0.15, latestDailyRate: null },
    });
  });

  it('compares with the previous different rate, which must be seen within 180 days', () => {
    expect(
      run(
        'rate-increase',
        aprs([
          [180, 0.12],
          [5, 0.18],
        ]),
      ),
    ).toEqual([]);
    expect(
      run(
        'rate-increase',
        aprs([
          [179.99, 0.12],
          [5, 0.18],
        ]),
      ),
    ).toHaveLength(1);
    const seenLater = history({ observations: [obs('wl', 300, { apr: 0.12 }, { lastSeenAt: ago(50) }), obs('wl', 5, { apr: 0.18 })] });
    expect(run('rate-increase', seenLater)[0]).toMatchObject({ at: ago(5), evidence: { previousSeenAt: ago(50) } });
    // Version 2: against the lowest rate of the window, so small steps add up (0.10 → 0.105 → 0.112).
    expect(
      run(
        'rate-increase',
        aprs([
          [90, 0.1],
          [50, 0.105],
          [5, 0.112],
        ]),
      )[0],
    ).toMatchObject({ at: ago(5), evidence: { previousRate: 0.1 } });
    expect(
      run(
        'rate-increase',
        aprs([
          [90, 0.1],
          [50, 0.105],
          [5, 0.109],
        ]),
      ),
    ).toEqual([]);
    // A lone reading (one view typed 0.18 between two 0.12) is no rise and no baseline.
    expect(
      run(
        'rate-increase',
        aprs([
          [90, 0.12],
          [50, 0.18],
          [5, 0.12],
        ]),
      ),
    ).toEqual([]);
    expect(
      run(
        'rate-increase',
        aprs([
          [90, 0.06],
          [50, 0.12],
          [5, 0.12],
        ]),
      ),
    ).toEqual([]);
  });

  it('stays quiet on stable, falling and first rates, and on the end of an interest-free offer', () => {
    expect(
      run(
        'rate-increase',
        aprs([
          [90, 0.18],
          [5, 0.18],
        ]),
      ),
    ).toEqual([]);
    expect(
      run(
        'rate-increase',
        aprs([
          [90, 0.18],
          [5, 0.12],
        ]),
      ),
    ).toEqual([]);
    expect(run('rate-increase', aprs([[5, 0.36]]))).toEqual([]);
    expect(
      run(
        'rate-increase',
        aprs([
          [90, 0],
          [5, 0.18],
        ]),
      ),
    ).toEqual([]);
  });

  it('skips views without a rate, and ignores data after now', () => {
    const h = history({
      observations: [
        obs('wl', 90, { apr: 0.12 }),
        obs('wl', 40, { totalLimit: 20000 }),
        obs('wl', 20, { apr: 0.15 }),
        obs('wl', 5, { status: 'limited' }),
      ],
    });
    expect(run('rate-increase', h)[0]).toMatchObject({ at: ago(20) });
    expect(
      run(
        'rate-increase',
        aprs([
          [30, 0.12],
          [-1, 0.2],
        ]),
      ),
    ).toEqual([]);
    expect(
      run(
        'rate-increase',
        aprs([
          [30, 0.12],
          [-1, 0.2],
        ]),
        new Date(NOW.getTime() + 2 * 86_400_000),
      ),
    ).toHaveLength(1);
  });

  it('copes with unsorted input and duplicate rows', () => {
    const rows = [
      obs('wl', 100, { apr: 0.1 }),
      obs('wl', 70, { apr: 0.12 }),
      obs('wl', 30, { apr: 0.15 }),
      obs('wl', 30, { apr: 0.15 }),
      obs('wl', 3, { apr: 0.15 }),
    ];
    const expected = run('rate-increase', history({ observations: rows }));
    expect(run('rate-increase', history({ observations: shuffled(rows) }))).toEqual(expected);
    expect(expected[0]).toMatchObject({ at: ago(70), evidence: { previousRate: 0.1 } });
  });

  it('grades by the size of the rise', () => {
    const small = run(
      'rate-increase',
      aprs([
        [60, 0.1],
        [5, 0.11],
      ]),
    )[0]!;
    const big = run(
      'rate-increase',
      aprs([
        [60, 0.1],
        [5, 0.2],
      ]),
    )[0]!;
    expect(big.grade).toBeGreaterThan(small.grade);
  });

  it('uses the thresholds it is given', () => {
    const h = aprs([
      [100, 0.12],
      [5, 0.126],
    ]);
    expect(run('rate-increase', h)).toEqual([]);
    expect(run('rate-increase', h, NOW, withSettings('rate-increase', { minRise: 0.05 }))).toHaveLength(1);
    expect(
      run(
        'rate-increase',
        aprs([
          [100, 0.12],
          [5, 0.2],
        ]),
        NOW,
        withSettings('rate-increase', { windowDays: 90 }),
      ),
    ).toEqual([]);
  });

  it('says what happened in both languages', () => {
    const accounts = new Map([['wl', account('wl', '微众银行', { product: '微粒贷' })]]);
    const [daily] = run(
      'rate-increase',
      history({ observations: [obs('wl', 60, { dailyRate: 0.00035 }), obs('wl', 5, { dailyRate: 0.0005 })] }),
    );
    const zh = describeAlert(daily!, 'zh', accounts, { timeZone: 'Asia/Shanghai' });
    const en = describeAlert(daily!, 'en', accounts, { timeZone: 'Asia/Shanghai' });
    expect(zh.title).toBe('微众银行 微粒贷 利率上调');
    expect(zh.detail).toContain('日利率从 0.035% 上调到 0.05%');
    expect(zh.detail).toContain('年化利率 12.775% → 18.25%');
    expect(en.title).toBe('微众银行 微粒贷: rate raised');
    expect(en.detail).toContain('daily rate rose from 0.035% to 0.05%');
    const [annual] = run(
      'rate-increase',
      aprs([
        [60, 0.12],
        [5, 0.18],
      ]),
    );
    expect(describeAlert(annual!, 'zh', accounts).detail).toContain('年化利率从 12% 上调到 18%，相对上涨 50%');
    expect(describeAlert(annual!, 'en', accounts).detail).toContain('up 50% relative');
  });
});
