import { describe, expect, it } from 'vitest';
import { describeAlert } from '../../../utils/rules/describe';
import { account, ago, history, NOW, obs, run, shuffled, withSettings } from './support/history';

const offers = (values: [number, boolean | undefined][]) =>
  history({
    observations: values.map(([days, increaseAvailable]) => obs('jd', days, increaseAvailable === undefined ? {} : { increaseAvailable })),
  });

describe('increase-closed', () => {
  it('warns when the 提额 entry was offered and is now gone', () => {
    const [a, ...rest] = run(
      'increase-closed',
      offers([
        [90, true],
        [30, true],
        [12, false],
        [4, false],
      ]),
    );
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ rule: 'increase-closed', severity: 'warning', accountId: 'jd', at: ago(12) });
    expect(a!.evidence).toMatchObject({ lastOfferedAt: ago(30), closedAt: ago(12), lastSeenAt: ago(4), windowDays: 180 });
  });

  it('stays quiet while the entry is offered, never offered, or reopened', () => {
    expect(
      run(
        'increase-closed',
        offers([
          [90, true],
          [5, true],
        ]),
      ),
    ).toEqual([]);
    expect(
      run(
        'increase-closed',
        offers([
          [90, false],
          [5, false],
        ]),
      ),
    ).toEqual([]);
    expect(
      run(
        'increase-closed',
        offers([
          [90, true],
          [40, false],
          [5, true],
        ]),
      ),
    ).toEqual([]);
  });

  it('needs the offer within the window: exactly 180 days ago is out, just inside is in, lastSeenAt counts', () => {
    expect(
      run(
        'increase-closed',
        offers([
          [180, true],
          [5, false],
        ]),
      ),
    ).toEqual([]);
    expect(
      run(
        'increase-closed',
        offers([
          [179.99, true],
          [5, false],
        ]),
      ),
    ).toHaveLength(1);
    const seenLater = history({
      observations: [obs('jd', 300, { increaseAvailable: true }, { lastSeenAt: ago(60) }), obs('jd', 5, { increaseAvailable: false })],
    });
    expect(run('increase-closed', seenLater)[0]).toMatchObject({ evidence: { lastOfferedAt: ago(60) } });
  });

  it('reads the latest known value: views that do not show the entry change nothing', () => {
    expect(
      run(
        'increase-closed',
        offers([
          [90, true],
          [20, false],
          [5, undefined],
        ]),
      )[0],
    ).toMatchObject({ at: ago(20) });
    expect(
      run(
        'increase-closed',
        offers([
          [90, true],
          [20, undefined],
          [5, undefined],
        ]),
      ),
    ).toEqual([]);
    const statusOnly = history({
      observations: [
        obs('jd', 50, { increaseAvailable: true }),
        obs('jd', 20, { increaseAvailable: false }),
        obs('jd', 5, { status: 'limited' }),
      ],
    });
    expect(run('increase-closed', statusOnly)).toHaveLength(1);
  });

  it('dates the alert from the latest closing', () => {
    expect(
      run(
        'increase-closed',
        offers([
          [100, true],
          [60, false],
          [40, true],
          [10, false],
        ]),
      )[0],
    ).toMatchObject({ at: ago(10) });
  });

  it('ignores data after now', () => {
    const h = offers([
      [30, true],
      [-1, false],
    ]);
    expect(run('increase-closed', h)).toEqual([]);
    expect(run('increase-closed', h, new Date(NOW.getTime() + 2 * 86_400_000))).toHaveLength(1);
  });

  it('copes with unsorted input and duplicate rows', () => {
    const rows = [
      obs('jd', 80, { increaseAvailable: true }),
      obs('jd', 80, { increaseAvailable: true }),
      obs('jd', 30, { increaseAvailable: false }),
      obs('jd', 30, { increaseAvailable: false }),
      obs('jd', 2, { totalLimit: 9000 }),
    ];
    const expected = run('increase-closed', history({ observations: rows }));
    expect(run('increase-closed', history({ observations: shuffled(rows) }))).toEqual(expected);
    expect(expected).toHaveLength(1);
  });

  it('uses the window it is given', () => {
    const h = offers([
      [100, true],
      [5, false],
    ]);
    expect(run('increase-closed', h)).toHaveLength(1);
    expect(run('increase-closed', h, NOW, withSettings('increase-closed', { windowDays: 60 }))).toEqual([]);
  });

  it('says what happened in both languages', () => {
    const [a] = run(
      'increase-closed',
      offers([
        [90, true],
        [12, false],
      ]),
    );
    const accounts = new Map([['jd', account('jd', '京东', { product: '白条' })]]);
    const zh = describeAlert(a!, 'zh', accounts, { timeZone: 'Asia/Shanghai' });
    const en = describeAlert(a!, 'en', accounts, { timeZone: 'Asia/Shanghai' });
    expect(zh.title).toBe('京东 白条 提额入口关闭');
    expect(zh.detail).toContain('提额');
    expect(zh.detail).toContain('180 天');
    expect(en.title).toBe('京东 白条: limit increase no longer offered');
    expect(en.detail).toContain('180 days');
    expect(en.advice.join(' ')).toMatch(/Pause new loan/);
  });
});
