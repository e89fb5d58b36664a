import { describe, expect, it } from 'vitest';
import { describeAlert } from '../../../utils/rules/describe';
import { account, ago, history, NOW, obs, run, runAll, shuffled, withSettings } from './support/history';

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

  describe('accounts known only from credit reports', () => {
    // A report read 30 days ago listing three accounts the person never opens a page of.
    const report = (daysAgo: number, ids = ['r1', 'r2', 'r3'], extra = {}) =>
      ids.map((id) => obs(id, daysAgo, { totalLimit: 10000, usedAmount: 0, ...extra }, { source: 'credit-report' }));

    it('never remind one by one on import, nor before the report is 90 days old', () => {
      expect(run('stale-account', history({ observations: report(30) }))).toEqual([]);
      expect(run('stale-account', history({ observations: report(89.9) }))).toEqual([]);
      // The engine as a whole says nothing about them either.
      expect(runAll(history({ observations: report(60) })).filter((a) => a.rule === 'stale-account')).toEqual([]);
    });

    it('give one reminder when the newest report read is 90 days old', () => {
      const alerts = run('stale-account', history({ observations: [...report(200), ...report(100)] }));
      expect(alerts).toHaveLength(1);
      expect(alerts[0]).toMatchObject({ rule: 'stale-account', severity: 'info', at: ago(10), grade: 1 });
      expect(alerts[0]!.accountId).toBeUndefined();
      expect(alerts[0]!.evidence).toEqual({
        scope: 'credit-report',
        reportSeenAt: ago(100),
        daysSince: 100,
        thresholdDays: 90,
        accounts: 3,
      });
      const zh = describeAlert(alerts[0]!, 'zh', new Map());
      expect(zh.title).toBe('最新的征信报告已是 100 天前的');
      expect(zh.detail).toContain('3 个账户只出现在征信报告里');
      expect(describeAlert(alerts[0]!, 'en', new Map()).title).toBe('Your latest credit report is 100 days old');
    });

    it('read the newest report across accounts, and its setting', () => {
      // An older report listed r1; the newest one (40 days ago) lists only r2: still fresh.
      expect(run('stale-account', history({ observations: [...report(120, ['r1']), ...report(40, ['r2'])] }))).toEqual([]);
      const h = history({ observations: report(40) });
      expect(run('stale-account', h, NOW, withSettings('stale-account', { reportDays: 30 }))[0]).toMatchObject({
        at: ago(10),
        evidence: { thresholdDays: 30 },
      });
    });

    it('read the same far behind the history horizon as when every row is read', () => {
      // r1 was visited once long ago, then only seen in reports; r2 is only in reports.
      const rows = [
        obs('r1', 400, { totalLimit: 9000 }),
        ...Array.from({ length: 12 }, (_, i) => report(380 - i * 20, ['r1', 'r2'], { totalLimit: 10000 + i * 100 })).flat(),
      ];
      const h = history({ observations: rows });
      const byAccount = (xs: ReturnType<typeof run>) => [...xs].sort((a, b) => (a.accountId ?? '').localeCompare(b.accountId ?? ''));
      const everyRow = byAccount(run('stale-account', h)); // no horizon
      const engine = byAccount(runAll(h).filter((a) => a.rule === 'stale-account')); // the background's horizon
      expect(engine).toEqual(everyRow);
      expect(everyRow.map((a) => a.accountId ?? 'report')).toEqual(['report', 'r1']);
    });

    it('leave accounts the person visits to the usual reminder, and closed report accounts out', () => {
      // r1 also has a page view: it is a visited account, stale after 14 days like any other.
      const visited = [...report(100, ['r1']), obs('r1', 20, { totalLimit: 10000 })];
      const alerts = run('stale-account', history({ observations: visited }));
      expect(alerts.map((a) => a.accountId)).toEqual(['r1']);
      // Report-only accounts that are all closed need no new report.
      expect(run('stale-account', history({ observations: report(100, ['r1', 'r2'], { status: 'closed' }) }))).toEqual([]);
      const mixed = [...report(100, ['r1'], { status: 'closed' }), ...report(100, ['r2'])];
      expect(run('stale-account', history({ observations: mixed }))[0]!.evidence).toMatchObject({ accounts: 1 });
    });
  });
});
