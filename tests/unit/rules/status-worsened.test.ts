import { describe, expect, it } from 'vitest';
import type { Status } from '../../../utils/model/types';
import { describeAlert } from '../../../utils/rules/describe';
import { account, ago, history, NOW, obs, run, shuffled, withSettings } from './support/history';

const statuses = (values: [number, Status][]) => history({ observations: values.map(([days, status]) => obs('hb', days, { status })) });

describe('status-worsened', () => {
  it('warns when the account becomes limited', () => {
    const [a, ...rest] = run(
      'status-worsened',
      statuses([
        [90, 'normal'],
        [20, 'limited'],
        [5, 'limited'],
      ]),
    );
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ rule: 'status-worsened', severity: 'warning', accountId: 'hb', at: ago(20) });
    expect(a!.evidence).toMatchObject({
      status: 'limited',
      previousStatus: 'normal',
      baselineStatus: 'normal',
      baselineSeenAt: ago(90),
      since: ago(20),
    });
  });

  it('is critical for frozen and closed, graded closed above frozen', () => {
    const frozen = run(
      'status-worsened',
      statuses([
        [90, 'normal'],
        [5, 'frozen'],
      ]),
    )[0];
    const closed = run(
      'status-worsened',
      statuses([
        [90, 'normal'],
        [5, 'closed'],
      ]),
    )[0];
    expect(frozen).toMatchObject({ severity: 'critical', at: ago(5) });
    expect(closed).toMatchObject({ severity: 'critical' });
    expect(closed!.grade).toBeGreaterThan(frozen!.grade);
    // limited → frozen: critical from the freeze, the previous status is the limited one.
    expect(
      run(
        'status-worsened',
        statuses([
          [90, 'normal'],
          [40, 'limited'],
          [5, 'frozen'],
        ]),
      )[0],
    ).toMatchObject({
      severity: 'critical',
      at: ago(5),
      evidence: { previousStatus: 'limited', baselineStatus: 'normal' },
    });
  });

  it('dates a partial recovery from when the account first got at least that bad', () => {
    const [a] = run(
      'status-worsened',
      statuses([
        [90, 'normal'],
        [40, 'frozen'],
        [5, 'limited'],
      ]),
    );
    expect(a).toMatchObject({ severity: 'warning', at: ago(40), evidence: { status: 'limited', previousStatus: 'normal' } });
  });

  it('needs a better status seen within the window: exactly 180 days ago is out, just inside is in', () => {
    expect(
      run(
        'status-worsened',
        statuses([
          [180, 'normal'],
          [5, 'frozen'],
        ]),
      ),
    ).toEqual([]);
    expect(
      run(
        'status-worsened',
        statuses([
          [179.99, 'normal'],
          [5, 'frozen'],
        ]),
      ),
    ).toHaveLength(1);
    // …and a normal first shown 300 days ago but still seen 100 days ago was seen in the window.
    const seenLater = history({
      observations: [obs('hb', 300, { status: 'normal' }, { lastSeenAt: ago(100) }), obs('hb', 5, { status: 'frozen' })],
    });
    expect(run('status-worsened', seenLater)[0]).toMatchObject({ evidence: { baselineSeenAt: ago(100) } });
  });

  it('stays quiet on stable or improving statuses', () => {
    expect(
      run(
        'status-worsened',
        statuses([
          [90, 'normal'],
          [5, 'normal'],
        ]),
      ),
    ).toEqual([]);
    expect(
      run(
        'status-worsened',
        statuses([
          [90, 'limited'],
          [5, 'limited'],
        ]),
      ),
    ).toEqual([]);
    expect(
      run(
        'status-worsened',
        statuses([
          [90, 'frozen'],
          [5, 'normal'],
        ]),
      ),
    ).toEqual([]);
    expect(
      run(
        'status-worsened',
        statuses([
          [90, 'frozen'],
          [40, 'limited'],
        ]),
      ),
    ).toEqual([]);
    expect(run('status-worsened', statuses([[5, 'frozen']]))).toEqual([]);
  });

  it('ignores unknown statuses, the latest one included', () => {
    const h = statuses([
      [90, 'normal'],
      [30, 'unknown'],
      [20, 'frozen'],
      [10, 'unknown'],
      [2, 'unknown'],
    ]);
    expect(run('status-worsened', h)[0]).toMatchObject({ severity: 'critical', at: ago(20) });
    expect(
      run(
        'status-worsened',
        statuses([
          [90, 'unknown'],
          [5, 'limited'],
        ]),
      ),
    ).toEqual([]);
  });

  it('reads the status on views with missing amounts, and ignores data after now', () => {
    const h = history({ observations: [obs('hb', 60, { totalLimit: 20000, availableLimit: 5000 }), obs('hb', 10, { status: 'limited' })] });
    expect(run('status-worsened', h)).toHaveLength(1);
    // Views that only show an amount and no status say nothing either way.
    const amountsOnly = history({
      observations: [
        obs('hb', 60, { status: 'normal' }),
        obs('hb', 30, { status: 'frozen' }),
        obs('hb', 5, { availableLimit: 800, status: 'unknown' }),
      ],
    });
    expect(run('status-worsened', amountsOnly)[0]).toMatchObject({ severity: 'critical', at: ago(30), evidence: { lastSeenAt: ago(30) } });
    expect(
      run(
        'status-worsened',
        statuses([
          [60, 'normal'],
          [-1, 'frozen'],
        ]),
      ),
    ).toEqual([]);
    expect(
      run(
        'status-worsened',
        statuses([
          [60, 'normal'],
          [-1, 'frozen'],
        ]),
        new Date(NOW.getTime() + 2 * 86_400_000),
      ),
    ).toHaveLength(1);
  });

  it('copes with unsorted input and duplicate rows', () => {
    const rows = [
      obs('hb', 100, { status: 'normal' }),
      obs('hb', 50, { status: 'limited' }),
      obs('hb', 50, { status: 'limited' }),
      obs('hb', 10, { status: 'frozen' }),
      obs('hb', 3, { status: 'frozen' }),
    ];
    const expected = run('status-worsened', history({ observations: rows }));
    expect(run('status-worsened', history({ observations: shuffled(rows) }))).toEqual(expected);
    expect(expected[0]).toMatchObject({ severity: 'critical', at: ago(10) });
  });

  it('uses the window it is given', () => {
    const h = statuses([
      [100, 'normal'],
      [5, 'limited'],
    ]);
    expect(run('status-worsened', h)).toHaveLength(1);
    expect(run('status-worsened', h, NOW, withSettings('status-worsened', { windowDays: 90 }))).toEqual([]);
  });

  it('says what happened in both languages, quoting the page', () => {
    const h = history({
      observations: [obs('hb', 90, { status: 'normal' }), obs('hb', 5, { status: 'frozen', statusText: '花呗已冻结' })],
    });
    const [a] = run('status-worsened', h);
    const accounts = new Map([['hb', account('hb', '支付宝', { product: '花呗' })]]);
    const zh = describeAlert(a!, 'zh', accounts, { timeZone: 'Asia/Shanghai' });
    const en = describeAlert(a!, 'en', accounts, { timeZone: 'Asia/Shanghai' });
    expect(zh.title).toBe('支付宝 花呗 状态变为冻结');
    expect(zh.detail).toContain('从「正常」变为「冻结」');
    expect(zh.detail).toContain('“花呗已冻结”');
    expect(en.title).toBe('支付宝 花呗: status now Frozen');
    expect(en.detail).toContain('from Normal to Frozen');
    expect(en.detail).toContain('180 days');
  });
});
