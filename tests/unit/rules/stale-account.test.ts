import { describe, expect, it } from 'vitest';
import { describeAlert } from '../../../utils/rules/describe';
import { account, ago, history, NOW, obs, run, shuffled, withSettings } from './support/history';

describe('stale-account', () => {
  it('reminds about an account not seen for 14 days or more', () => {
    const [a, ...rest] = run(
      'stale-account',
      history({ observations: [obs('hb', 60, { totalLimit: 20000 }), obs('hb', 20, { totalLimit: 20000 })] }),
    );
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ rule: 'stale-account', severity: 'info', accountId: 'hb', at: ago(6), grade: 1 });
    expect(a!.evidence).toEqual({ lastSeenAt: ago(20), daysSince: 20, thresholdDays: 14 });
  });

  it('fires at exactly 14 days and not just before', () => {
    expect(run('stale-account', history({ observations: [obs('hb', 14, { totalLimit: 1 })] }))[0]).toMatchObject({ at: NOW.toISOString() });
    expect(run('stale-account', history({ observations: [obs('hb', 13.99, { totalLimit: 1 })] }))).toEqual([]);
  });

  it('counts lastSeenAt as seen, clipped to now', () => {
    expect(run('stale-account', history({ observations: [obs('hb', 60, { totalLimit: 1 }, { lastSeenAt: ago(3) })] }))).toEqual([]);
    expect(run('stale-account', history({ observations: [obs('hb', 60, { totalLimit: 1 }, { lastSeenAt: ago(30) })] }))[0]).toMatchObject({
      at: ago(16),
    });
    // The newest view is not always the last seen one.
    const h = history({ observations: [obs('hb', 60, { totalLimit: 1 }, { lastSeenAt: ago(2) }), obs('hb', 30, { status: 'limited' })] });
    expect(run('stale-account', h)).toEqual([]);
  });

  it('skips closed accounts and accounts never observed; keeps limited and frozen ones', () => {
    expect(run('stale-account', history({ observations: [obs('hb', 60, { status: 'closed' })] }))).toEqual([]);
    expect(
      run(
        'stale-account',
        history({ observations: [obs('hb', 60, { status: 'closed' }), obs('hb', 30, { status: 'unknown', apr: 0.1 })] }),
      ),
    ).toEqual([]);
    expect(
      run('stale-account', history({ observations: [obs('hb', 60, { status: 'closed' }), obs('hb', 30, { status: 'normal' })] })),
    ).toHaveLength(1);
    expect(run('stale-account', history({ observations: [obs('hb', 60, { status: 'frozen' })] }))).toHaveLength(1);
    expect(run('stale-account', history({ observations: [obs('hb', 20, { availableLimit: 300, status: 'unknown' })] }))).toHaveLength(1);
    expect(run('stale-account', history({ accounts: [account('hb')], observations: [] }))).toEqual([]);
  });

  it('ignores data after now: as of now the account was last seen earlier', () => {
    const h = history({ observations: [obs('hb', 30, { totalLimit: 1 }), obs('hb', -1, { totalLimit: 1 })] });
    expect(run('stale-account', h)).toHaveLength(1);
    expect(run('stale-account', h, new Date(NOW.getTime() + 2 * 86_400_000))).toEqual([]);
  });

  it('copes with unsorted input and duplicate rows, one alert per account', () => {
    const rows = [
      obs('hb', 40, { totalLimit: 1 }),
      obs('hb', 40, { totalLimit: 1 }),
      obs('hb', 20, { totalLimit: 2 }),
      obs('jd', 3, { totalLimit: 5 }),
      obs('jd', 50, { totalLimit: 5 }),
    ];
    const expected = run('stale-account', history({ observations: rows }));
    expect(run('stale-account', history({ observations: shuffled(rows) }))).toEqual(expected);
    expect(expected.map((a) => a.accountId)).toEqual(['hb']);
  });

  it('grades by whole periods, and uses the period it is given', () => {
    expect(run('stale-account', history({ observations: [obs('hb', 29, { totalLimit: 1 })] }))[0]!.grade).toBe(2);
    const h = history({ observations: [obs('hb', 10, { totalLimit: 1 })] });
    expect(run('stale-account', h)).toEqual([]);
    expect(run('stale-account', h, NOW, withSettings('stale-account', { days: 7 }))[0]).toMatchObject({
      at: ago(3),
      evidence: { thresholdDays: 7 },
    });
  });

  it('says what happened in both languages', () => {
    const [a] = run('stale-account', history({ observations: [obs('hb', 20, { totalLimit: 20000 })] }));
    const accounts = new Map([['hb', account('hb', '支付宝', { product: '花呗' })]]);
    const zh = describeAlert(a!, 'zh', accounts, { timeZone: 'Asia/Shanghai' });
    const en = describeAlert(a!, 'en', accounts, { timeZone: 'Asia/Shanghai' });
    expect(zh.title).toBe('支付宝 花呗 有一段时间没查看了');
    expect(zh.detail).toContain('已经 20 天没有更新');
    expect(zh.detail).toContain('每 14 天');
    expect(en.title).toBe('支付宝 花呗: not checked lately');
    expect(en.detail).toContain('20 days ago');
    expect(zh.advice).toEqual(['打开该机构的页面，让记录保持最新。']);
  });
});
