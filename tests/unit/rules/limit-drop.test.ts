import { describe, expect, it } from 'vitest';
import { describeAlert } from '../../../utils/rules/describe';
import { account, ago, history, NOW, obs, run, shuffled, withSettings } from './support/history';

const cut = (values: [number, number][]) =>
  history({ observations: values.map(([days, total]) => obs('jd', days, { totalLimit: total })) });

describe('limit-drop', () => {
  it('warns on a single fall of 5 % or more within 90 days', () => {
    const [a, ...rest] = run(
      'limit-drop',
      cut([
        [60, 50000],
        [10, 45000],
      ]),
    );
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ rule: 'limit-drop', severity: 'warning', accountId: 'jd', at: ago(10) });
    expect(a!.evidence).toMatchObject({ previousLimit: 50000, latestLimit: 45000, falls: 1, fallFromHighest: 0.1 });
  });

  it('fires exactly at the threshold and not just below it', () => {
    expect(
      run(
        'limit-drop',
        cut([
          [30, 10000],
          [5, 9500],
        ]),
      ),
    ).toHaveLength(1);
    expect(
      run(
        'limit-drop',
        cut([
          [30, 10000],
          [5, 9501],
        ]),
      ),
    ).toEqual([]);
  });

  it('is critical after two separate falls, or 30 % under the window high', () => {
    expect(
      run(
        'limit-drop',
        cut([
          [80, 50000],
          [40, 47000],
          [5, 44000],
        ]),
      )[0],
    ).toMatchObject({ severity: 'critical', at: ago(40) });
    expect(
      run(
        'limit-drop',
        cut([
          [80, 50000],
          [5, 35000],
        ]),
      )[0],
    ).toMatchObject({ severity: 'critical' });
    expect(
      run(
        'limit-drop',
        cut([
          [80, 50000],
          [5, 35001],
        ]),
      )[0],
    ).toMatchObject({ severity: 'warning' });
  });

  it('counts the limit in force when the window opened as part of its high', () => {
    const [a] = run(
      'limit-drop',
      cut([
        [200, 50000],
        [10, 30000],
      ]),
    );
    expect(a).toMatchObject({ severity: 'critical', evidence: { highestLimit: 50000 } });
  });

  it('ignores falls older than the window, and data after now', () => {
    expect(
      run(
        'limit-drop',
        cut([
          [200, 50000],
          [95, 40000],
          [10, 40000],
        ]),
      ),
    ).toEqual([]);
    expect(
      run(
        'limit-drop',
        cut([
          [60, 50000],
          [-1, 10000],
        ]),
      ),
    ).toEqual([]);
  });

  it('does not read borrowing (a lower available amount) as a drop', () => {
    const h = history({
      observations: [
        obs('jd', 40, { totalLimit: 50000, availableLimit: 50000 }),
        obs('jd', 5, { totalLimit: 50000, availableLimit: 12000, usedAmount: 38000 }),
      ],
    });
    expect(run('limit-drop', h)).toEqual([]);
  });

  it('stays quiet on rising limits and once a cut is fully undone', () => {
    expect(
      run(
        'limit-drop',
        cut([
          [80, 20000],
          [40, 30000],
          [5, 40000],
        ]),
      ),
    ).toEqual([]);
    expect(
      run(
        'limit-drop',
        cut([
          [80, 50000],
          [40, 40000],
          [5, 50000],
        ]),
      ),
    ).toEqual([]);
  });

  it('copes with missing totals, unsorted input and duplicate rows', () => {
    const h = history({
      observations: shuffled([
        obs('jd', 60, { totalLimit: 50000 }),
        obs('jd', 30, { availableLimit: 1000 }),
        obs('jd', 20, { status: 'limited' }),
        obs('jd', 10, { totalLimit: 45000 }),
        obs('jd', 10, { totalLimit: 45000 }),
      ]),
    });
    const alerts = run('limit-drop', h);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.evidence.falls).toBe(1);
    expect(run('limit-drop', history({ observations: [obs('jd', 5, { availableLimit: 0 })] }))).toEqual([]);
  });

  it('uses the thresholds it is given', () => {
    const h = cut([
      [60, 50000],
      [10, 48000],
    ]);
    expect(run('limit-drop', h)).toEqual([]);
    expect(run('limit-drop', h, NOW, withSettings('limit-drop', { minDrop: 0.03 }))).toHaveLength(1);
  });

  it('says what happened in both languages', () => {
    const [a] = run(
      'limit-drop',
      cut([
        [60, 50000],
        [10, 45000],
      ]),
    );
    const accounts = new Map([['jd', account('jd', '京东', { product: '白条' })]]);
    const zh = describeAlert(a!, 'zh', accounts, { timeZone: 'Asia/Shanghai' });
    const en = describeAlert(a!, 'en', accounts, { timeZone: 'Asia/Shanghai' });
    expect(zh.title).toBe('京东 白条 额度下降');
    expect(zh.detail).toContain('¥50,000.00');
    expect(en.detail).toContain('10%');
    expect(zh.advice.length).toBeGreaterThan(0);
    expect(en.advice.join(' ')).toMatch(/Pause new loan/);
  });
});
